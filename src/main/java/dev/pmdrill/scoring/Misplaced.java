package dev.pmdrill.scoring;

import dev.pmdrill.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A term a concept with {@code where: start|end} found in the answer, but outside the part it
 * counts: the candidate said it, too early or too late. {@code region} is "first third" or "last
 * third".
 */
public record Misplaced(String term, String quote, Span span, String region) {
  public Misplaced {
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(region, "region");
  }

  /**
   * For each of {@code terms} whose text is among {@code missing}, its first match outside {@code
   * counted}, if it has one.
   */
  static List<Misplaced> find(
      List<Term> terms,
      List<String> missing,
      Answer answer,
      Predicate<Span> counted,
      String region) {
    List<Misplaced> found = new ArrayList<>();
    for (Term term : terms) {
      if (!missing.contains(term.text())) {
        continue;
      }
      for (Span span : answer.matches(term)) {
        if (!counted.test(span)) {
          found.add(new Misplaced(term.text(), answer.quote(span), span, region));
          break;
        }
      }
    }
    return List.copyOf(found);
  }
}
