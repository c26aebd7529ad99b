package dev.pmdrill.history;

import java.util.Objects;
import java.util.Optional;

/** How one criterion scored in a stored attempt: score 0-1, points off for {@code avoid}. */
public record StoredCriterion(
    String kind,
    String name,
    Optional<String> dimension,
    double weight,
    double score,
    double penalty) {

  public StoredCriterion {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(dimension, "dimension");
  }

  /** A criterion that earned less than all it could counts as missed. */
  public boolean missed() {
    return score < 1.0 - 1e-9;
  }

  /** The card key within a category: {@code kind:name}. */
  public String key() {
    return kind + ":" + name;
  }
}
