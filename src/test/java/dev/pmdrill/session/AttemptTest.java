package dev.pmdrill.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pmdrill.bank.Question;
import dev.pmdrill.scoring.Scorer;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttemptTest {
  private static final Question Q = Fixtures.BUILT_IN.question("ab-ctr-up-aov-down").orElseThrow();

  @Test
  void anAnswerIsScoredWithTheQuestionsRubric() {
    String answer = Q.modelAnswer().orElseThrow();
    Attempt a = Attempt.answered(Q, answer, Duration.ofMinutes(4));
    assertThat(a.score()).isEqualTo(Scorer.score(Q.rubric(), answer));
    assertThat(a.limit()).isEqualTo(Q.time());
    assertThat(a.skipped()).isFalse();
    assertThat(a.selfRating()).isEmpty();
  }

  @Test
  void aSkippedQuestionScoresZeroWithNoAnswer() {
    Attempt a = Attempt.skipped(Q, Duration.ofSeconds(3));
    assertThat(a.skipped()).isTrue();
    assertThat(a.answer()).isEmpty();
    assertThat(a.total()).isZero();
    assertThat(a.score().results())
        .hasSize(Q.rubric().criteria().size())
        .allSatisfy(r -> assertThat(r.score()).isZero());
  }

  @ParameterizedTest(name = "{0} used of {1}: over by {2}")
  @CsvSource({"7m, 6m, 1m", "6m, 6m, -", "5m, 6m, -", "6m30s, 6m, 30s"})
  void overtimeIsTheTimePastTheLimit(String used, String limit, String over) {
    Attempt a = Attempt.answered(Q, "x", duration(used), Optional.of(duration(limit)));
    assertThat(a.overtime())
        .isEqualTo(over.equals("-") ? Optional.empty() : Optional.of(duration(over)));
  }

  @Test
  void noLimitNoOvertime() {
    assertThat(Attempt.answered(Q, "x", Duration.ofHours(3), Optional.empty()).overtime())
        .isEmpty();
  }

  @Test
  void aSelfRatingRunsFromOneToFive() {
    Attempt a = Attempt.answered(Q, "x", Duration.ZERO);
    assertThat(a.withSelfRating(4).selfRating()).hasValue(4);
    assertThatThrownBy(() -> a.withSelfRating(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> a.withSelfRating(6)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSkipCannotCarryAnAnswer() {
    Attempt a = Attempt.answered(Q, Q.modelAnswer().orElseThrow(), Duration.ZERO);
    assertThatThrownBy(
            () -> new Attempt(Q, a.answer(), a.score(), a.used(), a.limit(), true, a.selfRating()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Duration duration(String s) {
    return dev.pmdrill.bank.Durations.parse(s).orElseThrow();
  }
}
