package dev.pmdrill.text;

/** What kind of token a {@link Token} is. */
public enum Script {
  /** A run of letters and digits outside the CJK scripts. */
  WORD,
  /** A single Han, Hiragana, Katakana or Hangul character. */
  CJK;

  /**
   * Whether a code point is a CJK character that stands as a token on its own. Explicit ranges
   * rather than {@link Character.UnicodeScript} because the prolonged sound mark and iteration
   * marks are script COMMON yet belong inside Japanese and Chinese words.
   */
  static boolean isCjk(int cp) {
    if (cp < 0x1100) {
      return false;
    }
    boolean inRange =
        (cp >= 0x4E00 && cp <= 0x9FFF)
            || (cp >= 0x3400 && cp <= 0x4DBF)
            || (cp >= 0x3040 && cp <= 0x30FF)
            || (cp >= 0xAC00 && cp <= 0xD7AF)
            || (cp >= 0x3005 && cp <= 0x3007)
            || (cp >= 0x31F0 && cp <= 0x31FF)
            || (cp >= 0x1100 && cp <= 0x11FF)
            || (cp >= 0x3130 && cp <= 0x318F)
            || (cp >= 0xA960 && cp <= 0xA97F)
            || (cp >= 0xD7B0 && cp <= 0xD7FF)
            || (cp >= 0xF900 && cp <= 0xFAFF)
            || (cp >= 0x20000 && cp <= 0x3FFFF);
    // the ranges hold combining sound marks and punctuation too; only letters are tokens
    return inRange && (Character.isLetterOrDigit(cp) || cp == 0x3007);
  }
}
