package dev.pmdrill.history;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The FSRS memory state of one thing to practise: difficulty (1-10), stability (days until
 * retrievability falls to 90%), when it is next due, how often it was reviewed and forgotten.
 * {@code reps == 0} marks a card never reviewed.
 */
public record Card(
    double difficulty,
    double stability,
    Instant due,
    int reps,
    int lapses,
    Optional<Instant> lastReview) {

  public Card {
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(lastReview, "lastReview");
    if (reps < 0 || lapses < 0) {
      throw new IllegalArgumentException("reps and lapses cannot be negative");
    }
  }

  /** A card never reviewed, due at once. */
  public static Card fresh(Instant now) {
    return new Card(0, 0, now, 0, 0, Optional.empty());
  }

  public boolean isNew() {
    return reps == 0;
  }
}
