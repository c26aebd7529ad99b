package dev.pmdrill.scoring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a regex term looks for, said in words a candidate can read: {@code \b} and anchors dropped,
 * {@code \s*} and {@code \s+} as spaces, digit classes (and alternations of numbers, in words or
 * digits) as "a number", a gap such as {@code [^。]{0,10}} or {@code .*} as "…", an alternation as
 * "a or b" (inside a longer pattern "a/b"; past five alternatives the first four and "…"), a single
 * {@code .} inside a word as the apostrophe it stands for, an optional group in parentheses. A
 * pattern built of anything else (back-references, Unicode classes, a repeated word) has no
 * reading: the feedback then names the criterion instead of printing the pattern.
 */
final class RegexReading {
  private static final char NUMBER = '\uE000';
  private static final char GAP = '\uE001';
  private static final Set<String> NUMBER_WORDS =
      Set.of(
          "one",
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "ten",
          "eleven",
          "twelve",
          "thirteen",
          "fourteen",
          "fifteen",
          "sixteen",
          "seventeen",
          "eighteen",
          "nineteen",
          "twenty");
  private static final Set<String> CONTRACTION_ENDINGS =
      Set.of("d", "ll", "t", "s", "re", "ve", "m");

  /** Alternatives read out in full; a longer list shows one fewer and "…". */
  private static final int SHOWN_ALTERNATIVES = 5;

  private static final String CHINESE_DIGITS = "零〇一二两三四五六七八九十";
  private static final String CHINESE_NUMERALS = CHINESE_DIGITS + "百千万亿";

  private final String pattern;
  private int at;

  private RegexReading(String pattern) {
    this.pattern = pattern;
  }

  /** The reading of an RE2 pattern (without its slashes), or empty when it has none. */
  static Optional<String> of(String pattern) {
    RegexReading r = new RegexReading(pattern);
    String raw;
    try {
      raw = r.alternation(true);
      if (r.at != pattern.length()) {
        return Optional.empty();
      }
    } catch (Unreadable e) {
      return Optional.empty();
    }
    String text =
        raw.replaceAll("[0-9.]*" + NUMBER + "(?:[0-9.,]*" + NUMBER + ")*", String.valueOf(NUMBER))
            .replaceAll("\\s+", " ")
            .replace(" %", "%")
            .strip();
    boolean said = text.chars().anyMatch(c -> Character.isLetterOrDigit(c) || c == NUMBER);
    if (!said) {
      return Optional.empty();
    }
    return Optional.of(
        text.replace(String.valueOf(NUMBER), "a number")
            .replace(String.valueOf(GAP), "…")
            .replaceAll("…+", "…"));
  }

  private static final class Unreadable extends RuntimeException {
    Unreadable() {
      super(null, null, false, false);
    }
  }

  private boolean more() {
    return at < pattern.length();
  }

  private char peek() {
    return pattern.charAt(at);
  }

  /** Alternatives separated by '|'; the whole pattern's are said "a or b", inner ones "a/b". */
  private String alternation(boolean whole) {
    List<String> alternatives = new ArrayList<>();
    alternatives.add(sequence());
    while (more() && peek() == '|') {
      at++;
      alternatives.add(sequence());
    }
    if (alternatives.size() == 1) {
      return alternatives.get(0);
    }
    Set<String> distinct = new LinkedHashSet<>();
    for (String a : alternatives) {
      String s = a.strip();
      distinct.add(isNumber(s) ? String.valueOf(NUMBER) : s);
    }
    if (distinct.contains("")) {
      throw new Unreadable();
    }
    List<String> list = List.copyOf(distinct);
    if (list.size() == 1) {
      return list.get(0);
    }
    // A long list of alternatives buries the idea: the first few show what kind of words count.
    if (list.size() > SHOWN_ALTERNATIVES) {
      List<String> shown = list.subList(0, SHOWN_ALTERNATIVES - 1);
      return String.join(whole ? ", " : "/", shown) + (whole ? ", …" : "/…");
    }
    if (!whole) {
      return String.join("/", list);
    }
    return String.join(", ", list.subList(0, list.size() - 1)) + " or " + list.get(list.size() - 1);
  }

  private static boolean isNumber(String s) {
    if (s.isEmpty()) {
      return false;
    }
    if (s.chars().allMatch(c -> c >= '0' && c <= '9' || c == NUMBER)) {
      return true;
    }
    if (s.chars().allMatch(c -> CHINESE_NUMERALS.indexOf(c) >= 0)
        && s.chars().anyMatch(c -> CHINESE_DIGITS.indexOf(c) >= 0)) {
      return true;
    }
    return NUMBER_WORDS.contains(s.toLowerCase(java.util.Locale.ROOT));
  }

  private String sequence() {
    StringBuilder s = new StringBuilder();
    while (more() && peek() != '|' && peek() != ')') {
      s.append(item());
    }
    return s.toString();
  }

