package dev.pmdrill.bank;

import java.util.List;

/** A review board: the loop passes when at least {@code votes} reviewers approve. */
public record Panel(int votes, List<Reviewer> reviewers) {
  public Panel {
    reviewers = List.copyOf(reviewers);
  }
}
