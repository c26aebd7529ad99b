package dev.pmdrill.session;

import static dev.pmdrill.session.Fixtures.scored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.pmdrill.bank.Loop;
import dev.pmdrill.bank.Panel;
import dev.pmdrill.bank.Question;
import dev.pmdrill.bank.Reviewer;
import dev.pmdrill.bank.Round;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoopOutcomeTest {
  private static final Round PRODUCT = Fixtures.round("Product", 1, OptionalDouble.empty(), "cat");
  private static final Round DATA = Fixtures.round("Data", 3, OptionalDouble.empty(), "cat");
  private static final Round CULTURE =
      Fixtures.round("Culture fit (bar raiser)", 1, OptionalDouble.of(70), "cat");

  private static Loop gated() {
    return Fixtures.loop(OptionalDouble.of(70), Optional.empty(), PRODUCT, DATA, CULTURE);
  }

  private static LoopOutcome run(Loop loop, List<List<Attempt>> rounds) {
    List<RoundResult> results =
        java.util.stream.IntStream.range(0, rounds.size())
            .mapToObj(i -> new RoundResult(loop.rounds().get(i), rounds.get(i)))
            .toList();
    return LoopOutcome.of(loop, results);
  }

  @Test
  void theAverageIsWeightedByTheRounds() {
    LoopOutcome o =
        run(
            gated(),
            List.of(List.of(scored(60), scored(80)), List.of(scored(90)), List.of(scored(75))));
    assertThat(o.rounds()).extracting(RoundResult::average).containsExactly(70.0, 90.0, 75.0);
    // (70 x 1 + 90 x 3 + 75 x 1) / 5
    assertThat(o.average()).isCloseTo(83.0, within(1e-9));
    assertThat(o.passed()).isTrue();
    assertThat(o.passMark()).hasValueSatisfying(p -> assertThat(p.holds()).isTrue());
  }

  @Test
  void aFailedGateFailsTheLoopWhateverElseScored() {
    LoopOutcome o =
        run(
            gated(),
            List.of(
                List.of(scored(100), scored(100)),
                List.of(scored(100)),
                List.of(scored(60), scored(64))));
    assertThat(o.average()).isGreaterThan(90);
    assertThat(o.passMark().orElseThrow().holds()).isTrue();
    assertThat(o.passed()).isFalse();
    GateVerdict gate = o.failedGate().orElseThrow();
    assertThat(gate.round()).isEqualTo("Culture fit (bar raiser)");
    assertThat(gate.summary())
        .isEqualTo(
            "Culture fit (bar raiser) scored 62, below its gate of 70: the loop fails whatever"
                + " else scored");
  }

  @ParameterizedTest(name = "culture {0}: gate holds {1}")
  @CsvSource({"70, true", "69, false", "71, true", "0, false"})
  void theGateIsReachedAtItsValue(int culture, boolean holds) {
    LoopOutcome o =
        run(gated(), List.of(List.of(scored(100)), List.of(scored(100)), List.of(scored(culture))));
    assertThat(o.gates()).singleElement().satisfies(g -> assertThat(g.holds()).isEqualTo(holds));
    assertThat(o.passed()).isEqualTo(holds);
  }

  @Test
  void theFirstFailedGateIsTheOneReported() {
    Round first = Fixtures.round("First", 1, OptionalDouble.of(80), "cat");
    Round second = Fixtures.round("Second", 1, OptionalDouble.of(80), "cat");
    Loop loop =
        Fixtures.loop(OptionalDouble.empty(), Optional.of(new Panel(0, List.of())), first, second);
    LoopOutcome o = run(loop, List.of(List.of(scored(50)), List.of(scored(10))));
    assertThat(o.gates()).hasSize(2);
    assertThat(o.failedGate().orElseThrow().round()).isEqualTo("First");
  }

  @Test
  void belowThePassMarkFails() {
    LoopOutcome o =
        run(gated(), List.of(List.of(scored(40)), List.of(scored(60)), List.of(scored(80))));
    assertThat(o.failedGate()).isEmpty();
    assertThat(o.passMark().orElseThrow().holds()).isFalse();
    assertThat(o.passMark().orElseThrow().summary())
        .isEqualTo("Weighted average 60, below the pass mark of 70");
    assertThat(o.passed()).isFalse();
  }

  @Test
  void aSkippedQuestionCountsZero() {
    Question q = Fixtures.question("q", "cat");
    Attempt skipped = Attempt.skipped(q, Duration.ofSeconds(10));
    LoopOutcome o =
        run(
            gated(),
            List.of(List.of(scored(90), skipped), List.of(scored(90)), List.of(scored(90))));
    assertThat(o.rounds().get(0).average()).isEqualTo(45.0);
  }

  /** A loop with a pass mark and a one-reviewer panel whose reviewer judges criterion "c". */
  @ParameterizedTest(name = "score {0}, bar {1}: passes {2}")
  @CsvSource({
    // the average reaches 70 and the reviewer (bar in column 2) approves
    "80, 75, true",
    // average fine, board rejects
    "80, 90, false",
    // board approves, average below the pass mark
    "60, 50, false",
    // both fail
    "60, 90, false"
  })
  void passAndPanelMustBothHold(int score, double bar, boolean passes) {
    Question q = Fixtures.question("q", "cat", Fixtures.concept("c", 1, null, null, "x"));
    Attempt a = Fixtures.judged(q, score / 100.0);
    Attempt withTotal =
        new Attempt(
            q,
            a.answer(),
            new dev.pmdrill.scoring.Score(
                score,
                dev.pmdrill.scoring.Band.of(score),
                1,
                a.score().results(),
                Optional.empty()),
            a.used(),
            a.limit(),
            false,
            a.selfRating());
    Panel panel = new Panel(1, List.of(new Reviewer("Judge", List.of(), bar)));
    Loop loop = Fixtures.loop(OptionalDouble.of(70), Optional.of(panel), PRODUCT);
    LoopOutcome o = run(loop, List.of(List.of(withTotal)));
    assertThat(o.requirements()).hasSize(2);
    assertThat(o.passed()).isEqualTo(passes);
  }

  @Test
  void aPanelOnlyLoopIsDecidedByTheBoard() {
    Question q = Fixtures.question("q", "cat", Fixtures.concept("c", 1, null, null, "x"));
    Panel panel =
        new Panel(
            2,
            List.of(
                new Reviewer("A", List.of(), 50),
                new Reviewer("B", List.of(), 70),
                new Reviewer("C", List.of(), 90)));
    Loop loop = Fixtures.loop(OptionalDouble.empty(), Optional.of(panel), PRODUCT);
    LoopOutcome o = run(loop, List.of(List.of(Fixtures.judged(q, 0.8))));
    assertThat(o.passMark()).isEmpty();
    BoardOutcome board = o.board().orElseThrow();
    assertThat(board.approvals()).isEqualTo(2);
    assertThat(board.summary()).isEqualTo("Approved: 2 of 3 votes, 2 needed \u2014 approved");
    assertThat(o.passed()).isTrue();
  }

  @Test
  void theResultsMustBeTheLoopsRounds() {
    Loop loop = gated();
    assertThatThrownBy(() -> LoopOutcome.of(loop, List.of(new RoundResult(PRODUCT, List.of()))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has 3 rounds, not 1");
    assertThatThrownBy(
            () ->
                LoopOutcome.of(
                    loop,
                    List.of(
                        new RoundResult(DATA, List.of()),
                        new RoundResult(PRODUCT, List.of()),
                        new RoundResult(CULTURE, List.of()))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void pointsAreCutNotRoundedSoAFailIsNeverShownAsReachingTheBar() {
    assertThat(Points.format(69.96)).isEqualTo("69.9");
    assertThat(Points.format(70)).isEqualTo("70");
    assertThat(Points.format(83.333)).isEqualTo("83.3");
    assertThat(new GateVerdict("R", 70, 69.96).summary()).contains("scored 69.9, below");
  }
}
