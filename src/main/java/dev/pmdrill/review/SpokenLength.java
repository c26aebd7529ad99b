package dev.pmdrill.review;

/**
 * How long a text takes to say aloud: English at about 140 words a minute, Chinese at about 240
 * characters a minute (the pace of a calm interview answer), each word or character counted once.
 */
public record SpokenLength(int words, int characters, double minutes) {
  static final double WORDS_PER_MINUTE = 140;
  static final double CHARACTERS_PER_MINUTE = 240;

  /** What the guide asks of a story: two to three minutes. */
  public static final double SHORTEST = 2.0;

  public static final double LONGEST = 3.0;

  public static SpokenLength of(String text) {
    int words = 0;
    int characters = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (isCjk(c)) {
        characters++;
        inWord = false;
      } else if (Character.isLetterOrDigit(c)) {
        if (!inWord) {
          words++;
        }
        inWord = true;
      } else if (Character.isWhitespace(c) || !(c == '\'' || c == '-' || c == '.' || c == ',')) {
        inWord = false;
      }
    }
    return new SpokenLength(
        words, characters, words / WORDS_PER_MINUTE + characters / CHARACTERS_PER_MINUTE);
  }

  private static boolean isCjk(int c) {
    Character.UnicodeScript s = Character.UnicodeScript.of(c);
    return s == Character.UnicodeScript.HAN
        || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA
        || s == Character.UnicodeScript.HANGUL;
  }

  public boolean tooShort() {
    return minutes < SHORTEST;
  }

  public boolean tooLong() {
    return minutes > LONGEST;
  }

  /** "about 2.4 minutes spoken (336 words)". */
  public String describe() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(java.util.Locale.ROOT, "about %.1f minutes spoken (", minutes));
    if (words > 0) {
      b.append(words).append(words == 1 ? " word" : " words");
    }
    if (characters > 0) {
      b.append(words > 0 ? ", " : "").append(characters).append(" Chinese characters");
    }
    return b.append(')').toString();
  }

  /** "fits the 2-3 minutes", "short of 2 minutes", "over 3 minutes". */
  public String verdict() {
    if (tooShort()) {
      return "shorter than the 2-3 minutes a story should take";
    }
    if (tooLong()) {
      return "longer than the 2-3 minutes a story should take";
    }
    return "fits the 2-3 minutes a story should take";
  }
}
