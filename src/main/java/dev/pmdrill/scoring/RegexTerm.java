package dev.pmdrill.scoring;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.pmdrill.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code /.../} term: RE2 on the original text, case-insensitive, linear in its length.
 *
 * <p>RE2J's automaton costs tens of microseconds over a long answer even where nothing matches. A
 * term whose every match starts with a known run of letters is therefore only tried, anchored,
 * where that run occurs; the result is the same as scanning, since no match can start elsewhere.
 */
public record RegexTerm(String text, Pattern pattern, Optional<RequiredLiteral> literal)
    implements Term {
  public RegexTerm {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(literal, "literal");
  }

  static RegexTerm of(String written, Pattern pattern) {
    return new RegexTerm(written, pattern, RequiredLiteral.of(pattern.pattern()));
  }

  @Override
  public Optional<String> readable() {
    return RegexReading.of(text.substring(1, text.length() - 1));
  }

  @Override
  public List<Span> find(Answer answer) {
    return literal.isPresent() ? findAtLiteral(answer, literal.get()) : scan(answer.original());
  }

  List<Span> scan(String original) {
    List<Span> spans = new ArrayList<>();
    Matcher m = pattern.matcher(original);
    while (m.find()) {
      if (m.end() > m.start()) { // an empty match quotes nothing and earns nothing
        spans.add(new Span(m.start(), m.end()));
      }
    }
    return spans;
  }

  private List<Span> findAtLiteral(Answer answer, RequiredLiteral required) {
    String folded = answer.folded();
    String original = answer.original();
    List<Span> spans = new ArrayList<>(0);
    int next = 0;
    for (int at = folded.indexOf(required.text());
        at >= 0;
        at = folded.indexOf(required.text(), at + 1)) {
      if (at < next
          || required.wordBoundaryBefore() && at > 0 && isWordChar(original.charAt(at - 1))) {
        continue;
      }
      Matcher m = pattern.matcher(new Tail(original, at));
      if (m.lookingAt() && m.end() > 0) {
        spans.add(new Span(at, at + m.end()));
        next = at + m.end();
      }
    }
    return spans;
  }

  /** RE2's \b is ASCII: a word character is a letter, digit or underscore. */
  private static boolean isWordChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
  }

  /** The text from an offset on, without copying it. */
  private record Tail(String text, int from) implements CharSequence {
    @Override
    public int length() {
      return text.length() - from;
    }

    @Override
    public char charAt(int index) {
      return text.charAt(from + index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return text.subSequence(from + start, from + end);
    }

    @Override
    public String toString() {
      return text.substring(from);
    }
  }

  @Override
  public boolean matchesVary() {
    return true;
  }
}
