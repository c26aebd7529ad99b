package dev.pmdrill.text;

/**
 * Counts words as the bank format defines them for {@code length} and {@code prose}: white-space
 * separated chunks, except that each CJK character is a word of its own. Within a chunk, a run of
 * other characters is a word when it holds a letter or digit (so "用户，" is two words), or when it is
 * the whole chunk (so a lone "&" still counts).
 */
final class WordCounter {

  /** Receives each word's extent in the normalised text. */
  interface Sink {
    void word(int start, int end);
  }

  private WordCounter() {}

  static int visit(NormalizedText text, Sink sink) {
    char[] buf = text.chars();
    int len = text.length();
    int words = 0;
    int i = 0;
    while (i < len) {
      while (i < len && NormalizedText.isWhitespace(buf[i])) {
        i++;
      }
      if (i == len) {
        break;
      }
      int chunkStart = i;
      int chunkWords = 0;
      int runStart = -1;
      boolean runHasAlnum = false;
      while (i < len) {
        char c = buf[i];
        if (c < 0x80) {
          // ASCII never holds CJK: only white space and letters or digits matter
          if (c == ' ' || NormalizedText.isWhitespace(c)) {
            break;
          }
          if (runStart < 0) {
            runStart = i;
            runHasAlnum = false;
          }
          runHasAlnum = runHasAlnum || isAsciiAlnum(c);
          i++;
          continue;
        }
        if (NormalizedText.isWhitespace(c)) {
          break;
        }
        int cp = Character.codePointAt(buf, i, len);
        int next = i + Character.charCount(cp);
        if (Script.isCjk(cp)) {
          if (runStart >= 0 && runHasAlnum) {
            sink.word(runStart, i);
            chunkWords++;
          }
          runStart = -1;
          sink.word(i, next);
          chunkWords++;
        } else {
          if (runStart < 0) {
            runStart = i;
            runHasAlnum = false;
          }
          if (!runHasAlnum && Character.isLetterOrDigit(cp)) {
            runHasAlnum = true;
          }
        }
        i = next;
      }
      if (runStart >= 0 && (runHasAlnum || (runStart == chunkStart && chunkWords == 0))) {
        sink.word(runStart, i);
        chunkWords++;
      }
      words += chunkWords;
    }
    return words;
  }

  private static boolean isAsciiAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
  }
}
