package dev.pmdrill.scoring;

import java.util.List;
import java.util.Objects;

/** The answer covers an idea: distinct matching terms over {@code min}, at most 1. */
public record Concept(CriterionInfo info, List<Term> any, int min, Where where)
    implements Criterion {
  public Concept {
    Objects.requireNonNull(info, "info");
    any = List.copyOf(any);
    Objects.requireNonNull(where, "where");
    if (min < 1) {
      throw new IllegalArgumentException("min must be at least 1");
    }
  }

  @Override
  public String kind() {
    return "concept";
  }

  @Override
  public Concept timesWeight(double factor) {
    return new Concept(info.timesWeight(factor), any, min, where);
  }
}
