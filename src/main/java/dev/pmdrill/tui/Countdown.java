package dev.pmdrill.tui;

import java.time.Duration;
import java.util.Optional;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/** The clock line: time left, a warning in the last minute, then how far over the limit. */
public final class Countdown {
  private Countdown() {}

  public static String text(Duration used, Optional<Duration> limit) {
    if (limit.isEmpty()) {
      return clock(used) + " elapsed";
    }
    Duration left = limit.get().minus(used);
    return left.isNegative() ? "+" + clock(left.negated()) + " over" : clock(left) + " left";
  }

  /** The status-line form: coloured unless colour is off, the label beside it. */
  public static AttributedString line(
      String label, Duration used, Optional<Duration> limit, boolean color) {
    String text = " " + text(used, limit) + "  " + label;
    if (!color) {
      return new AttributedString(text);
    }
    AttributedStyle style = AttributedStyle.DEFAULT.inverse();
    if (limit.isPresent()) {
      Duration left = limit.get().minus(used);
      if (left.isNegative()) {
        style =
            AttributedStyle.DEFAULT
                .background(AttributedStyle.RED)
                .foreground(AttributedStyle.WHITE);
      } else if (left.compareTo(Duration.ofMinutes(1)) < 0) {
        style =
            AttributedStyle.DEFAULT
                .background(AttributedStyle.YELLOW)
                .foreground(AttributedStyle.BLACK);
      }
    }
    return new AttributedString(text, style);
  }

  static String clock(Duration d) {
    long seconds = Math.max(0, d.getSeconds());
    return seconds >= 3600
        ? String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
        : String.format("%d:%02d", seconds / 60, seconds % 60);
  }
}
