package dev.pmdrill.scoring;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An answer's total on the 0-100 scale, its band, how every criterion judged it, the adjustments
 * the scorer made to the whole (general credit scaled to how far the answer is on the question, a
 * short answer to a timed question), each as a sentence for the feedback, and the scorer that gave
 * it ({@link ScorerVersion}).
 */
public record Score(
    int total,
    Band band,
    int words,
    List<CriterionResult> results,
    Optional<CriterionResult> cappedBy,
    List<String> adjustments,
    int scorer) {

  public Score {
    Objects.requireNonNull(band, "band");
    results = List.copyOf(results);
    Objects.requireNonNull(cappedBy, "cappedBy");
    adjustments = List.copyOf(adjustments);
    if (scorer < ScorerVersion.REVISION_1 || scorer > ScorerVersion.CURRENT) {
      throw new IllegalArgumentException("no scorer " + scorer + " in this build");
    }
  }

  /** A score given by this build's scorer. */
  public Score(
      int total,
      Band band,
      int words,
      List<CriterionResult> results,
      Optional<CriterionResult> cappedBy,
      List<String> adjustments) {
    this(total, band, words, results, cappedBy, adjustments, ScorerVersion.CURRENT);
  }

  /** A score given by this build's scorer, with no adjustments to the whole. */
  public Score(
      int total,
      Band band,
      int words,
      List<CriterionResult> results,
      Optional<CriterionResult> cappedBy) {
    this(total, band, words, results, cappedBy, List.of(), ScorerVersion.CURRENT);
  }

  public List<CriterionResult> penalties() {
    return results.stream().filter(r -> r.penalty() > 0).toList();
  }
}
