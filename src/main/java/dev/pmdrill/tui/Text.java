package dev.pmdrill.tui;

import java.util.ArrayList;
import java.util.List;

/** Lines wrapped to a width, measured without the colour codes. */
final class Text {
  private final int width;
  private final StringBuilder out = new StringBuilder();

  Text(int width) {
    this.width = width;
  }

  /** One blank line, never two in a row, never at the top. */
  void blank() {
    if (out.length() > 0 && !out.toString().endsWith("\n\n")) {
      out.append('\n');
    }
  }

  /**
   * A paragraph: the spans' text wrapped at spaces, the first line indented by {@code indent} and
   * the others by {@code hang}; a word longer than a line is cut.
   */
  void para(int indent, int hang, Styled... spans) {
    StringBuilder plain = new StringBuilder();
    List<Integer> owner = new ArrayList<>();
    for (int i = 0; i < spans.length; i++) {
      String t = spans[i].text().replace('\n', ' ');
      plain.append(t);
      for (int k = 0; k < t.length(); k++) {
        owner.add(i);
      }
    }
    List<int[]> words = words(plain);
    List<int[]> line = new ArrayList<>();
    int used = 0;
    boolean first = true;
    for (int w = 0; w < words.size(); w++) {
      int[] word = words.get(w);
      int room = width - (first ? indent : hang);
      int len = cols(plain, word[0], word[1]);
      if (!line.isEmpty() && used + 1 + len > room) {
        emit(plain, owner, spans, line, first ? indent : hang);
        first = false;
        line.clear();
        used = 0;
        room = width - hang;
      }
      if (line.isEmpty() && len > room) {
        int cut = cutAt(plain, word[0], word[1], room);
        line.add(new int[] {word[0], cut});
        emit(plain, owner, spans, line, first ? indent : hang);
        first = false;
        line.clear();
        words.add(w + 1, new int[] {cut, word[1]});
        continue;
      }
      used += (line.isEmpty() ? 0 : 1) + len;
      line.add(word);
    }
    if (!line.isEmpty() || first) {
      emit(plain, owner, spans, line, first ? indent : hang);
    }
  }

  private void emit(
      CharSequence plain, List<Integer> owner, Styled[] spans, List<int[]> line, int indent) {
    out.append(" ".repeat(indent));
    int run = -1;
    StringBuilder chunk = new StringBuilder();
    for (int w = 0; w < line.size(); w++) {
      int[] word = line.get(w);
      if (w > 0) {
        // the space takes the style of the text it stood in, so a styled phrase stays one run
        int spaceOwner = owner.get(word[0] - 1);
        run = flushIfNew(spans, run, spaceOwner, chunk);
        chunk.append(' ');
      }
      for (int k = word[0]; k < word[1]; k++) {
        run = flushIfNew(spans, run, owner.get(k), chunk);
        chunk.append(plain.charAt(k));
      }
    }
    if (run >= 0) {
      out.append(spans[run].style().apply(chunk.toString()));
    }
    out.append('\n');
  }

  private int flushIfNew(Styled[] spans, int run, int next, StringBuilder chunk) {
    if (run != next) {
      if (run >= 0 && chunk.length() > 0) {
        out.append(spans[run].style().apply(chunk.toString()));
      }
      chunk.setLength(0);
    }
    return next;
  }

  /** A line written as given: for tables, whose columns the caller has already measured. */
  void line(String text) {
    out.append(text).append('\n');
  }

  @Override
  public String toString() {
    return out.toString();
  }

  private static List<int[]> words(CharSequence s) {
    List<int[]> words = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      while (i < s.length() && s.charAt(i) == ' ') {
        i++;
      }
      int start = i;
      while (i < s.length() && s.charAt(i) != ' ') {
        i++;
      }
      if (i > start) {
        words.add(new int[] {start, i});
      }
    }
    return words;
  }

  /** Columns the text from {@code from} to {@code to} takes on a terminal. */
  private static int cols(CharSequence s, int from, int to) {
    return Wrap.columns(s.subSequence(from, to));
  }

  /**
   * Where to cut {@code s[from, to)} so that it fits {@code room} columns (one character at least).
   */
  private static int cutAt(CharSequence s, int from, int to, int room) {
    int n = 0;
    int i = from;
    while (i < to) {
      int cp = Character.codePointAt(s, i);
      int w = Wrap.columns(cp);
      if (n + w > room && i > from) {
        break;
      }
      n += w;
      i += Character.charCount(cp);
    }
    return i;
  }
}