  /** One atom and its quantifier. */
  private String item() {
    int start = at;
    String atom = atom();
    boolean group = pattern.charAt(start) == '(';
    if (!more()) {
      return atom;
    }
    char q = peek();
    String read;
    if (q == '?' || q == '*' || q == '+' || q == '{') {
      boolean optional = q == '?' || q == '*';
      if (q == '{') {
        int close = pattern.indexOf('}', at);
        if (close < 0 || !pattern.substring(at + 1, close).matches("\\d+(,\\d*)?")) {
          throw new Unreadable();
        }
        optional = pattern.charAt(at + 1) == '0';
        at = close + 1;
      } else {
        at++;
      }
      if (more() && peek() == '?') {
        at++; // lazy: reads the same
      }
      read = quantified(atom, optional, q == '?', group);
    } else {
      read = atom;
    }
    return read;
  }

  private String quantified(String atom, boolean optional, boolean atMostOnce, boolean group) {
    String content = atom.strip();
    if (content.isEmpty()
        || content.equals(String.valueOf(NUMBER))
        || content.equals(String.valueOf(GAP))) {
      return atom; // a space, a number or a gap, however often, reads the same
    }
    if (!atMostOnce) {
      throw new Unreadable(); // a word said several times has no plain reading
    }
    if (!group || content.codePointCount(0, content.length()) == 1) {
      return atom; // "features?" reads as "features"
    }
    if (isNumberish(content)) {
      return atom;
    }
    return "(" + content + ")" + (atom.endsWith(" ") ? " " : "");
  }

  /** A group such as {@code (\.\d+)} that only continues a number. */
  private static boolean isNumberish(String s) {
    return s.indexOf(NUMBER) >= 0 && s.chars().allMatch(c -> c == NUMBER || c == '.' || c == ',');
  }

  private String atom() {
    char c = peek();
    at++;
    switch (c) {
      case '(':
        if (pattern.startsWith("?:", at)) {
          at += 2;
        } else if (more() && peek() == '?') {
          throw new Unreadable(); // flags or named groups
        }
        String inner = alternation(false);
        if (!more() || peek() != ')') {
          throw new Unreadable();
        }
        at++;
        return inner;
      case '[':
        return characterClass();
      case '\\':
        return escape();
      case '.':
        // "i.d", "don.t": a wildcard before a contraction's ending stands for its apostrophe
        if (at >= 2 && Character.isLetter(pattern.charAt(at - 2)) && contractionFollows()) {
          return "'";
        }
        return String.valueOf(GAP);
      case '^':
      case '$':
        return "";
      case '*':
      case '+':
      case '?':
      case '{':
      case ')':
        throw new Unreadable();
      default:
        return String.valueOf(c);
    }
  }

  private boolean contractionFollows() {
    int end = at;
    while (end < pattern.length() && Character.isLetter(pattern.charAt(end))) {
      end++;
    }
    return CONTRACTION_ENDINGS.contains(
        pattern.substring(at, end).toLowerCase(java.util.Locale.ROOT));
  }

  private String escape() {
    if (!more()) {
      throw new Unreadable();
    }
    char c = peek();
    at++;
    switch (c) {
      case 'b':
      case 'B':
      case 'A':
      case 'z':
        return "";
      case 'd':
        return String.valueOf(NUMBER);
      case 's':
        return " ";
      case 'W':
        return " ";
      case 'w':
        return String.valueOf(GAP);
      default:
        if (Character.isLetterOrDigit(c)) {
          throw new Unreadable(); // \p{Han}, \S, \D, \1 ...
        }
        return String.valueOf(c);
    }
  }

  /** A bracketed class: digits read "a number", a negated class a gap, a few symbols "a/b". */
  private String characterClass() {
    int close = at;
    if (close < pattern.length() && pattern.charAt(close) == '^') {
      close++;
    }
    if (close < pattern.length() && pattern.charAt(close) == ']') {
      close++;
    }
    while (close < pattern.length() && pattern.charAt(close) != ']') {
      close += pattern.charAt(close) == '\\' ? 2 : 1;
    }
    if (close >= pattern.length()) {
      throw new Unreadable();
    }
    String body = pattern.substring(at, close);
    at = close + 1;
    if (body.startsWith("^") || body.contains("\\w")) {
      return String.valueOf(GAP);
    }
    String withoutDigits = body.replace("0-9", "").replace("\\d", "");
    boolean digits = withoutDigits.length() < body.length();
    if (withoutDigits.chars().allMatch(c -> CHINESE_NUMERALS.indexOf(c) >= 0)
        && (digits || !withoutDigits.isEmpty())) {
      return String.valueOf(NUMBER);
    }
    if (body.contains("-") && body.length() > 1 && body.indexOf('-') != body.length() - 1) {
      return String.valueOf(GAP); // a range of letters: some word
    }
    List<String> symbols = new ArrayList<>();
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\\') {
        i++;
        if (i >= body.length() || Character.isLetterOrDigit(body.charAt(i))) {
          throw new Unreadable();
        }
        c = body.charAt(i);
      }
      symbols.add(String.valueOf(c));
    }
    return String.join("/", symbols);
  }
}
