package dev.pmdrill.history;

import java.time.Instant;
import java.util.Objects;

/** A stored attempt with its row id and the time it was recorded. */
public record StoredAttemptRow(long id, Instant at, StoredAttempt attempt) {
  public StoredAttemptRow {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(attempt, "attempt");
  }
}
