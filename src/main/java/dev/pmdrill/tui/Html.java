package dev.pmdrill.tui;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Text and numbers as the HTML report writes them: escaped, rounded, clamped. */
final class Html {
  private Html() {}

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
  static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  static String meter(double value, String kind) {
    return "<svg class=\"meter "
        + kind
        + "\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" aria-hidden=\"true\">"
        + "<rect class=\"track\" width=\"100\" height=\"10\" rx=\"2\"/>"
        + "<rect class=\"fill\" width=\""
        + num(clamp(value))
        + "\" height=\"10\" rx=\"2\"/></svg>";
  }

  /** Text safe in an element or a quoted attribute; control characters become U+FFFD. */
  static String escape(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement =
          switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default ->
                (c < 0x20 && c != '\n' && c != '\t' && c != '\r') || c == 0x7f ? "\uFFFD" : null;
          };
      if (replacement != null && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (replacement != null) {
          out.append(replacement);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }

  static String clock(long seconds) {
    return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
  }

  static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  static double clamp(double value) {
    return Math.max(0, Math.min(100, value));
  }

  static String num(double d) {
    String s = String.format(Locale.ROOT, "%.1f", d);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }

  static String number(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.1f", d);
  }
}
