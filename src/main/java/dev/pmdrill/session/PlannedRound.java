package dev.pmdrill.session;

import dev.pmdrill.bank.Question;
import dev.pmdrill.bank.Round;
import java.util.List;
import java.util.Objects;

/** A round of a mock loop with the questions drawn for it, in the order they are asked. */
public record PlannedRound(Round round, List<Question> questions) {
  public PlannedRound {
    Objects.requireNonNull(round, "round");
    questions = List.copyOf(questions);
  }
}
