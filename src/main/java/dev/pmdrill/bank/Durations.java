package dev.pmdrill.bank;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Time limits as banks write them: {@code 90s}, {@code 6m}, {@code 1m30s}, {@code 1h}. */
public final class Durations {
  private static final Pattern FORM =
      Pattern.compile("(?:(\\d{1,4})h)?(?:(\\d{1,5})m)?(?:(\\d{1,6})s)?");

  private Durations() {}

  public static Optional<Duration> parse(String text) {
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches() || text.isBlank()) {
      return Optional.empty();
    }
    Duration d = Duration.ZERO;
    if (m.group(1) != null) {
      d = d.plusHours(Long.parseLong(m.group(1)));
    }
    if (m.group(2) != null) {
      d = d.plusMinutes(Long.parseLong(m.group(2)));
    }
    if (m.group(3) != null) {
      d = d.plusSeconds(Long.parseLong(m.group(3)));
    }
    return d.isZero() ? Optional.empty() : Optional.of(d);
  }

  /** The shortest form that parses back to the same duration. */
  public static String format(Duration d) {
    StringBuilder s = new StringBuilder();
    long hours = d.toHours();
    long minutes = d.toMinutesPart();
    long seconds = d.toSecondsPart();
    if (hours > 0) {
      s.append(hours).append('h');
    }
    if (minutes > 0) {
      s.append(minutes).append('m');
    }
    if (seconds > 0 || s.length() == 0) {
      s.append(seconds).append('s');
    }
    return s.toString();
  }
}
