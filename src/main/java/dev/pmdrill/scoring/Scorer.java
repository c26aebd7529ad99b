package dev.pmdrill.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The contract's total: {@code 100 x sum(weight x score) / sum(weight) - sum(avoid penalties)},
 * clamped to 0-100, capped by any prose criterion the answer falls short of, rounded.
 */
public final class Scorer {
  private Scorer() {}

  public static Score score(Rubric rubric, String answerText) {
    return score(rubric, Answer.of(answerText));
  }

  public static Score score(Rubric rubric, Answer answer) {
    List<CriterionResult> results = new ArrayList<>(rubric.criteria().size());
    double weighted = 0;
    double weights = 0;
    double penalties = 0;
    Optional<CriterionResult> cappedBy = Optional.empty();
    for (Criterion criterion : rubric.criteria()) {
      CriterionResult r = criterion.evaluate(answer, rubric);
      results.add(r);
      if (criterion.weighted()) {
        weighted += criterion.info().weight() * r.score();
        weights += criterion.info().weight();
      }
      penalties += r.penalty();
      if (r.cap().isPresent()
          && (cappedBy.isEmpty() || r.cap().getAsDouble() < cappedBy.get().cap().getAsDouble())) {
        cappedBy = Optional.of(r);
      }
    }
    // A rubric of only avoid and prose demands nothing, so it starts from full marks.
    double total = (weights > 0 ? 100 * weighted / weights : 100) - penalties;
    total = Math.max(0, Math.min(100, total));
    if (cappedBy.isPresent()) {
      total = Math.min(total, cappedBy.get().cap().getAsDouble());
    }
    int rounded = (int) Math.floor(total + 0.5 + 1e-9);
    boolean capBit = cappedBy.isPresent() && total >= cappedBy.get().cap().getAsDouble() - 1e-9;
    return new Score(
        rounded,
        Band.of(rounded),
        answer.text().wordCount(),
        results,
        capBit ? cappedBy : Optional.empty());
  }
}
