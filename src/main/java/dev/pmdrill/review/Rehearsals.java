package dev.pmdrill.review;

import java.util.Objects;
import java.util.Optional;

/**
 * The reviews of the candidate's latest rehearsals of their own stories and packet examples: which
 * values and themes the stories show, and how the board would vote on the examples.
 */
public record Rehearsals(Optional<StoryBankReview> stories, Optional<PacketReview> packet) {
  public Rehearsals {
    Objects.requireNonNull(stories, "stories");
    Objects.requireNonNull(packet, "packet");
  }

  public static Rehearsals none() {
    return new Rehearsals(Optional.empty(), Optional.empty());
  }
}
