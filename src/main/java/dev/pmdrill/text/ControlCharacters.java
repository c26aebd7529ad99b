package dev.pmdrill.text;

/**
 * Removes what a terminal or a spreadsheet would take as an instruction from text read from outside
 * (a bank, an answer, a file, a stored attempt): escape sequences whole (so no "[31m" is left
 * behind), the other C0 and C1 control characters, DEL, a carriage return not followed by a line
 * feed, and the bidirectional overrides that reorder what is shown. Line feeds and tabs stay.
 */
public final class ControlCharacters {
  private ControlCharacters() {}

  /** The text without control characters; the same instance when it had none. */
  public static String strip(String text) {
    int first = firstControl(text);
    if (first < 0) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length()).append(text, 0, first);
    int i = first;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\u001b' || c == '\u009b') {
        i = afterEscape(text, i);
        continue;
      }
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        b.append(c);
      } else if (!isControl(c)) {
        b.append(c);
      }
      i++;
    }
    return b.toString();
  }

  private static int firstControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u001b' || c == '\u009b' || isControl(c) && c != '\r') {
        return i;
      }
      if (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isControl(char c) {
    if (c == '\n' || c == '\t') {
      return false;
    }
    return c < 0x20
        || c >= 0x7f && c <= 0x9f
        || c >= '\u202a' && c <= '\u202e'
        || c >= '\u2066' && c <= '\u2069';
  }

  /**
   * Where an escape sequence that starts at {@code at} ends: CSI ({@code ESC [} or 0x9b) parameters
   * up to a final byte, OSC/DCS/PM/APC strings up to BEL or {@code ESC \}, else the one character
   * after ESC.
   */
  private static int afterEscape(String text, int at) {
    int i = at + 1;
    boolean csi = text.charAt(at) == '\u009b';
    if (!csi && i < text.length()) {
      char kind = text.charAt(i);
      if (kind == '[') {
        csi = true;
        i++;
      } else if (kind == ']' || kind == 'P' || kind == '^' || kind == '_' || kind == 'X') {
        for (i++; i < text.length(); i++) {
          char c = text.charAt(i);
          if (c == '\u0007') {
            return i + 1;
          }
          if (c == '\u001b' && i + 1 < text.length() && text.charAt(i + 1) == '\\') {
            return i + 2;
          }
        }
        return i;
      } else {
        return Math.min(text.length(), i + 1);
      }
    }
    if (csi) {
      for (; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c >= 0x40 && c <= 0x7e) {
          return i + 1;
        }
        if (c < 0x20 || c > 0x3f) {
          return i; // not a parameter or intermediate byte: the sequence was cut short
        }
      }
    }
    return i;
  }
}
