package dev.pmdrill.scoring;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How one criterion judged one answer: its score from 0 to 1, the quoted evidence, what was
 * missing, and for {@code avoid} the points taken off, for {@code prose} the cap it imposes.
 */
public record CriterionResult(
    Criterion criterion,
    double score,
    List<Evidence> evidence,
    List<String> missing,
    double penalty,
    OptionalDouble cap,
    Optional<String> note) {

  public CriterionResult {
    Objects.requireNonNull(criterion, "criterion");
    evidence = List.copyOf(evidence);
    missing = List.copyOf(missing);
    Objects.requireNonNull(cap, "cap");
    Objects.requireNonNull(note, "note");
  }

  static CriterionResult scored(
      Criterion c, double score, List<Evidence> evidence, List<String> missing) {
    return new CriterionResult(
        c, score, evidence, missing, 0, OptionalDouble.empty(), Optional.empty());
  }

  static CriterionResult scored(
      Criterion c, double score, List<Evidence> evidence, List<String> missing, String note) {
    return new CriterionResult(
        c, score, evidence, missing, 0, OptionalDouble.empty(), Optional.of(note));
  }

  /** The same result with its score multiplied (general credit on an answer off the question). */
  CriterionResult scaledBy(double factor) {
    return new CriterionResult(criterion, score * factor, evidence, missing, penalty, cap, note);
  }

  /** Whether the criterion earned all it could. */
  public boolean met() {
    return score >= 1.0 - 1e-9;
  }
}
