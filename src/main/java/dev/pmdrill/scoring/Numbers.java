package dev.pmdrill.scoring;

import java.util.Locale;

/** Numbers as feedback writes them: 1.5e9 as "1.5 billion", ratios as "3.2x too high". */
final class Numbers {
  private Numbers() {}

  static String format(double v) {
    double a = Math.abs(v);
    if (a >= 1e12) {
      return trim(v / 1e12) + " trillion";
    }
    if (a >= 1e9) {
      return trim(v / 1e9) + " billion";
    }
    if (a >= 1e6) {
      return trim(v / 1e6) + " million";
    }
    if (a >= 1e4) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    return trim(v);
  }

  /** Two decimals at most, without trailing zeros: 1.50 as "1.5", 3.00 as "3". */
  private static String trim(double v) {
    String s =
        java.math.BigDecimal.valueOf(Math.round(v * 100) / 100.0)
            .stripTrailingZeros()
            .toPlainString();
    return s.equals("-0") ? "0" : s;
  }

  static String ratio(double read, double reference) {
    if (!(read > 0)) {
      return "not a positive number";
    }
    double r = read / reference;
    if (Math.abs(Math.log(r)) < 1e-9) {
      return "on the reference";
    }
    return r > 1 ? trim(r) + "x the reference" : trim(1 / r) + "x below the reference";
  }
}
