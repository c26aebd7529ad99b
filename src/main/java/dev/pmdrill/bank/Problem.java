package dev.pmdrill.bank;

import java.util.Comparator;
import java.util.Objects;

/** One thing wrong (or doubtful) in a bank, at the place a user would fix it. */
public record Problem(Location location, Severity severity, String message)
    implements Comparable<Problem> {
  private static final Comparator<Problem> ORDER =
      Comparator.comparing(Problem::location)
          .thenComparing(Problem::severity)
          .thenComparing(Problem::message);

  public enum Severity {
    ERROR,
    WARNING;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public Problem {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
  }

  public static Problem error(Location location, String message) {
    return new Problem(location, Severity.ERROR, message);
  }

  public static Problem warning(Location location, String message) {
    return new Problem(location, Severity.WARNING, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The contract's one-line form: {@code FILE:LINE:COLUMN: error|warning: message}. */
  @Override
  public String toString() {
    return location + ": " + severity.label() + ": " + message;
  }

  @Override
  public int compareTo(Problem other) {
    return ORDER.compare(this, other);
  }
}
