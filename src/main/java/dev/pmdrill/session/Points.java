package dev.pmdrill.session;

import java.util.Locale;

/**
 * Writes a score or an average on the 0-100 scale: whole numbers bare, others cut (not rounded) to
 * one decimal, so a value shown as reaching a bar of whole points always does reach it.
 */
public final class Points {
  private static final double EPSILON = 1e-9;

  private Points() {}

  public static String format(double value) {
    double tenths = Math.floor(value * 10 + EPSILON) / 10;
    return tenths == Math.rint(tenths)
        ? String.valueOf((long) tenths)
        : String.format(Locale.ROOT, "%.1f", tenths);
  }

  /** Whether {@code value} reaches {@code bar}, forgiving floating-point dust. */
  static boolean reaches(double value, double bar) {
    return value >= bar - EPSILON;
  }
}
