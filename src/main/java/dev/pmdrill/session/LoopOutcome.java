package dev.pmdrill.session;

import dev.pmdrill.bank.Loop;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a mock loop went: each round's result, the average over rounds weighted by their {@code
 * weight}, and the board's vote when the loop has a panel. It passes when every gate holds, the
 * average reaches {@code pass} (when the loop has one) and the board approves (when it has one).
 */
public record LoopOutcome(
    Loop loop, List<RoundResult> rounds, double average, Optional<BoardOutcome> board) {
  public LoopOutcome {
    Objects.requireNonNull(loop, "loop");
    rounds = List.copyOf(rounds);
    Objects.requireNonNull(board, "board");
  }

  /**
   * Judges a loop's rounds, given in the loop's order.
   *
   * @throws IllegalArgumentException when the results are not the loop's rounds, in order
   */
  public static LoopOutcome of(Loop loop, List<RoundResult> results) {
    Objects.requireNonNull(loop, "loop");
    if (results.size() != loop.rounds().size()) {
      throw new IllegalArgumentException(
          "loop '"
              + loop.id()
              + "' has "
              + loop.rounds().size()
              + " rounds, not "
              + results.size());
    }
    double weights = 0;
    double weighted = 0;
    for (int i = 0; i < results.size(); i++) {
      RoundResult result = results.get(i);
      if (!result.round().equals(loop.rounds().get(i))) {
        throw new IllegalArgumentException(
            "round " + (i + 1) + " of loop '" + loop.id() + "' is not " + result.round().name());
      }
      weights += result.round().weight();
      weighted += result.round().weight() * result.average();
    }
    double average = weights > 0 ? weighted / weights : 0;
    Optional<BoardOutcome> board = loop.panel().map(p -> BoardOutcome.of(p, attempts(results)));
    return new LoopOutcome(loop, results, average, board);
  }

  private static List<Attempt> attempts(List<RoundResult> results) {
    return results.stream().flatMap(r -> r.attempts().stream()).toList();
  }

  /** Every attempt of the loop, round by round. */
  public List<Attempt> attempts() {
    return attempts(rounds);
  }

  /** The verdicts of the gated rounds, in round order. */
  public List<GateVerdict> gates() {
    return rounds.stream().flatMap(r -> r.gate().stream()).toList();
  }

  /** The first gate that failed; it fails the loop whatever else scored. */
  public Optional<GateVerdict> failedGate() {
    return gates().stream().filter(g -> !g.holds()).findFirst();
  }

  /** The weighted average against the pass mark, when the loop has one. */
  public Optional<PassMark> passMark() {
    return loop.pass().isPresent()
        ? Optional.of(new PassMark(loop.pass().getAsDouble(), average))
        : Optional.empty();
  }

  /** What the loop needs: its gates, then its pass mark, then its board. */
  public List<Requirement> requirements() {
    List<Requirement> all = new ArrayList<>(gates());
    passMark().ifPresent(all::add);
    board.ifPresent(all::add);
    return List.copyOf(all);
  }

  public boolean passed() {
    return requirements().stream().allMatch(Requirement::holds);
  }
}
