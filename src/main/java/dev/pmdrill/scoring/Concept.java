package dev.pmdrill.scoring;

import dev.pmdrill.text.Span;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The answer covers an idea: distinct matching terms over {@code min}, at most 1. A sentence of the
 * answer that says one of the {@code like} sentences in other words counts as one more term; the
 * {@code like} sentences are tried only while the terms fall short of {@code min}, as a {@link
 * Sequence} step tries them only when no term finds it, since past {@code min} they add nothing.
 */
public record Concept(CriterionInfo info, List<Term> any, int min, Where where, List<String> like)
    implements Criterion {
  public Concept {
    Objects.requireNonNull(info, "info");
    any = List.copyOf(any);
    like = List.copyOf(like);
    Objects.requireNonNull(where, "where");
    if (min < 1) {
      throw new IllegalArgumentException("min must be at least 1");
    }
  }

  public Concept(CriterionInfo info, List<Term> any, int min, Where where) {
    this(info, any, min, where, List.of());
  }

  @Override
  public String kind() {
    return "concept";
  }

  @Override
  public Concept timesWeight(double factor) {
    return new Concept(info.timesWeight(factor), any, min, where, like);
  }

  @Override
  public CriterionResult evaluate(Answer answer, Rubric rubric) {
    Predicate<Span> region =
        where == Where.START
            ? answer::inFirstThird
            : where == Where.END ? answer::inLastThird : s -> true;
    DistinctMatches found =
        new DistinctMatches(any, answer, region).withLike(like, answer, region, min);
    double score = Math.min(1.0, found.count() / (double) min);
    List<String> missing = score >= 1 ? List.of() : found.missing();
    String third = (where == Where.START ? "first" : "last") + " third";
    return where == Where.ANYWHERE
        ? CriterionResult.scored(this, score, found.evidence(), missing)
        : CriterionResult.scored(
                this,
                score,
                found.evidence(),
                missing,
                "counts only matches in the " + third + " of the answer")
            .withMisplaced(Misplaced.find(any, missing, answer, region, third));
  }

  @Override
  public List<String> likeSentences() {
    return like;
  }

  @Override
  public List<Term> ownTerms() {
    return any;
  }
}
