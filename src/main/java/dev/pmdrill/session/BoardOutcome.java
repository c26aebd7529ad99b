package dev.pmdrill.session;

import dev.pmdrill.bank.Panel;
import java.util.List;
import java.util.Objects;

/** A review board's vote on a loop: every reviewer's vote, approved when enough approve. */
public record BoardOutcome(Panel panel, List<ReviewerVote> votes) implements Requirement {
  public BoardOutcome {
    Objects.requireNonNull(panel, "panel");
    votes = List.copyOf(votes);
  }

  /** Each reviewer of the panel judges every answer of the loop. */
  public static BoardOutcome of(Panel panel, List<Attempt> attempts) {
    return new BoardOutcome(
        panel, panel.reviewers().stream().map(r -> ReviewerVote.judge(r, attempts)).toList());
  }

  public int approvals() {
    return (int) votes.stream().filter(ReviewerVote::approves).count();
  }

  public int needed() {
    return panel.votes();
  }

  public boolean approved() {
    return approvals() >= needed();
  }

  @Override
  public boolean holds() {
    return approved();
  }

  /** "Approved: 3 of 5 votes, 4 needed — not approved". */
  @Override
  public String summary() {
    return "Approved: "
        + approvals()
        + " of "
        + votes.size()
        + " vote"
        + (votes.size() == 1 ? "" : "s")
        + ", "
        + needed()
        + " needed \u2014 "
        + (approved() ? "approved" : "not approved");
  }
}
