package dev.pmdrill.session;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which questions a drill asks: from these categories (all when empty), or one question by id, at
 * most {@code count} of them, optionally of one difficulty.
 */
public record Selection(
    List<String> categories, Optional<String> questionId, int count, OptionalInt difficulty) {
  public Selection {
    categories = List.copyOf(categories);
    Objects.requireNonNull(questionId, "questionId");
    Objects.requireNonNull(difficulty, "difficulty");
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1: " + count);
    }
    if (difficulty.isPresent() && (difficulty.getAsInt() < 1 || difficulty.getAsInt() > 5)) {
      throw new IllegalArgumentException("difficulty runs from 1 to 5: " + difficulty.getAsInt());
    }
  }

  /** Any {@code count} questions of the whole catalog. */
  public static Selection any(int count) {
    return new Selection(List.of(), Optional.empty(), count, OptionalInt.empty());
  }

  /** Up to {@code count} questions of the given categories. */
  public static Selection of(List<String> categories, int count) {
    return new Selection(categories, Optional.empty(), count, OptionalInt.empty());
  }

  /** Exactly one question, by id. */
  public static Selection question(String id) {
    return new Selection(List.of(), Optional.of(id), 1, OptionalInt.empty());
  }

  public Selection withDifficulty(int level) {
    return new Selection(categories, questionId, count, OptionalInt.of(level));
  }
}
