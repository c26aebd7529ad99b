package dev.pmdrill.scoring;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An answer's total on the 0-100 scale, its band, and how every criterion judged it. */
public record Score(
    int total,
    Band band,
    int words,
    List<CriterionResult> results,
    Optional<CriterionResult> cappedBy) {

  public Score {
    Objects.requireNonNull(band, "band");
    results = List.copyOf(results);
    Objects.requireNonNull(cappedBy, "cappedBy");
  }

  public List<CriterionResult> penalties() {
    return results.stream().filter(r -> r.penalty() > 0).toList();
  }
}
