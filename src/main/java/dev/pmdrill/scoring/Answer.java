package dev.pmdrill.scoring;

import dev.pmdrill.text.AnalyzedText;
import dev.pmdrill.text.Span;
import dev.pmdrill.text.Token;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One answer as the criteria see it: analysed once, with each term's matches found at most once
 * however many criteria ask (prose asks again for the terms of every concept and sequence).
 */
public final class Answer {
  private final AnalyzedText text;
  private final int length;
  private final Map<Term, List<Span>> matches = new IdentityHashMap<>();
  private String folded;

  private Answer(AnalyzedText text) {
    this.text = text;
    this.length = text.original().length();
  }

  public static Answer of(String text) {
    return new Answer(AnalyzedText.of(Objects.requireNonNull(text, "text")));
  }

  public AnalyzedText text() {
    return text;
  }

  public String original() {
    return text.original();
  }

  /** Every match of the term in this answer, left to right. */
  List<Span> matches(Term term) {
    return matches.computeIfAbsent(term, t -> t.find(this));
  }

  /**
   * The original text lower-cased character by character, so offsets still line up, with the two
   * non-ASCII letters that RE2's case folding equates with ASCII ones (long s, Kelvin sign) mapped
   * to them: a regex term's required literal can then be looked for with a plain search.
   */
  String folded() {
    String f = folded;
    if (f == null) {
      char[] chars = text.original().toCharArray();
      for (int i = 0; i < chars.length; i++) {
        char c = chars[i];
        chars[i] = c == '\u017F' ? 's' : c == '\u212A' ? 'k' : Character.toLowerCase(c);
      }
      f = new String(chars);
      folded = f;
    }
    return f;
  }

  /** The quoted words of a span, as the user wrote them. */
  public String quote(Span span) {
    String original = text.original();
    StringBuilder quote = new StringBuilder(span.end() - span.start());
    boolean space = false;
    for (int i = span.start(); i < span.end(); i++) {
      char c = original.charAt(i);
      if (Character.isWhitespace(c)) {
        space = quote.length() > 0;
      } else {
        if (space) {
          quote.append(' ');
          space = false;
        }
        quote.append(c);
      }
    }
    return quote.toString();
  }

  /** The answer opens with it: the match starts within the first third of the text. */
  boolean inFirstThird(Span span) {
    return span.start() * 3L < length;
  }

  /** The answer closes with it: the match ends within the last third of the text. */
  boolean inLastThird(Span span) {
    return span.end() * 3L > 2L * length;
  }

  /** Index of the first token that ends after {@code offset}, i.e. the word at or after it. */
  int tokenAt(int offset) {
    List<Token> tokens = text.tokens();
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).span().end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
