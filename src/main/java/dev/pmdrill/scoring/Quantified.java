package dev.pmdrill.scoring;

import dev.pmdrill.text.Quantity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The answer uses specific numbers: distinct quantities over {@code min}, at most 1. */
public record Quantified(CriterionInfo info, int min) implements Criterion {
  public Quantified {
    Objects.requireNonNull(info, "info");
    if (min < 1) {
      throw new IllegalArgumentException("min must be at least 1");
    }
  }

  @Override
  public boolean general() {
    return true;
  }

  @Override
  public String kind() {
    return "quantified";
  }

  @Override
  public Quantified timesWeight(double factor) {
    return new Quantified(info.timesWeight(factor), min);
  }

  @Override
  public CriterionResult evaluate(Answer answer, Rubric rubric) {
    Set<String> seen = new HashSet<>();
    List<Evidence> evidence = new ArrayList<>();
    for (Quantity q : answer.text().quantities()) {
      // 12 and 12% are different claims; 1.5 billion and 1,500,000,000 are the same one.
      if (seen.add(q.value() + (q.percent() ? "%" : "") + (q.multiplier() ? "x" : ""))) {
        evidence.add(new Evidence(answer.quote(q.span()), q.span(), "quantity"));
      }
    }
    double score = Math.min(1.0, evidence.size() / (double) min);
    List<String> missing =
        score >= 1
            ? List.of()
            : List.of(
                (min - evidence.size()) + " more number" + (min - evidence.size() == 1 ? "" : "s"));
    return CriterionResult.scored(this, score, evidence, missing);
  }
}
