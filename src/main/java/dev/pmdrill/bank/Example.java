package dev.pmdrill.bank;

import java.util.Objects;
import java.util.Optional;

/** A graded answer kept beside its question, checked by {@code validate}. */
public record Example(String answer, Expect expect, Optional<String> why, Location location) {
  public Example {
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(expect, "expect");
    Objects.requireNonNull(why, "why");
    Objects.requireNonNull(location, "location");
  }
}
