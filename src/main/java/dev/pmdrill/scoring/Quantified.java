package dev.pmdrill.scoring;

import java.util.Objects;

/** The answer uses specific numbers: distinct quantities over {@code min}, at most 1. */
public record Quantified(CriterionInfo info, int min) implements Criterion {
  public Quantified {
    Objects.requireNonNull(info, "info");
    if (min < 1) {
      throw new IllegalArgumentException("min must be at least 1");
    }
  }

  @Override
  public String kind() {
    return "quantified";
  }

  @Override
  public Quantified timesWeight(double factor) {
    return new Quantified(info.timesWeight(factor), min);
  }
}
