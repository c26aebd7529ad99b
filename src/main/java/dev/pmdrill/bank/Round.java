package dev.pmdrill.bank;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/** One round of a mock loop: questions drawn from its categories, maybe with a hard gate. */
public record Round(
    String name,
    List<String> categories,
    int questions,
    Optional<Duration> time,
    OptionalDouble gate,
    double weight,
    Location location) {
  public Round {
    Objects.requireNonNull(name, "name");
    categories = List.copyOf(categories);
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(gate, "gate");
    Objects.requireNonNull(location, "location");
  }
}
