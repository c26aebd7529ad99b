package dev.pmdrill.review;

import dev.pmdrill.scoring.CriterionResult;
import dev.pmdrill.scoring.Evidence;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing a reviewer looks for (a value, a theme, a packet question), how far the text shows it,
 * and the words that show it.
 */
public record Signal(
    String id,
    String name,
    Coverage coverage,
    double score,
    List<Evidence> evidence,
    Optional<String> tip,
    Optional<String> probe) {
  public Signal {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(coverage, "coverage");
    evidence = List.copyOf(evidence);
    Objects.requireNonNull(tip, "tip");
    Objects.requireNonNull(probe, "probe");
  }

  /** One criterion's result read as a signal, named by its dimension. */
  static Signal of(String id, CriterionResult r) {
    return new Signal(
        id,
        r.criterion().name(),
        Coverage.of(r.score()),
        r.score(),
        r.evidence(),
        r.criterion().info().tip(),
        r.criterion().info().probe());
  }

  /** Several criteria answering one question: their mean score, all their evidence. */
  static Signal combined(String id, String name, List<CriterionResult> results) {
    double mean = results.stream().mapToDouble(CriterionResult::score).average().orElse(0);
    List<Evidence> evidence =
        results.stream()
            .flatMap(r -> r.evidence().stream())
            .sorted(java.util.Comparator.comparingInt(e -> e.span().start()))
            .toList();
    return new Signal(
        id,
        name,
        Coverage.of(mean),
        mean,
        distinctQuotes(evidence),
        results.stream().flatMap(r -> r.criterion().info().tip().stream()).findFirst(),
        results.stream().flatMap(r -> r.criterion().info().probe().stream()).findFirst());
  }

  private static List<Evidence> distinctQuotes(List<Evidence> evidence) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    return evidence.stream().filter(e -> seen.add(e.quote().toLowerCase())).toList();
  }
}
