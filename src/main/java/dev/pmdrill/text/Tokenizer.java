package dev.pmdrill.text;

import java.util.Arrays;

/**
 * The tokenising stage: maximal runs of letters and digits are words, each CJK character is a token
 * of its own, and everything else only separates. Because punctuation never survives, "p-value" and
 * "p value" give the same tokens. A possessive 's is dropped so "customer's" is the token
 * "customer".
 */
final class Tokenizer {

  private Tokenizer() {}

  static TokenTable tokenize(NormalizedText text) {
    TermCache cache = TermCache.forThisThread();
    char[] buf = text.chars();
    int len = text.length();
    // a word is at least two chars with its separator, so this rarely grows for English
    int capacity = Math.max(8, len / 4);
    int[] starts = new int[capacity];
    int[] ends = new int[capacity];
    Lexeme[] terms = new Lexeme[capacity];
    int n = 0;
    int i = 0;
    while (i < len) {
      char c = buf[i];
      int start = i;
      Script script;
      int hash;
      if (c < 0x80) {
        if (!isAsciiAlnum(c)) {
          i++;
          continue;
        }
        script = Script.WORD;
      } else {
        int cp = Character.codePointAt(buf, i, len);
        if (Script.isCjk(cp)) {
          script = Script.CJK;
          i += Character.charCount(cp);
        } else if (Character.isLetterOrDigit(cp)) {
          script = Script.WORD;
        } else {
          i += Character.charCount(cp);
          continue;
        }
      }
      if (script == Script.WORD) {
        hash = 0;
        while (i < len) {
          char w = buf[i];
          if (w < 0x80) {
            if (!isAsciiAlnum(w)) {
              break;
            }
            hash = 31 * hash + w;
            i++;
            continue;
          }
          int cp = Character.codePointAt(buf, i, len);
          if (!continuesWord(cp)) {
            break;
          }
          int next = i + Character.charCount(cp);
          for (int p = i; p < next; p++) {
            hash = 31 * hash + buf[p];
          }
          i = next;
        }
        if (isPossessiveS(buf, start, i, n > 0 ? ends[n - 1] : -1)) {
          continue;
        }
      } else {
        hash = 0;
        for (int p = start; p < i; p++) {
          hash = 31 * hash + buf[p];
        }
      }
      if (n == starts.length) {
        int grown = n + (n >> 1) + 8;
        starts = Arrays.copyOf(starts, grown);
        ends = Arrays.copyOf(ends, grown);
        terms = Arrays.copyOf(terms, grown);
      }
      starts[n] = start;
      ends[n] = i;
      terms[n] = cache.term(buf, start, i, hash, script);
      n++;
    }
    return new TokenTable(n, starts, ends, terms);
  }

  private static boolean isAsciiAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
  }

  private static boolean continuesWord(int cp) {
    if (Script.isCjk(cp)) {
      return false;
    }
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    // scripts such as Devanagari write vowels as marks inside a word
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  /** An "s" right after an apostrophe that is glued to the previous word. */
  private static boolean isPossessiveS(char[] buf, int start, int end, int previousEnd) {
    return end - start == 1
        && buf[start] == 's'
        && start >= 2
        && buf[start - 1] == '\''
        && previousEnd == start - 1;
  }
}
