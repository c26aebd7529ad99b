package dev.pmdrill.material;

import dev.pmdrill.bank.Location;
import dev.pmdrill.bank.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a Markdown file the way a candidate writes one: optional YAML front matter between {@code
 * ---} lines at the very top, an optional {@code #} title, then one {@code ##} heading per story or
 * example with its text below. Headings inside fenced code blocks are text.
 */
final class MarkdownDocument {
  private static final Pattern HEADING =
      Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?[ \\t]*$");
  private static final Pattern CLOSING_HASHES = Pattern.compile("[ \\t]+#+$");

  /** Front matter's text and the line it starts on, so YAML problems point at the user's line. */
  record FrontMatter(String text, int firstLine) {}

  record Section(String title, Location location, String text) {}

  record Parsed(Optional<FrontMatter> front, List<Section> sections, boolean hasOtherHeadings) {}

  private MarkdownDocument() {}

  /**
   * @param noun what a section is called in messages ("story", "example")
   */
  static Parsed parse(String file, String source, String noun, List<Problem> problems) {
    String[] lines = source.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    int body = 0;
    Optional<FrontMatter> front = Optional.empty();
    if (lines.length > 0 && lines[0].strip().equals("---")) {
      int end = -1;
      for (int i = 1; i < lines.length; i++) {
        String l = lines[i].strip();
        if (l.equals("---") || l.equals("...")) {
          end = i;
          break;
        }
      }
      if (end < 0) {
        problems.add(
            Problem.error(
                new Location(file, 1, 1),
                "the front matter opened with '---' here is never closed;"
                    + " end it with a line holding only '---'"));
        return new Parsed(Optional.empty(), List.of(), false);
      }
      front = Optional.of(new FrontMatter(join(lines, 1, end), 2));
      body = end + 1;
    }
    List<Section> sections = new ArrayList<>();
    boolean otherHeadings = false;
    String fence = null;
    String title = null;
    Location at = null;
    int textStart = 0;
    for (int i = body; i <= lines.length; i++) {
      String line = i < lines.length ? lines[i] : null;
      if (line != null) {
        String stripped = line.strip();
        if (fence != null) {
          if (stripped.startsWith(fence)) {
            fence = null;
          }
          continue;
        }
        if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
          fence = stripped.substring(0, 3);
          continue;
        }
      }
      Matcher m = line == null ? null : HEADING.matcher(line);
      int level = m != null && m.matches() ? m.group(1).length() : 0;
      if (level >= 3) {
        otherHeadings = true; // a sub-heading is part of the story
        continue;
      }
      if (line != null && level == 0) {
        continue;
      }
      if (title != null) {
        String text = trimBlankLines(join(lines, textStart, i));
        if (text.isBlank()) {
          problems.add(
              Problem.error(at, "the " + noun + " '" + title + "' has no text under its heading"));
        } else {
          sections.add(new Section(title, at, text));
        }
        title = null;
      }
      if (level == 1) {
        otherHeadings = true; // the document's title, or the end of the stories ("# Notes")
        continue;
      }
      if (line == null) {
        break;
      }
      String written =
          m.group(2) == null ? "" : CLOSING_HASHES.matcher(m.group(2)).replaceFirst("");
      Location here = new Location(file, i + 1, line.indexOf('#') + 1);
      if (written.isBlank()) {
        problems.add(
            Problem.error(here, "a '##' heading with no title; name the " + noun + " after '## '"));
        continue;
      }
      title = written.strip();
      at = here;
      textStart = i + 1;
    }
    return new Parsed(front, sections, otherHeadings);
  }

  private static String join(String[] lines, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      b.append(lines[i]).append('\n');
    }
    return b.toString();
  }

  private static String trimBlankLines(String text) {
    return text.replaceAll("^(?:[ \\t]*\\n)+", "").stripTrailing();
  }
}
