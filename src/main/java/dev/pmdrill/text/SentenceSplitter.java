package dev.pmdrill.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an answer into sentences at . ! ? 。 and line breaks. A '.' ends a sentence only before
 * white space or the end, so "11.11" and "1.045" stay whole, and the '.' of a list marker at a line
 * start never ends one.
 */
final class SentenceSplitter {

  private SentenceSplitter() {}

  static List<Span> split(NormalizedText text) {
    char[] buf = text.chars();
    int len = text.length();
    List<Span> sentences = new ArrayList<>();
    int start = 0;
    boolean atLineStart = true;
    int lineStart = 0;
    int i = 0;
    while (i < len) {
      if (!atLineStart) {
        // inside a line only line breaks and sentence punctuation matter: skip to the next one
        while (i < len && !mayEnd(buf[i])) {
          i++;
        }
        if (i == len) {
          break;
        }
      }
      char c = buf[i];
      if (NormalizedText.isLineBreak(c)) {
        boolean wraps = wrapsOn(buf, len, lineStart, i);
        lineStart = i + 1;
        if (wraps) {
          // a hard-wrapped line: the sentence goes on, and the break is white space
          i++;
          continue;
        }
        add(text, start, i, sentences);
        start = i + 1;
        atLineStart = true;
        i++;
        continue;
      }
      if (atLineStart) {
        if (c == ' ' || c == '\t' || c == '(') {
          i++;
          continue;
        }
        atLineStart = false;
        if (c >= '0' && c <= '9') {
          int marker = ListMarker.endAt(buf, len, i);
          if (marker > 0) {
            i = marker;
            continue;
          }
        }
      }
      if (c == '!' || c == '?' || c == '。' || (c == '.' && endsAtPeriod(buf, len, i))) {
        int end = i + 1;
        while (end < len && (isTerminator(buf[end]) || isCloser(buf[end]))) {
          end++;
        }
        add(text, start, end, sentences);
        start = end;
        i = end;
        continue;
      }
      i++;
    }
    add(text, start, len, sentences);
    return List.copyOf(sentences);
  }

  /** Whether {@code c} may end a sentence or a line: a line break or . ! ? 。 */
  private static boolean mayEnd(char c) {
    return isTerminator(c) || NormalizedText.isLineBreak(c);
  }

  /** A line this long at least, ending in no punctuation, reads as a wrapped line of prose. */
  static final int WRAPPED_LINE = 40;

  /**
   * Whether the line break at {@code at} only wraps a sentence: the line before it is long and ends
   * in a letter, digit or comma, and the next line goes on with a lower-case word (a list item, a
   * heading or a blank line ends the sentence as before). The line starts at {@code lineStart}.
   */
  private static boolean wrapsOn(char[] buf, int len, int lineStart, int at) {
    int end = at;
    while (end > lineStart
        && (buf[end - 1] == ' ' || buf[end - 1] == '\t' || buf[end - 1] == '\r')) {
      end--;
    }
    if (end - lineStart < WRAPPED_LINE) {
      return false;
    }
    char last = buf[end - 1];
    if (!(Character.isLetterOrDigit(last) || last == ',' || last == '，')) {
      return false;
    }
    int next = at + 1;
    while (next < len && (buf[next] == ' ' || buf[next] == '\t')) {
      next++;
    }
    return next < len && Character.isLowerCase(buf[next]);
  }

  /** A period ends a sentence before white space or the end, closing quotes allowed between. */
  private static boolean endsAtPeriod(char[] buf, int len, int i) {
    int j = i + 1;
    while (j < len && (isCloser(buf[j]) || buf[j] == '.')) {
      j++;
    }
    return j == len || NormalizedText.isWhitespace(buf[j]);
  }

  private static boolean isTerminator(char c) {
    return c == '.' || c == '!' || c == '?' || c == '。';
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == '」' || c == '』' || c == '）';
  }

  /** Adds the trimmed sentence, unless it holds no letter or digit. */
  private static void add(NormalizedText text, int start, int end, List<Span> out) {
    char[] buf = text.chars();
    int s = start;
    int e = end;
    while (s < e && NormalizedText.isWhitespace(buf[s])) {
      s++;
    }
    while (e > s && NormalizedText.isWhitespace(buf[e - 1])) {
      e--;
    }
    for (int i = s; i < e; i++) {
      char c = buf[i];
      // ASCII letters and digits without Character's tables: most sentences start with one
      if (c < 0x80
          ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          : Character.isLetterOrDigit(Character.codePointAt(buf, i, e))) {
        out.add(text.span(s, e));
        return;
      }
    }
  }
}
