package dev.pmdrill.scoring;

import java.util.List;
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
  public boolean general() {
    return true;
  }

  @Override
  public String kind() {
    return "length";
  }

  @Override
  public Length timesWeight(double factor) {
    return new Length(info.timesWeight(factor), min, max);
  }

  @Override
  public CriterionResult evaluate(Answer answer, Rubric rubric) {
    int words = answer.text().wordCount();
    double score = 1;
    String note = words + " words";
    if (min.isPresent() && words < min.getAsInt()) {
      double half = min.getAsInt() / 2.0;
      score = half <= 0 ? 1 : Math.max(0, (words - half) / half);
      note += ", fewer than " + min.getAsInt();
    } else if (max.isPresent() && words > max.getAsInt()) {
      double m = max.getAsInt();
      score = Math.max(0, (2 * m - words) / m);
      note += ", more than " + max.getAsInt();
    }
    List<String> missing = score >= 1 ? List.of() : List.of(note);
    return CriterionResult.scored(this, score, List.of(), missing, note);
  }
}
