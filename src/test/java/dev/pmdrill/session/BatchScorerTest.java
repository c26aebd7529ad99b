package dev.pmdrill.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pmdrill.bank.Catalog;
import dev.pmdrill.bank.Question;
import dev.pmdrill.scoring.Scorer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The batch scorer alone: answers in, outcomes out, no streams, no JSON, no picocli. */
class BatchScorerTest {
  private static final Catalog CATALOG = Fixtures.BUILT_IN;
  private static final Question QUESTION = CATALOG.questions().get(0);

  @Test
  void anAnswerScoresAsTheScorerScoresIt() {
    String answer = "We would segment users, size the market and pick a north star metric.";
    BatchScorer.Outcome outcome = new BatchScorer(CATALOG, 1).score(QUESTION.id(), answer);
    assertThat(outcome.scored()).isTrue();
    assertThat(outcome.error()).isEmpty();
    assertThat(outcome.question()).contains(QUESTION);
    assertThat(outcome.score().orElseThrow().total())
        .isEqualTo(Scorer.score(QUESTION.rubric(), answer).total());
  }

  @Test
  void anUnknownQuestionIsRefusedWithTheNearestId() {
    String typo = QUESTION.id() + "x";
    BatchScorer.Outcome outcome = new BatchScorer(CATALOG, 1).score(typo, "an answer");
    assertThat(outcome.scored()).isFalse();
    assertThat(outcome.questionId()).isEqualTo(typo);
    assertThat(outcome.error())
        .startsWith("no question '" + typo + "' is loaded")
        .contains(QUESTION.id());
  }

  @Test
  void anAnswerOverTheLimitsIsRefused() {
    BatchScorer scorer = new BatchScorer(CATALOG, 1);
    assertThat(scorer.score(QUESTION.id(), "a\0b").error())
        .isEqualTo("the answer holds NUL bytes (is it a binary file?)");
    assertThat(scorer.score(QUESTION.id(), "a".repeat(BatchScorer.MAX_ANSWER + 1)).error())
        .isEqualTo("the answer is longer than the limit of 1 MiB");
    assertThat(BatchScorer.problem("a".repeat(BatchScorer.MAX_ANSWER))).isEmpty();
  }

  @Test
  void resultsComeInTheItemsOrderFromEveryThread() {
    BatchScorer scorer = new BatchScorer(CATALOG, 2);
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    List<Integer> results = new ArrayList<>();
    // More items than the window holds (2 threads * 64), the later ones quicker than the earlier.
    scorer.inOrder(
        IntStream.range(0, 500).iterator(),
        i -> {
          threads.add(Thread.currentThread());
          busy(500 - i);
          return i;
        },
        results::add);
    assertThat(results).containsExactlyElementsOf(IntStream.range(0, 500).boxed().toList());
    // Each of the first two items starts a thread of its own: both cores are used.
    assertThat(threads).hasSize(2).allMatch(t -> t.getName().equals("pmdrill-score"));
  }

  @Test
  void aFailingItemEndsTheBatchWithItsException() {
    List<Integer> results = new ArrayList<>();
    assertThatThrownBy(
            () ->
                new BatchScorer(CATALOG, 2)
                    .inOrder(
                        IntStream.range(0, 10).iterator(),
                        i -> {
                          if (i == 3) {
                            throw new IllegalArgumentException("item 3");
                          }
                          return i;
                        },
                        results::add))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("item 3");
    assertThat(results).containsExactly(0, 1, 2);
  }

  private static void busy(int rounds) {
    long x = 0;
    for (int i = 0; i < rounds * 1000; i++) {
      x += i % 7;
    }
    assertThat(x).isNotNegative();
  }
}
