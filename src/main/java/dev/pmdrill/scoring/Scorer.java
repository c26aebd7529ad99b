package dev.pmdrill.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The contract's total: {@code 100 x sum(weight x score) / sum(weight) - sum(avoid penalties)},
 * clamped to 0-100, capped by any prose criterion the answer falls short of, rounded; with revision
 * 2's two adjustments: general credit counts only as far as the answer is on the question, and a
 * timed question's answer under its word floor is scaled by its share of that floor.
 */
public final class Scorer {
  /** The share of the question's own weight at which general credit counts in full. */
  static final double ON_QUESTION = 0.5;

  /** The words a timed question expects at least, unless its own length criterion says. */
  static final int TIMED_FLOOR = 60;

  private Scorer() {}

  public static Score score(Rubric rubric, String answerText) {
    return score(rubric, Answer.of(answerText));
  }

  public static Score score(Rubric rubric, Answer unscoped) {
    Answer answer = unscoped.scopedTo(rubric);
    List<Criterion> criteria = rubric.criteria();
    List<CriterionResult> results = new ArrayList<>(criteria.size());
    double ownWeighted = 0;
    double ownWeights = 0;
    for (int i = 0; i < criteria.size(); i++) {
      Criterion criterion = criteria.get(i);
      CriterionResult r = criterion.evaluate(answer, rubric);
      results.add(r);
      if (criterion.weighted() && !rubric.isGeneral(i)) {
        ownWeighted += criterion.info().weight() * r.score();
        ownWeights += criterion.info().weight();
      }
    }
    List<String> adjustments = new ArrayList<>();
    double on = ownWeights > 0 ? ownWeighted / ownWeights : 1;
    double generalFactor = Math.min(1, on / ON_QUESTION);
    double weighted = 0;
    double weights = 0;
    double penalties = 0;
    boolean scaled = false;
    Optional<CriterionResult> cappedBy = Optional.empty();
    for (int i = 0; i < criteria.size(); i++) {
      Criterion criterion = criteria.get(i);
      CriterionResult r = results.get(i);
      if (criterion.weighted()) {
        double score = r.score();
        if (rubric.isGeneral(i) && generalFactor < 1 && score > 0) {
          score *= generalFactor;
          scaled = true;
          r = r.scaledBy(generalFactor);
          results.set(i, r);
        }
        weighted += criterion.info().weight() * score;
        weights += criterion.info().weight();
      }
      penalties += r.penalty();
      if (r.cap().isPresent()
          && (cappedBy.isEmpty() || r.cap().getAsDouble() < cappedBy.get().cap().getAsDouble())) {
        cappedBy = Optional.of(r);
      }
    }
    if (scaled) {
      adjustments.add(
          String.format(
              Locale.ROOT,
              "numbers, length and structure count at %.0f%%: the answer earns %.0f%% of what the"
                  + " question itself asks for",
              generalFactor * 100,
              on * 100));
    }
    // A rubric of only avoid and prose demands nothing, so it starts from full marks.
    double total = (weights > 0 ? 100 * weighted / weights : 100) - penalties;
    total = Math.max(0, Math.min(100, total));
    if (cappedBy.isPresent()) {
      total = Math.min(total, cappedBy.get().cap().getAsDouble());
    }
    if (rubric.timed()) {
      int floor = floorOf(criteria);
      double words = floorWords(answer);
      if (floor > 0 && words < floor) {
        total *= words / floor;
        adjustments.add(
            String.format(
                Locale.ROOT,
                "short for a timed question: %s of the %d words expected, so the total is scaled"
                    + " to %.0f%%",
                Numbers.format(Math.floor(words)),
                floor,
                100 * words / floor));
      }
    }
    int rounded = (int) Math.floor(total + 0.5 + 1e-9);
    boolean capBit = cappedBy.isPresent() && total >= cappedBy.get().cap().getAsDouble() - 1e-9;
    return new Score(
        rounded,
        Band.of(rounded),
        answer.text().wordCount(),
        results,
        capBit ? cappedBy : Optional.empty(),
        adjustments);
  }

  /** The timed floor: the question's own length minimum where it sets one, else 60 words. */
  private static int floorOf(List<Criterion> criteria) {
    for (Criterion c : criteria) {
      if (c instanceof Length && ((Length) c).min().isPresent()) {
        return ((Length) c).min().getAsInt();
      }
    }
    return TIMED_FLOOR;
  }

  /** Words for the floor: a Chinese character counts as half a word. */
  private static double floorWords(Answer answer) {
    int cjk = answer.text().cjkCount();
    return answer.text().wordCount() - cjk + cjk / 2.0;
  }
}
