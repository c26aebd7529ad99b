package dev.pmdrill.scoring;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/** A known weakness: points off the total per distinct matching term, up to {@code max}. */
public record Avoid(CriterionInfo info, List<Term> any, double penalty, double max)
    implements Criterion {
  public Avoid {
    Objects.requireNonNull(info, "info");
    any = List.copyOf(any);
    if (!(penalty > 0) || !(max > 0)) {
      throw new IllegalArgumentException("penalty and max must be positive");
    }
  }

  @Override
  public String kind() {
    return "avoid";
  }

  @Override
  public Avoid timesWeight(double factor) {
    return new Avoid(info.timesWeight(factor), any, penalty, max);
  }

  @Override
  public CriterionResult evaluate(Answer answer, Rubric rubric) {
    DistinctMatches found = new DistinctMatches(any, answer, s -> true);
    double points = Math.min(max, penalty * found.count());
    return new CriterionResult(
        this,
        1 - points / max,
        found.evidence(),
        List.of(),
        points,
        OptionalDouble.empty(),
        Optional.empty());
  }

  @Override
  public boolean weighted() {
    return false;
  }
}
