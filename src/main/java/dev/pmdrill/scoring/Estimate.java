package dev.pmdrill.scoring;

import dev.pmdrill.text.Quantity;
import dev.pmdrill.text.Span;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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

  /** How far around a number a unit term may stand, in words. */
  static final int UNIT_WINDOW = 3;

  @Override
  public CriterionResult evaluate(Answer answer, Rubric rubric) {
    Optional<Quantity> read = estimateIn(answer);
    String reference = "the reference is " + Numbers.format(value);
    if (read.isEmpty()) {
      return CriterionResult.scored(this, 0, List.of(), List.of("a final number"), reference);
    }
    Quantity q = read.get();
    double score = closeness(q.value());
    String note =
        reference + "; read " + Numbers.format(q.value()) + ", " + Numbers.ratio(q.value(), value);
    List<Evidence> evidence = List.of(new Evidence(answer.quote(q.span()), q.span(), "estimate"));
    return CriterionResult.scored(
        this,
        score,
        evidence,
        score > 0
            ? List.of()
            : List.of(
                "an estimate within "
                    + Numbers.format(tolerance * tolerance)
                    + "x of the reference"),
        note);
  }

  /** 1 within the factor; falls linearly on a log scale to 0 at the factor squared. */
  double closeness(double estimate) {
    if (!(estimate > 0)) {
      return 0;
    }
    double ratio = Math.abs(Math.log(estimate / value));
    double edge = Math.log(tolerance);
    if (ratio <= edge + 1e-12) {
      return 1;
    }
    return Math.max(0, 2 - ratio / edge);
  }

  /**
   * Words that mark a sentence as the answer's conclusion (English on word boundaries, Chinese
   * anywhere): the estimate is read from the last such sentence that holds a quantity.
   */
  static final List<String> CONCLUSION_WORDS =
      List.of(
          "so",
          "therefore",
          "thus",
          "hence",
          "my estimate",
          "i estimate",
          "in total",
          "about",
          "roughly",
          "approximately",
          "around",
          "overall",
          "altogether",
          "in all",
          "final",
          "in the end",
          "所以",
          "因此",
          "估计",
          "预计",
          "总共",
          "一共",
          "约",
          "大约",
          "大概",
          "总计",
          "合计",
          "共计",
          "最终",
          "综上",
          "结论",
          "算下来");

  /**
   * The quantity the answer concludes with: the last sentence that states a conclusion and holds a
   * quantity, else the last sentence that holds one; in it, the last quantity, a count before a
   * rate. With {@code unit}, a quantity with a unit term within three words is preferred: in that
   * sentence first, then anywhere in the answer (the last one, a count before a rate).
   */
  private Optional<Quantity> estimateIn(Answer answer) {
    List<Quantity> quantities = answer.text().quantities();
    if (quantities.isEmpty()) {
      return Optional.empty();
    }
    List<Span> sentences = answer.text().sentences();
    Span chosen = null;
    Span lastHolding = null;
    for (int s = sentences.size() - 1; s >= 0; s--) {
      Span sentence = sentences.get(s);
      if (!holdsQuantity(sentence, quantities)) {
        continue;
      }
      if (lastHolding == null) {
        lastHolding = sentence;
      }
      if (statesAConclusion(answer, sentence)) {
        chosen = sentence;
        break;
      }
    }
    if (chosen == null) {
      chosen = lastHolding;
    }
    Quantity inChosen = null;
    Quantity unitInChosen = null;
    Quantity unitAnywhere = null;
    for (Quantity q : quantities) {
      boolean here = chosen != null && within(q, chosen);
      if (here) {
        inChosen = preferred(inChosen, q);
      }
      if (!unit.isEmpty() && hasUnitNearby(answer, q)) {
        unitAnywhere = preferred(unitAnywhere, q);
        if (here) {
          unitInChosen = preferred(unitInChosen, q);
        }
      }
    }
    if (unitInChosen != null) {
      return Optional.of(unitInChosen);
    }
    if (unitAnywhere != null) {
      return Optional.of(unitAnywhere);
    }
    return Optional.of(inChosen != null ? inChosen : quantities.get(quantities.size() - 1));
  }

  /**
   * Of two candidates in reading order, the later one, unless it is a rate (a percentage or a
   * factor) and the earlier one is not: in "640 million parcels, 20% more than last year" the
   * estimate is 640 million.
   */
  private static Quantity preferred(Quantity earlier, Quantity later) {
    if (earlier != null && isRate(later) && !isRate(earlier)) {
      return earlier;
    }
    return later;
  }

  private static boolean isRate(Quantity q) {
    return q.percent() || q.multiplier();
  }

  private static boolean holdsQuantity(Span sentence, List<Quantity> quantities) {
    for (Quantity q : quantities) {
      if (within(q, sentence)) {
        return true;
      }
    }
    return false;
  }

  private static boolean within(Quantity q, Span sentence) {
    return q.span().start() >= sentence.start() && q.span().start() < sentence.end();
  }

  /** Whether the sentence holds one of {@link #CONCLUSION_WORDS}. */
  static boolean statesAConclusion(Answer answer, Span sentence) {
    String text = answer.folded().substring(sentence.start(), sentence.end());
    for (String word : CONCLUSION_WORDS) {
      boolean latin = word.charAt(0) < 0x80;
      int at = text.indexOf(word);
      while (at >= 0) {
        int after = at + word.length();
        if (!latin
            || (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                && (after == text.length() || !Character.isLetterOrDigit(text.charAt(after)))) {
          return true;
        }
        at = text.indexOf(word, at + 1);
      }
    }
    return false;
  }

  private boolean hasUnitNearby(Answer answer, Quantity q) {
    int first = answer.tokenAt(q.span().start());
    int last = answer.tokenAt(Math.max(q.span().start(), q.span().end() - 1));
    for (Term term : unit) {
      for (Span span : answer.matches(term)) {
        int unitFirst = answer.tokenAt(span.start());
        int unitLast = answer.tokenAt(Math.max(span.start(), span.end() - 1));
        boolean after = unitFirst > last && unitFirst - last <= UNIT_WINDOW;
        boolean before = unitLast < first && first - unitLast <= UNIT_WINDOW;
        boolean inside = span.start() >= q.span().start() && span.end() <= q.span().end();
        if (after || before || inside) {
          return true;
        }
      }
    }
    return false;
  }
}
