package dev.pmdrill.scoring;

import java.util.Objects;

/** Reasoning in sentences: an answer that reads as a list of terms has its total capped. */
public record Prose(CriterionInfo info, double min, double terms, double cap) implements Criterion {
  public static final double DEFAULT_MIN = 0.15;
  public static final double DEFAULT_TERMS = 0.5;
  public static final double DEFAULT_CAP = 40;

  public Prose {
    Objects.requireNonNull(info, "info");
  }

  @Override
  public String kind() {
    return "prose";
  }

  @Override
  public Prose timesWeight(double factor) {
    return new Prose(info.timesWeight(factor), min, terms, cap);
  }
}
