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
   * A paragraph: the spans' text wrapped by {@link Wrap#breaks} (at spaces, and between Chinese
   * characters), the first line indented by {@code indent} and the others by {@code hang}; a word
   * longer than a line is cut.
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
    List<List<Wrap.Piece>> lines = Wrap.breaks(plain, width - indent, width - hang, false);
    for (int l = 0; l < lines.size(); l++) {
      emit(plain, owner, spans, lines.get(l), l == 0 ? indent : hang);
    }
  }

  private void emit(
      CharSequence plain, List<Integer> owner, Styled[] spans, List<Wrap.Piece> line, int indent) {
    out.append(" ".repeat(indent));
    int run = -1;
    StringBuilder chunk = new StringBuilder();
    for (int w = 0; w < line.size(); w++) {
      Wrap.Piece piece = line.get(w);
      if (w > 0 && piece.spaces() > 0) {
        // one space for a run of them, as renderers write their spans; it takes the style of the
        // text it stood in, so a styled phrase stays one run
        int spaceOwner = owner.get(piece.start() - 1);
        run = flushIfNew(spans, run, spaceOwner, chunk);
        chunk.append(' ');
      }
      for (int k = piece.start(); k < piece.end(); k++) {
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
}
