package dev.pmdrill.session;

import dev.pmdrill.bank.Round;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A round of a loop as it went: its attempts, their average (a skipped question counts 0). */
public record RoundResult(Round round, List<Attempt> attempts) {
  public RoundResult {
    Objects.requireNonNull(round, "round");
    attempts = List.copyOf(attempts);
  }

  /** The mean of the attempts' totals; 0 for a round with no attempts. */
  public double average() {
    return attempts.stream().mapToInt(Attempt::total).average().orElse(0);
  }

  /** The verdict of the round's gate, when it has one. */
  public Optional<GateVerdict> gate() {
    return round.gate().isPresent()
        ? Optional.of(new GateVerdict(round.name(), round.gate().getAsDouble(), average()))
        : Optional.empty();
  }
}
