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
    // "1.07x below" reads as arithmetic; a candidate thinks in percent off, or in times over
    if (r >= 2) {
      return trim(r) + " times the reference";
    }
    if (r > 1) {
      return percent(r - 1) + " above the reference";
    }
    if (r > 0.5) {
      return percent(1 - r) + " below the reference";
    }
    return percent(r) + " of the reference";
  }

  private static String percent(double share) {
    long p = Math.round(share * 100);
    return (p == 0 ? "under 1" : Long.toString(p)) + "%";
  }
}
