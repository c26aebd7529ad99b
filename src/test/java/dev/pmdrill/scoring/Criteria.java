package dev.pmdrill.scoring;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/** Builds criteria for tests the way a bank would write them. */
final class Criteria {
  private Criteria() {}

  static List<Term> terms(String... written) {
    return Arrays.stream(written).map(Term::compile).toList();
  }

  static Concept concept(int min, Where where, String... any) {
    return new Concept(CriterionInfo.named("concept"), terms(any), min, where);
  }

  static Concept concept(String... any) {
    return concept(1, Where.ANYWHERE, any);
  }

  static Sequence sequence(String... stepTerms) {
    List<Step> steps =
        Arrays.stream(stepTerms).map(t -> new Step(t, terms(t.split("\\|")))).toList();
    return new Sequence(CriterionInfo.named("sequence"), steps);
  }

  static Quantified quantified(int min) {
    return new Quantified(CriterionInfo.named("quantified"), min);
  }

  static Estimate estimate(double value, double tolerance, String... unit) {
    return new Estimate(CriterionInfo.named("estimate"), value, tolerance, terms(unit));
  }

  static Avoid avoid(double penalty, double max, String... any) {
    return new Avoid(CriterionInfo.named("avoid"), terms(any), penalty, max);
  }

  static Length length(Integer min, Integer max) {
    return new Length(
        CriterionInfo.named("length"),
        min == null ? OptionalInt.empty() : OptionalInt.of(min),
        max == null ? OptionalInt.empty() : OptionalInt.of(max));
  }

  static Prose prose() {
    return new Prose(
        CriterionInfo.named("prose"), Prose.DEFAULT_MIN, Prose.DEFAULT_TERMS, Prose.DEFAULT_CAP);
  }

  static <C extends Criterion> C weighted(C criterion, double weight) {
    @SuppressWarnings("unchecked")
    C c = (C) criterion.timesWeight(weight);
    return c;
  }

  /** The score (0-1) one criterion gives one answer, alone in its rubric. */
  static double scoreOf(Criterion c, String answer) {
    return result(c, answer).score();
  }

  static CriterionResult result(Criterion c, String answer) {
    Rubric rubric = new Rubric(List.of(c));
    return c.evaluate(Answer.of(answer), rubric);
  }
}
