package dev.pmdrill.scoring;

import java.util.Objects;
import java.util.Optional;

/** What every criterion kind shares: the name shown in feedback and the bank author's extras. */
public record CriterionInfo(
    String name,
    double weight,
    Optional<String> tip,
    Optional<String> probe,
    Optional<String> dimension) {

  public CriterionInfo {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(tip, "tip");
    Objects.requireNonNull(probe, "probe");
    Objects.requireNonNull(dimension, "dimension");
    if (!(weight > 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("weight must be a positive number: " + weight);
    }
  }

  public static CriterionInfo named(String name) {
    return new CriterionInfo(name, 1, Optional.empty(), Optional.empty(), Optional.empty());
  }

  CriterionInfo timesWeight(double factor) {
    return new CriterionInfo(name, weight * factor, tip, probe, dimension);
  }
}
