package dev.pmdrill.scoring;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An answer's total on the 0-100 scale, its band, how every criterion judged it, and the scorer
 * that gave it ({@link ScorerVersion}).
 */
public record Score(
    int total,
    Band band,
    int words,
    List<CriterionResult> results,
    Optional<CriterionResult> cappedBy,
    int scorer) {

  public Score {
    Objects.requireNonNull(band, "band");
    results = List.copyOf(results);
    Objects.requireNonNull(cappedBy, "cappedBy");
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
      Optional<CriterionResult> cappedBy) {
    this(total, band, words, results, cappedBy, ScorerVersion.CURRENT);
  }

  public List<CriterionResult> penalties() {
    return results.stream().filter(r -> r.penalty() > 0).toList();
  }
}
