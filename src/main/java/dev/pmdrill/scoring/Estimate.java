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
   * The last quantity of the answer's last sentence that holds one; with {@code unit}, the last
   * quantity with a unit term within three words of it, where the answer has one.
   */
  private Optional<Quantity> estimateIn(Answer answer) {
    List<Quantity> quantities = answer.text().quantities();
    if (quantities.isEmpty()) {
      return Optional.empty();
    }
    if (!unit.isEmpty()) {
      for (int i = quantities.size() - 1; i >= 0; i--) {
        if (hasUnitNearby(answer, quantities.get(i))) {
          return Optional.of(quantities.get(i));
        }
      }
    }
    Quantity last = quantities.get(quantities.size() - 1);
    List<Span> sentences = answer.text().sentences();
    for (int s = sentences.size() - 1; s >= 0; s--) {
      Span sentence = sentences.get(s);
      Quantity lastInSentence = null;
      for (Quantity q : quantities) {
        if (q.span().start() >= sentence.start() && q.span().end() <= sentence.end()) {
          lastInSentence = q;
        }
      }
      if (lastInSentence != null) {
        return Optional.of(lastInSentence);
      }
    }
    return Optional.of(last);
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
