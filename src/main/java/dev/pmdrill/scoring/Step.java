package dev.pmdrill.scoring;

import java.util.List;
import java.util.Objects;

/** One part of a {@link Sequence}, present when any of its terms matches. */
public record Step(String name, List<Term> any) {
  public Step {
    Objects.requireNonNull(name, "name");
    any = List.copyOf(any);
  }
}
