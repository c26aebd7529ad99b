package dev.pmdrill.text;

/**
 * A stretch of the original answer, {@code end} exclusive. Offsets always index the string the user
 * wrote, never the normalised form, so evidence can be quoted verbatim.
 */
public record Span(int start, int end) {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("not a span: [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  /** The text this span covers in {@code original}, which must be the string it was taken from. */
  public String of(String original) {
    return original.substring(start, end);
  }
}
