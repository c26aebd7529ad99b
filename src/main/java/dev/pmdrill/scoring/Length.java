package dev.pmdrill.scoring;

import java.util.Objects;
import java.util.OptionalInt;

/** Developed but not rambling: full credit within the word range. */
public record Length(CriterionInfo info, OptionalInt min, OptionalInt max) implements Criterion {
  public Length {
    Objects.requireNonNull(info, "info");
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
  }

  @Override
  public String kind() {
    return "length";
  }

  @Override
  public Length timesWeight(double factor) {
    return new Length(info.timesWeight(factor), min, max);
  }
}
