package dev.pmdrill.session;

import dev.pmdrill.bank.Reviewer;
import dev.pmdrill.scoring.Criterion;
import dev.pmdrill.scoring.CriterionResult;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * How one panel reviewer judged a loop: its average over the answers it could judge, how many those
 * were, and the follow-up questions ({@code probe}s) it asks about what it found missing.
 */
public record ReviewerVote(
    Reviewer reviewer, OptionalDouble average, int judged, List<String> probes) {
  public ReviewerVote {
    Objects.requireNonNull(reviewer, "reviewer");
    Objects.requireNonNull(average, "average");
    probes = List.copyOf(probes);
  }

  /**
   * Scores every answer using only the criteria of the reviewer's focus (all of them when the focus
   * is empty): {@code 100 x sum(weight x score) / sum(weight)} over those weighted criteria, capped
   * by the answer's prose cap when it bit. Answers with none of those criteria are left out.
   */
  public static ReviewerVote judge(Reviewer reviewer, List<Attempt> attempts) {
    List<Double> values = new ArrayList<>();
    Set<String> probes = new LinkedHashSet<>();
    for (Attempt attempt : attempts) {
      double weights = 0;
      double weighted = 0;
      for (CriterionResult r : attempt.score().results()) {
        Criterion c = r.criterion();
        if (!inFocus(reviewer, c)) {
          continue;
        }
        if (c.weighted()) {
          weights += c.info().weight();
          weighted += c.info().weight() * r.score();
        }
        if (!r.met()) {
          c.info().probe().ifPresent(probes::add);
        }
      }
      if (weights > 0) {
        double value = 100 * weighted / weights;
        if (attempt.score().cappedBy().isPresent()) {
          value = Math.min(value, attempt.score().cappedBy().get().cap().orElse(100));
        }
        values.add(value);
      }
    }
    OptionalDouble average = values.stream().mapToDouble(Double::doubleValue).average();
    return new ReviewerVote(reviewer, average, values.size(), List.copyOf(probes));
  }

  private static boolean inFocus(Reviewer reviewer, Criterion c) {
    return reviewer.focus().isEmpty()
        || c.info().dimension().map(reviewer.focus()::contains).orElse(false);
  }

  /** Approves when it had something to judge and its average reaches its bar. */
  public boolean approves() {
    return average.isPresent() && Points.reaches(average.getAsDouble(), reviewer.bar());
  }

  /** "average 82 against a bar of 75: approve", or why it could not judge. */
  public String summary() {
    if (average.isEmpty()) {
      return "nothing in its focus to judge: reject";
    }
    return "average "
        + Points.format(average.getAsDouble())
        + " against a bar of "
        + Points.format(reviewer.bar())
        + ": "
        + (approves() ? "approve" : "reject");
  }
}
