package dev.pmdrill.scoring;

import java.util.Locale;
import java.util.Optional;

/**
 * The run of plain characters every match of a regex starts with (after an optional leading word
 * boundary), lower-cased. Only the simplest, certain case is recognised: a pattern with no
 * top-level alternation that opens with ASCII letters, digits or spaces. Anything else gives empty,
 * and the regex runs over the whole answer.
 */
record RequiredLiteral(String text, boolean wordBoundaryBefore) {
  private static final int SHORTEST_USEFUL = 2;

  static Optional<RequiredLiteral> of(String pattern) {
    if (hasTopLevelAlternation(pattern)) {
      return Optional.empty();
    }
    boolean boundary = pattern.startsWith("\\b");
    int i = boundary ? 2 : 0;
    StringBuilder literal = new StringBuilder();
    while (i < pattern.length() && isPlain(pattern.charAt(i))) {
      literal.append(pattern.charAt(i));
      i++;
    }
    // A quantifier after the run makes its last character optional or repeated.
    if (i < pattern.length() && "?*+{".indexOf(pattern.charAt(i)) >= 0 && literal.length() > 0) {
      literal.setLength(literal.length() - 1);
    }
    return literal.length() >= SHORTEST_USEFUL
        ? Optional.of(new RequiredLiteral(literal.toString().toLowerCase(Locale.ROOT), boundary))
        : Optional.empty();
  }

  private static boolean isPlain(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == ' ';
  }

  private static boolean hasTopLevelAlternation(String pattern) {
    int depth = 0;
    boolean inClass = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        return true;
      }
    }
    return false;
  }
}
