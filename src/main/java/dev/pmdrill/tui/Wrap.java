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
   * broken only between the words, never inside one: for word lists in Chinese as in English.
   */
  public static String wrapWords(List<String> words, int width, String indent) {
    StringBuilder out = new StringBuilder();
    int room = Math.max(10, width - indent.length());
    int column = 0;
    for (String word : words) {
      int w = columns(word);
      if (column > 0 && column + 1 + w > room) {
        out.append('\n');
        column = 0;
      }
      if (column == 0) {
        out.append(indent);
      } else {
        out.append(' ');
        column++;
      }
      out.append(word);
      column += w;
    }
    return out.append('\n').toString();
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
    StringBuilder line = new StringBuilder();
    int column = 0;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      int w = columns(cp);
      if (cp == ' ') {
        int next = nextBreakWidth(text, i + 1);
        if (column + 1 + next > width && column > 0) {
          lines.add(line.toString());
          line.setLength(0);
          column = 0;
        } else if (column > 0) {
          line.append(' ');
          column++;
        }
      } else {
        if (column + w > width && column > 0) {
          lines.add(line.toString());
          line.setLength(0);
          column = 0;
        }
        line.appendCodePoint(cp);
        column += w;
      }
      i += Character.charCount(cp);
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** Columns up to the next place a line may break: a space, or before a wide character. */
  private static int nextBreakWidth(String text, int from) {
    int columns = 0;
    for (int i = from; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int w = columns(cp);
      if (cp == ' ' || w == 2) {
        return columns + (w == 2 ? 2 : 0);
      }
      columns += w;
      i += Character.charCount(cp);
    }
    return columns;
  }
}
