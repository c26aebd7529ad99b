package dev.pmdrill.scoring;

import java.util.List;
import java.util.Objects;

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
}
