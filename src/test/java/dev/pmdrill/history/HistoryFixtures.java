package dev.pmdrill.history;

import dev.pmdrill.bank.BuiltInBanks;
import dev.pmdrill.bank.Catalog;
import dev.pmdrill.bank.Location;
import dev.pmdrill.bank.Question;
import dev.pmdrill.scoring.Concept;
import dev.pmdrill.scoring.CriterionInfo;
import dev.pmdrill.scoring.Rubric;
import dev.pmdrill.scoring.Term;
import dev.pmdrill.scoring.Where;
import dev.pmdrill.session.Attempt;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;

/** The built-in catalog, small hand-made questions, generated attempts and a clock to move. */
final class HistoryFixtures {
  static final Catalog BUILT_IN = BuiltInBanks.catalog();
  static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");

  private HistoryFixtures() {}

  /** A clock a test sets by hand; one per test, never shared. */
  static final class TestClock extends Clock {
    private Instant now;

    TestClock(Instant now) {
      this.now = now;
    }

    void set(Instant instant) {
      now = instant;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  static Concept concept(String name, String dimension, String term) {
    return new Concept(
        new CriterionInfo(name, 1, Optional.empty(), Optional.empty(), Optional.of(dimension)),
        List.of(Term.compile(term)),
        1,
        Where.ANYWHERE);
  }

  /** A guesstimate with two concept criteria: "sanity check" and "segments". */
  static Question guesstimate(String id) {
    return new Question(
        id,
        "test-bank",
        "guesstimate",
        "How many umbrellas are sold in Hangzhou each year?",
        Optional.of(Duration.ofMinutes(5)),
        OptionalInt.empty(),
        List.of(),
        List.of(),
        Optional.empty(),
        List.of(),
        new Rubric(
            List.of(
                concept("segments", "business-acumen", "segment"),
                concept("sanity check", "technical-depth", "sanity check"))),
        List.of(),
        Location.startOf("test.yaml"));
  }

  /**
   * Attempts at built-in questions, scored for real: model answers, hints, the prompt, a few words,
   * with time used on both sides of the limit and self-ratings on some.
   */
  static List<Attempt> builtInAttempts(int n, long seed) {
    Random random = new Random(seed);
    List<Question> questions = BUILT_IN.questions();
    List<Attempt> attempts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Question q = questions.get(random.nextInt(questions.size()));
      String text;
      switch (random.nextInt(4)) {
        case 0:
          text = q.modelAnswer().orElse(q.prompt());
          break;
        case 1:
          text = String.join("\n", q.hints());
          break;
        case 2:
          text = q.prompt();
          break;
        default:
          text = "I would look at the users, then the metric, and check it, \"quickly\".";
      }
      long limit = q.time().map(Duration::getSeconds).orElse(600L);
      Attempt a = Attempt.answered(q, text, Duration.ofSeconds(random.nextInt((int) limit * 2)));
      if (random.nextBoolean()) {
        a = a.withSelfRating(1 + random.nextInt(5));
      }
      attempts.add(a);
    }
    return attempts;
  }
}
