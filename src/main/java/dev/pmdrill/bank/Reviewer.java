package dev.pmdrill.bank;

import java.util.List;
import java.util.Objects;

/** A panel member who judges only the criteria of the dimensions it focuses on (all, if none). */
public record Reviewer(String name, List<String> focus, double bar) {
  public Reviewer {
    Objects.requireNonNull(name, "name");
    focus = List.copyOf(focus);
  }
}
