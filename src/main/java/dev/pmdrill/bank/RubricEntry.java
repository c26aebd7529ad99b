package dev.pmdrill.bank;

import dev.pmdrill.scoring.Criterion;

/** A rubric item as written: a criterion, or {@code use} of a named rubric to resolve later. */
sealed interface RubricEntry permits RubricEntry.Written, RubricEntry.Use {
  Location location();

  /** The message for {@code use} of a name no loaded rubric has. */
  static String unknown(String name, java.util.Collection<String> known) {
    return "no rubric named '" + name + "' is loaded" + Suggestions.hint(name, known);
  }

  record Written(Criterion criterion, Location location) implements RubricEntry {}

  record Use(String rubric, double weight, Location location, Location nameLocation)
      implements RubricEntry {}
}
