package dev.pmdrill.scoring;

import dev.pmdrill.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Counts the distinct terms an answer matches, where several terms that match the same words count
 * once: a term counts only through a match that overlaps no words already claimed by a counted
 * term. Terms are taken in the order the bank lists them, so the author decides which one a shared
 * match goes to.
 */
final class DistinctMatches {
  private final List<Evidence> counted = new ArrayList<>();
  private final List<String> missing = new ArrayList<>();

  private final List<Span> claimed = new ArrayList<>();

  DistinctMatches(List<Term> terms, Answer answer, Predicate<Span> where) {
    for (Term term : terms) {
      Span chosen = null;
      for (Span span : answer.matches(term)) {
        if (where.test(span) && !claimedAny(span)) {
          chosen = span;
          break;
        }
      }
      if (chosen == null) {
        missing.add(term.text());
      } else {
        claimed.add(chosen);
        counted.add(new Evidence(answer.quote(chosen), chosen, term.text()));
      }
    }
  }

  /**
   * Counts each {@code like} sentence that an answer sentence, not yet claimed by a term or another
   * {@code like} sentence, says in other words, until {@code enough} are counted: past that a match
   * adds nothing to the score, and each sentence tried may cost a model run.
   */
  DistinctMatches withLike(List<String> like, Answer answer, Predicate<Span> where, int enough) {
    for (String sentence : like) {
      if (counted.size() >= enough) {
        break;
      }
      answer
          .sentenceLike(sentence, span -> where.test(span) && !claimedAny(span))
          .ifPresent(
              e -> {
                claimed.add(e.span());
                counted.add(e);
              });
    }
    return this;
  }

  /** Whether a counted match already holds some of the span's words. */
  private boolean claimedAny(Span span) {
    for (int i = 0; i < claimed.size(); i++) {
      if (overlaps(claimed.get(i), span)) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlaps(Span a, Span b) {
    return a.start() < b.end() && b.start() < a.end();
  }

  int count() {
    return counted.size();
  }

  List<Evidence> evidence() {
    return counted;
  }

  List<String> missing() {
    return missing;
  }
}
