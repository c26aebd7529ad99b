package dev.pmdrill.scoring;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How one criterion judged one answer: its score from 0 to 1, the quoted evidence, what was
 * missing, and for {@code avoid} the points taken off, for {@code prose} the cap it imposes. A
 * missing term the answer said outside the part of it that counts is also {@code misplaced}.
 */
public record CriterionResult(
    Criterion criterion,
    double score,
    List<Evidence> evidence,
    List<String> missing,
    double penalty,
    OptionalDouble cap,
    Optional<String> note,
    List<Misplaced> misplaced) {

  public CriterionResult {
    Objects.requireNonNull(criterion, "criterion");
    evidence = List.copyOf(evidence);
    missing = List.copyOf(missing);
    Objects.requireNonNull(cap, "cap");
    Objects.requireNonNull(note, "note");
    misplaced = List.copyOf(misplaced);
  }

  public CriterionResult(
      Criterion criterion,
      double score,
      List<Evidence> evidence,
      List<String> missing,
      double penalty,
      OptionalDouble cap,
      Optional<String> note) {
    this(criterion, score, evidence, missing, penalty, cap, note, List.of());
  }

  /** The same result, with the missing terms the answer said in the wrong part. */
  CriterionResult withMisplaced(List<Misplaced> terms) {
    return new CriterionResult(criterion, score, evidence, missing, penalty, cap, note, terms);
  }

  /**
   * What was missing, as a candidate may read it, leaving out what was {@link #misplaced}: a regex
   * term said as what it looks for, or as the criterion's name when it cannot be said in words.
   */
  public List<String> missingToShow() {
    List<String> shown = new java.util.ArrayList<>();
    for (String m : missing) {
      if (misplaced.stream().anyMatch(p -> p.term().equals(m))) {
        continue;
      }
      String said = readable(m);
      if (!shown.contains(said)) {
        shown.add(said);
      }
    }
    return List.copyOf(shown);
  }

  private String readable(String missingItem) {
    if (missingItem.length() < 2 || !missingItem.startsWith("/") || !missingItem.endsWith("/")) {
      return missingItem; // a plain term reads as written; only patterns are looked up
    }
    for (Term t : criterion.ownTerms()) {
      if (t.text().equals(missingItem)) {
        return t.readable().orElse(criterion.name());
      }
    }
    return missingItem; // a step, or a sentence such as "a final number"
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
    return new CriterionResult(
        criterion, score * factor, evidence, missing, penalty, cap, note, misplaced);
  }

  /** Whether the criterion earned all it could. */
  public boolean met() {
    return score >= 1.0 - 1e-9;
  }
}
