package dev.pmdrill.bank;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One round of a mock loop: questions drawn from its categories, maybe with a hard gate.
 *
 * @param categoryLocations where each of the categories is written, in the same order; empty for a
 *     round made in code, whose categories are then placed at the round itself
 */
public record Round(
    String name,
    List<String> categories,
    int questions,
    Optional<Duration> time,
    OptionalDouble gate,
    double weight,
    Location location,
    List<Location> categoryLocations) {
  public Round {
    Objects.requireNonNull(name, "name");
    categories = List.copyOf(categories);
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(gate, "gate");
    Objects.requireNonNull(location, "location");
    categoryLocations = List.copyOf(categoryLocations);
    if (!categoryLocations.isEmpty() && categoryLocations.size() != categories.size()) {
      throw new IllegalArgumentException("one location per category, or none");
    }
  }

  /** Where the {@code index}th category is written, or the round's place when that is unknown. */
  public Location categoryLocation(int index) {
    return categoryLocations.isEmpty() ? location : categoryLocations.get(index);
  }
}
