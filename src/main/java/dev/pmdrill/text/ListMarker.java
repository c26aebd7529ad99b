package dev.pmdrill.text;

/**
 * A list item's number at the start of a line: "1. ", "2) ", "(3) ", "4、" or "3.Text". Such a
 * number orders the list; it is neither a quantity nor the end of a sentence.
 */
final class ListMarker {

  /** Longer numbers at a line start ("2023. Revenue...") are more likely years than items. */
  private static final int MOST_DIGITS = 3;

  private ListMarker() {}

  /**
   * The end (exclusive) of the list marker whose digits start at {@code i}, or -1 when the digits
   * there are not a list marker.
   */
  static int endAt(char[] buf, int len, int i) {
    int before = i - 1;
    boolean opened = before >= 0 && buf[before] == '(';
    if (opened) {
      before--;
    }
    while (before >= 0 && (buf[before] == ' ' || buf[before] == '\t')) {
      before--;
    }
    if (before >= 0 && !NormalizedText.isLineBreak(buf[before])) {
      return -1;
    }
    int j = i;
    while (j < len && buf[j] >= '0' && buf[j] <= '9') {
      j++;
    }
    if (j == i || j - i > MOST_DIGITS || j == len) {
      return -1;
    }
    char end = buf[j];
    if (end == ')') {
      return j + 1;
    }
    if (opened) {
      return -1;
    }
    if (end == '、') {
      return j + 1;
    }
    if (end == '.' && (j + 1 == len || !isDigit(buf[j + 1]))) {
      return j + 1;
    }
    return -1;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
