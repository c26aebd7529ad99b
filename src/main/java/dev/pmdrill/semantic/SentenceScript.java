package dev.pmdrill.semantic;

/** Which sentence model a sentence goes to: Chinese (CJK) or everything else. */
public enum SentenceScript {
  LATIN,
  CJK;

  /**
   * A sentence is Chinese when its CJK characters are at least as many as its other words, so "我们看
   * GMV per visitor" is Chinese and "we track 转化率 daily" is not.
   */
  public static SentenceScript of(CharSequence sentence) {
    int cjk = 0;
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < sentence.length(); ) {
      int cp = Character.codePointAt(sentence, i);
      i += Character.charCount(cp);
      if (isCjk(cp)) {
        cjk++;
        inWord = false;
      } else if (Character.isLetterOrDigit(cp)) {
        if (!inWord) {
          words++;
        }
        inWord = true;
      } else {
        inWord = false;
      }
    }
    return cjk > 0 && cjk >= words ? CJK : LATIN;
  }

  private static boolean isCjk(int cp) {
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    return s == Character.UnicodeScript.HAN
        || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA
        || s == Character.UnicodeScript.HANGUL;
  }
}
