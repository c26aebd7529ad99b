package dev.pmdrill.scoring;

import java.util.List;
import java.util.Objects;

/** A guesstimate lands within a factor of the reference value. */
public record Estimate(CriterionInfo info, double value, double tolerance, List<Term> unit)
    implements Criterion {
  public Estimate {
    Objects.requireNonNull(info, "info");
    unit = List.copyOf(unit);
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("value must be a positive number");
    }
    if (!(tolerance > 1) || Double.isInfinite(tolerance)) {
      throw new IllegalArgumentException("tolerance must be a factor above 1");
    }
  }

  @Override
  public String kind() {
    return "estimate";
  }

  @Override
  public Estimate timesWeight(double factor) {
    return new Estimate(info.timesWeight(factor), value, tolerance, unit);
  }
}
