package dev.pmdrill.bank;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The score range a graded example must land in: {@code A-B}, {@code >= A} or {@code <= B}. */
public record Expect(double low, double high, String written) {
  private static final String NUMBER = "(\\d+(?:\\.\\d+)?)";
  private static final Pattern RANGE =
      Pattern.compile("\\s*" + NUMBER + "\\s*-\\s*" + NUMBER + "\\s*");
  private static final Pattern AT_LEAST = Pattern.compile("\\s*>=\\s*" + NUMBER + "\\s*");
  private static final Pattern AT_MOST = Pattern.compile("\\s*<=\\s*" + NUMBER + "\\s*");

  public Expect {
    if (low < 0 || high > 100 || low > high) {
      throw new IllegalArgumentException("an expect range lies within 0-100, low end first");
    }
  }

  /** Reads the contract's forms; empty when the text is none of them or outside 0-100. */
  public static Optional<Expect> parse(String text) {
    Matcher m = RANGE.matcher(text);
    if (m.matches()) {
      return of(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), text);
    }
    m = AT_LEAST.matcher(text);
    if (m.matches()) {
      return of(Double.parseDouble(m.group(1)), 100, text);
    }
    m = AT_MOST.matcher(text);
    if (m.matches()) {
      return of(0, Double.parseDouble(m.group(1)), text);
    }
    return Optional.empty();
  }

  private static Optional<Expect> of(double low, double high, String text) {
    return low <= high && high <= 100
        ? Optional.of(new Expect(low, high, text.strip()))
        : Optional.empty();
  }

  public boolean contains(double score) {
    return score >= low && score <= high;
  }
}
