package dev.pmdrill.scoring;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An answer's total on the 0-100 scale, its band, how every criterion judged it, and the
 * adjustments the scorer made to the whole (general credit scaled to how far the answer is on the
 * question, a short answer to a timed question), each as a sentence for the feedback.
 */
public record Score(
    int total,
    Band band,
    int words,
    List<CriterionResult> results,
    Optional<CriterionResult> cappedBy,
    List<String> adjustments) {

  public Score {
    Objects.requireNonNull(band, "band");
    results = List.copyOf(results);
    Objects.requireNonNull(cappedBy, "cappedBy");
    adjustments = List.copyOf(adjustments);
  }

  public Score(
      int total,
      Band band,
      int words,
      List<CriterionResult> results,
      Optional<CriterionResult> cappedBy) {
    this(total, band, words, results, cappedBy, List.of());
  }

  public List<CriterionResult> penalties() {
    return results.stream().filter(r -> r.penalty() > 0).toList();
  }
}
