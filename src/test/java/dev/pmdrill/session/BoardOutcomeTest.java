package dev.pmdrill.session;

import static dev.pmdrill.session.Fixtures.concept;
import static dev.pmdrill.session.Fixtures.judged;
import static dev.pmdrill.session.Fixtures.judgedCapped;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.pmdrill.bank.Panel;
import dev.pmdrill.bank.Question;
import dev.pmdrill.bank.Reviewer;
import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoardOutcomeTest {
  // rubric order: strategy (weight 2), impact (weight 1), talent (weight 1), plain (no dimension)
  private static final Question Q =
      Fixtures.question(
          "q",
          "promotion",
          concept("strategy", 2, "strategy", "Who asked you?", "s"),
          concept("impact", 1, "impact", "Who else uses it?", "i"),
          concept("talent", 1, "talent", "Who asked you?", "t"),
          concept("plain", 1, null, "Walk me through it.", "p"));
  private static final Question TALENT_FREE =
      Fixtures.question("other", "promotion", concept("impact only", 1, "impact", null, "i"));

  private static Reviewer reviewer(double bar, String... focus) {
    return new Reviewer("R", List.of(focus), bar);
  }

  @Test
  void aReviewerUsesOnlyTheCriteriaOfItsFocus() {
    Attempt a = judged(Q, 1.0, 0.5, 0.0, 0.0);
    assertThat(ReviewerVote.judge(reviewer(0, "strategy"), List.of(a)).average().getAsDouble())
        .isCloseTo(100, within(1e-9));
    assertThat(ReviewerVote.judge(reviewer(0, "impact"), List.of(a)).average().getAsDouble())
        .isCloseTo(50, within(1e-9));
    // (2 x 1 + 1 x 0) / 3
    assertThat(
            ReviewerVote.judge(reviewer(0, "strategy", "talent"), List.of(a))
                .average()
                .getAsDouble())
        .isCloseTo(200.0 / 3, within(1e-9));
  }

  @Test
  void anEmptyFocusJudgesEveryCriterion() {
    Attempt a = judged(Q, 1.0, 0.5, 0.0, 0.0);
    // (2 x 1 + 0.5 + 0 + 0) / 5
    assertThat(ReviewerVote.judge(reviewer(0), List.of(a)).average().getAsDouble())
        .isCloseTo(50, within(1e-9));
  }

  @Test
  void theProseCapCapsEveryReviewer() {
    Attempt a = judgedCapped(Q, OptionalDouble.of(40), 1.0, 1.0, 1.0, 1.0);
    assertThat(ReviewerVote.judge(reviewer(0, "strategy"), List.of(a)).average()).hasValue(40);
  }

  @Test
  void answersWithNoneOfItsCriteriaAreLeftOut() {
    Attempt full = judged(Q, 1.0, 1.0, 1.0, 1.0);
    Attempt noTalent = judged(TALENT_FREE, 0.0);
    ReviewerVote talent = ReviewerVote.judge(reviewer(80, "talent"), List.of(full, noTalent));
    assertThat(talent.judged()).isEqualTo(1);
    assertThat(talent.average()).hasValue(100);
    assertThat(talent.approves()).isTrue();
    ReviewerVote impact = ReviewerVote.judge(reviewer(80, "impact"), List.of(full, noTalent));
    assertThat(impact.judged()).isEqualTo(2);
    assertThat(impact.average()).hasValue(50);
    assertThat(impact.approves()).isFalse();
  }

  @Test
  void aReviewerWithNothingToJudgeDoesNotApproveAndSaysSo() {
    ReviewerVote vote =
        ReviewerVote.judge(reviewer(0, "no-such-dimension"), List.of(judged(Q, 1, 1, 1, 1)));
    assertThat(vote.average()).isEmpty();
    assertThat(vote.judged()).isZero();
    assertThat(vote.approves()).isFalse();
    assertThat(vote.summary()).isEqualTo("nothing in its focus to judge: reject");
  }

  @Test
  void probesAreTheDistinctOnesOfMissedCriteriaInItsFocusInRubricOrder() {
    Attempt a = judged(Q, 0.5, 1.0, 0.0, 0.0);
    Attempt b = judged(Q, 0.0, 0.0, 1.0, 1.0);
    assertThat(ReviewerVote.judge(reviewer(0), List.of(a, b)).probes())
        .containsExactly("Who asked you?", "Walk me through it.", "Who else uses it?");
    assertThat(ReviewerVote.judge(reviewer(0, "impact", "talent"), List.of(a)).probes())
        .containsExactly("Who asked you?");
    assertThat(ReviewerVote.judge(reviewer(0, "impact"), List.of(a)).probes()).isEmpty();
  }

  @Test
  void aSkippedAnswerCountsZeroForEveryReviewerAndRaisesItsProbes() {
    Attempt skipped = Attempt.skipped(Q, Duration.ZERO);
    ReviewerVote vote = ReviewerVote.judge(reviewer(0, "strategy"), List.of(skipped));
    assertThat(vote.judged()).isEqualTo(1);
    assertThat(vote.average()).hasValue(0);
    assertThat(vote.probes()).containsExactly("Who asked you?");
  }

  @ParameterizedTest(name = "{0} needed")
  @CsvSource({
    "1, true, 'Approved: 3 of 5 votes, 1 needed \u2014 approved'",
    "3, true, 'Approved: 3 of 5 votes, 3 needed \u2014 approved'",
    "4, false, 'Approved: 3 of 5 votes, 4 needed \u2014 not approved'",
    "5, false, 'Approved: 3 of 5 votes, 5 needed \u2014 not approved'"
  })
  void theBoardApprovesWithEnoughVotes(int votes, boolean approved, String summary) {
    Attempt a = judged(Q, 1.0, 0.5, 0.0, 1.0);
    Panel panel =
        new Panel(
            votes,
            List.of(
                new Reviewer("strategist", List.of("strategy"), 90), // 100: approve
                new Reviewer("impact", List.of("impact"), 50), // 50: approve
                new Reviewer("talent", List.of("talent"), 10), // 0: reject
                new Reviewer("peer", List.of(), 70), // 70: approve
                new Reviewer("absent", List.of("none"), 0))); // nothing: reject
    BoardOutcome board = BoardOutcome.of(panel, List.of(a));
    assertThat(board.votes())
        .extracting(ReviewerVote::approves)
        .containsExactly(true, true, false, true, false);
    assertThat(board.approvals()).isEqualTo(3);
    assertThat(board.approved()).isEqualTo(approved).isEqualTo(board.holds());
    assertThat(board.summary()).isEqualTo(summary);
  }

  @Test
  void aVoteSaysItsAverageAndBar() {
    ReviewerVote vote =
        ReviewerVote.judge(reviewer(75, "impact"), List.of(judged(Q, 0, 0.8, 0, 0)));
    assertThat(vote.summary()).isEqualTo("average 80 against a bar of 75: approve");
  }
}
