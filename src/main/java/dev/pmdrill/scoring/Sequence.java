package dev.pmdrill.scoring;

import java.util.List;
import java.util.Objects;

/** The answer has parts, in order: presence carries most of the credit, order the rest. */
public record Sequence(CriterionInfo info, List<Step> steps) implements Criterion {
  public Sequence {
    Objects.requireNonNull(info, "info");
    steps = List.copyOf(steps);
  }

  @Override
  public String kind() {
    return "sequence";
  }

  @Override
  public Sequence timesWeight(double factor) {
    return new Sequence(info.timesWeight(factor), steps);
  }
}
