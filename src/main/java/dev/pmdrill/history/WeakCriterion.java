package dev.pmdrill.history;

import java.util.Objects;
import java.util.Optional;

/**
 * A criterion often missed within a category: "you miss 'sanity check' in 7 of 9 guesstimates" is
 * {@code missed = 7, seen = 9}.
 */
public record WeakCriterion(
    String category, String kind, String name, Optional<String> dimension, long missed, long seen) {
  public WeakCriterion {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(dimension, "dimension");
    if (missed < 0 || seen < missed) {
      throw new IllegalArgumentException("missed " + missed + " of " + seen);
    }
  }

  /** The share of attempts that missed it, 0-1. */
  public double missRate() {
    return seen == 0 ? 0 : missed / (double) seen;
  }
}
