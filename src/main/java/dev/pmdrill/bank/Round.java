package dev.pmdrill.bank;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One round of a mock loop: questions drawn from its categories, or from the questions carrying one
 * of its tags, or both (then a question must be of one of the categories and carry one of the
 * tags); maybe with a hard gate. A round names at least one category or tag.
 */
public record Round(
    String name,
    List<String> categories,
    List<String> tags,
    int questions,
    Optional<Duration> time,
    OptionalDouble gate,
    double weight,
    Location location) {
  public Round {
    Objects.requireNonNull(name, "name");
    categories = List.copyOf(categories);
    tags = List.copyOf(tags);
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(gate, "gate");
    Objects.requireNonNull(location, "location");
  }

  /** A round that draws by category alone. */
  public Round(
      String name,
      List<String> categories,
      int questions,
      Optional<Duration> time,
      OptionalDouble gate,
      double weight,
      Location location) {
    this(name, categories, List.of(), questions, time, gate, weight, location);
  }

  /**
   * Whether this round can ask {@code question}: of one of its categories (any, when it names none)
   * and, when it names tags, carrying at least one of them.
   */
  public boolean drawsFrom(Question question) {
    return (categories.isEmpty() || categories.contains(question.category()))
        && (tags.isEmpty() || question.tags().stream().anyMatch(tags::contains));
  }

  /**
   * What the round draws from, as messages and listings name it: {@code "technical, singles-day"},
   * {@code "technical tagged cross-functional"}, {@code "any category tagged a or b"}.
   */
  public String sources() {
    String from = categories.isEmpty() ? "any category" : String.join(", ", categories);
    return tags.isEmpty() ? from : from + " tagged " + String.join(" or ", tags);
  }
}
