package dev.pmdrill.scoring;

import java.util.List;

/** A question's criteria with every {@code use} resolved, ready to score. */
public record Rubric(List<Criterion> criteria) {
  public Rubric {
    criteria = List.copyOf(criteria);
  }
}
