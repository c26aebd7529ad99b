package dev.pmdrill.bank;

import dev.pmdrill.scoring.Criterion;

/** A rubric item as written: a criterion, or {@code use} of a named rubric to resolve later. */
sealed interface RubricEntry permits RubricEntry.Written, RubricEntry.Use {
  Location location();

  record Written(Criterion criterion, Location location) implements RubricEntry {}

  record Use(String rubric, double weight, Location location, Location nameLocation)
      implements RubricEntry {}
}
