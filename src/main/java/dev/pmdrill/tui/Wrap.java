package dev.pmdrill.tui;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.WCWidth;

/**
 * Wraps text to a width in terminal columns: words break at spaces, Chinese, Japanese and Korean
 * text anywhere between characters, and a wide character counts two columns.
 */
public final class Wrap {
  private Wrap() {}

  /**
   * Terminal columns a character takes, as the terminal's own line editor counts them (jline's
   * WCWidth): two for wide characters, Chinese punctuation such as 。、，「 included; none for
   * combining marks and controls. The one measure of width every renderer uses.
   */
  public static int columns(int codePoint) {
    return Math.max(0, WCWidth.wcwidth(codePoint));
  }

  /** Terminal columns the text takes: the sum of {@link #columns(int)} over its code points. */
  public static int columns(CharSequence text) {
    int n = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      n += columns(cp);
      i += Character.charCount(cp);
    }
    return n;
  }

  /** The text with spaces after it up to {@code width} columns; a wider text is left as it is. */
  static String pad(String text, int width) {
    int cols = columns(text);
    return cols >= width ? text : text + " ".repeat(width - cols);
  }

  public static String wrap(String text, int width, String indent) {
    StringBuilder out = new StringBuilder();
    for (String paragraph : paragraphs(text)) {
      for (String line : lines(paragraph, Math.max(10, width - indent.length()))) {
        out.append(indent).append(line).append('\n');
      }
    }
    return out.toString();
  }

  /**
   * A list of words (or short phrases), as lines of at most {@code width} columns with the indent,
   * broken only between the words (a word wider than a whole line is cut), through the same line
   * filling as {@link #breaks}: for word lists in Chinese as in English.
   */
  public static String wrapWords(List<String> words, int width, String indent) {
    StringBuilder text = new StringBuilder();
    List<Piece> units = new ArrayList<>();
    for (String word : words) {
      int spaces = text.length() == 0 ? 0 : 1;
      text.append(" ".repeat(spaces));
      units.add(new Piece(text.length(), text.length() + word.length(), spaces));
      text.append(word);
    }
    int room = Math.max(10, width - indent.length());
    StringBuilder out = new StringBuilder();
    for (List<Piece> line : fill(text, units, room, room, true)) {
      out.append(indent);
      for (int k = 0; k < line.size(); k++) {
        out.append(k > 0 ? " ".repeat(line.get(k).spaces()) : "");
        out.append(text, line.get(k).start(), line.get(k).end());
      }
      out.append('\n');
    }
    return out.toString();
  }

  /**
   * Lines broken only to fit the author's editor are joined again; a blank line or a list item ("-
   * ", "* ", "1. ") starts a new paragraph.
   */
  static List<String> paragraphs(String text) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String raw : text.strip().split("\n", -1)) {
      String line = raw.strip();
      boolean item = line.startsWith("- ") || line.startsWith("* ") || line.matches("\\d+[.)] .*");
      if (line.isEmpty() || item) {
        if (current.length() > 0) {
          paragraphs.add(current.toString());
          current.setLength(0);
        }
        if (line.isEmpty()) {
          paragraphs.add("");
          continue;
        }
      }
      if (current.length() > 0) {
        current.append(' ');
      }
      current.append(line);
    }
    if (current.length() > 0) {
      paragraphs.add(current.toString());
    }
    return paragraphs;
  }

  static List<String> lines(String text, int width) {
    List<String> lines = new ArrayList<>();
    for (List<Piece> line : breaks(text, width, width, true)) {
      StringBuilder out = new StringBuilder();
      for (int k = 0; k < line.size(); k++) {
        Piece piece = line.get(k);
        if (k > 0) {
          out.append(" ".repeat(piece.spaces()));
        }
        out.append(text, piece.start(), piece.end());
      }
      lines.add(out.toString());
    }
    return lines;
  }

  /**
   * One run of text a line holds, {@code [start, end)} of the text, and the spaces that stood
   * before it (written as they were, unless it starts its line).
   */
  record Piece(int start, int end, int spaces) {}

  /**
   * The one line breaker every renderer uses: lines of at most {@code first} columns for the first
   * and {@code rest} for the others. A line breaks at a space (the spaces at a break are dropped;
   * elsewhere a run of them is kept, or counted as one when {@code keepSpaces} is false) or between
   * two Chinese characters; a word longer than a whole line is cut. Always one line at least.
   */
  static List<List<Piece>> breaks(CharSequence text, int first, int rest, boolean keepSpaces) {
    List<Piece> units = new ArrayList<>();
    int spaces = 0;
    for (int i = 0; i < text.length(); ) {
      if (text.charAt(i) == ' ') {
        spaces++;
        i++;
        continue;
      }
      int end = unitEnd(text, i);
      units.add(new Piece(i, end, spaces));
      spaces = 0;
      i = end;
    }
    return fill(text, units, first, rest, keepSpaces);
  }

  /** Units laid on lines in order, a unit wider than a whole line cut to fit. */
  private static List<List<Piece>> fill(
      CharSequence text, List<Piece> units, int first, int rest, boolean keepSpaces) {
    List<List<Piece>> lines = new ArrayList<>();
    List<Piece> line = new ArrayList<>();
    int used = 0;
    for (Piece unit : units) {
      int start = unit.start();
      int spaces = unit.spaces();
      while (start < unit.end()) {
        int room = lines.isEmpty() ? first : rest;
        int width = columns(text.subSequence(start, unit.end()));
        int gap = line.isEmpty() ? 0 : keepSpaces ? spaces : Math.min(spaces, 1);
        if (!line.isEmpty() && used + gap + width > room) {
          lines.add(line);
          line = new ArrayList<>();
          used = 0;
          gap = 0;
          room = rest;
        }
        int end =
            line.isEmpty() && width > room ? cutAt(text, start, unit.end(), room) : unit.end();
        line.add(new Piece(start, end, spaces));
        used += gap + (end == unit.end() ? width : columns(text.subSequence(start, end)));
        if (end < unit.end()) {
          lines.add(line);
          line = new ArrayList<>();
          used = 0;
        }
        start = end;
        spaces = 0;
      }
    }
    if (!line.isEmpty() || lines.isEmpty()) {
      lines.add(line);
    }
    return lines;
  }

  /**
   * The end of the unit that starts at {@code from}: up to the next place a line may break, a space
   * or between two wide characters, but never after an opening bracket or before closing
   * punctuation (，。、）」 stay on the line of the character before them).
   */
  private static int unitEnd(CharSequence text, int from) {
    int i = from;
    int cp = Character.codePointAt(text, i);
    // a word that opens with Latin letters or a bracket, such as "(担当)" or "P7级", stays whole
    boolean opensWide = columns(cp) == 2;
    i += Character.charCount(cp);
    while (i < text.length()) {
      int next = Character.codePointAt(text, i);
      if (next == ' ') {
        break;
      }
      boolean wideBoth = opensWide && columns(cp) == 2 && columns(next) == 2;
      if (wideBoth && OPENING.indexOf(cp) < 0 && CLOSING.indexOf(next) < 0) {
        break;
      }
      cp = next;
      i += Character.charCount(next);
    }
    return i;
  }

  private static final String OPENING = "（「『【《〈“‘";
  private static final String CLOSING = "，。、；：？！）」』】》〉”’…";

  /** Where to cut {@code [from, to)} to fit {@code room} columns: one character at least. */
  private static int cutAt(CharSequence text, int from, int to, int room) {
    int n = 0;
    int i = from;
    while (i < to) {
      int cp = Character.codePointAt(text, i);
      int w = columns(cp);
      if (n + w > room && i > from) {
        break;
      }
      n += w;
      i += Character.charCount(cp);
    }
    return i;
  }
}
