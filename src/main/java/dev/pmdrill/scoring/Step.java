package dev.pmdrill.scoring;

import java.util.List;
import java.util.Objects;

/**
 * One part of a {@link Sequence}, present when any of its terms matches or a sentence of the answer
 * says one of its {@code like} sentences in other words.
 */
public record Step(String name, List<Term> any, List<String> like) {
  public Step {
    Objects.requireNonNull(name, "name");
    any = List.copyOf(any);
    like = List.copyOf(like);
  }

  public Step(String name, List<Term> any) {
    this(name, any, List.of());
  }
}
