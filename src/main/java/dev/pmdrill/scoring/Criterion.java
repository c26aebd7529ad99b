package dev.pmdrill.scoring;

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

  default String name() {
    return info().name();
  }
}
