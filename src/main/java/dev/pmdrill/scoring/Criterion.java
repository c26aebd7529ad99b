package dev.pmdrill.scoring;

import java.util.List;

/**
 * One rule of a rubric. The kinds are a closed set, each a record that carries its own behaviour,
 * so a new kind is one record and one {@code permits} entry.
 */
public sealed interface Criterion
    permits Concept, Sequence, Quantified, Estimate, Avoid, Length, Prose {

  CriterionInfo info();

  /** The kind's key as written in a bank ("concept", "sequence", ...). */
  String kind();

  /** The same criterion with its weight multiplied, as {@code use: NAME, weight: W} brings it. */
  Criterion timesWeight(double factor);

  /** Judges one answer; {@code rubric} is the whole rubric, for kinds that look at the others. */
  CriterionResult evaluate(Answer answer, Rubric rubric);

  /** Whether it is part of the weighted sum ({@code avoid} and {@code prose} are not). */
  default boolean weighted() {
    return true;
  }

  /**
   * Whether any answer could earn it, on the question or not ({@code quantified}, {@code length}):
   * such credit counts only as far as the answer is on the question.
   */
  default boolean general() {
    return false;
  }

  /** Its {@code like} sentences (concepts and sequence steps have them). */
  default List<String> likeSentences() {
    return List.of();
  }

  /** The terms that make up "the rubric's own phrases" (those of concept and sequence). */
  default List<Term> ownTerms() {
    return List.of();
  }

  default String name() {
    return info().name();
  }
}
