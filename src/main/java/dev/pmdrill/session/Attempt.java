package dev.pmdrill.session;

import dev.pmdrill.bank.Question;
import dev.pmdrill.scoring.Band;
import dev.pmdrill.scoring.Criterion;
import dev.pmdrill.scoring.CriterionResult;
import dev.pmdrill.scoring.Score;
import dev.pmdrill.scoring.Scorer;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One question answered (or skipped) in a drill or a loop: the text, its score, the time it took
 * against its limit, and the candidate's own rating of it (1-5). A skipped question scores 0 and
 * every criterion of its rubric 0, so a review panel counts it as missed rather than leaving it
 * out.
 */
public record Attempt(
    Question question,
    String answer,
    Score score,
    Duration used,
    Optional<Duration> limit,
    boolean skipped,
    OptionalInt selfRating) {

  public Attempt {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(used, "used");
    Objects.requireNonNull(limit, "limit");
    Objects.requireNonNull(selfRating, "selfRating");
    if (used.isNegative()) {
      throw new IllegalArgumentException("time used cannot be negative: " + used);
    }
    if (selfRating.isPresent() && (selfRating.getAsInt() < 1 || selfRating.getAsInt() > 5)) {
      throw new IllegalArgumentException("a self-rating runs from 1 to 5: " + selfRating);
    }
    if (skipped && (!answer.isEmpty() || score.total() != 0)) {
      throw new IllegalArgumentException("a skipped question has no answer and scores 0");
    }
  }

  /** Scores {@code answer} with the question's rubric; the limit is the question's own. */
  public static Attempt answered(Question question, String answer, Duration used) {
    return answered(question, answer, used, question.time());
  }

  public static Attempt answered(
      Question question, String answer, Duration used, Optional<Duration> limit) {
    return new Attempt(
        question,
        answer,
        Scorer.score(question.rubric(), answer),
        used,
        limit,
        false,
        OptionalInt.empty());
  }

  /** A question passed over: score 0, no answer. */
  public static Attempt skipped(Question question, Duration used) {
    return skipped(question, used, question.time());
  }

  public static Attempt skipped(Question question, Duration used, Optional<Duration> limit) {
    List<CriterionResult> zeros =
        question.rubric().criteria().stream().map(Attempt::missed).toList();
    Score zero = new Score(0, Band.of(0), 0, zeros, Optional.empty());
    return new Attempt(question, "", zero, used, limit, true, OptionalInt.empty());
  }

  private static CriterionResult missed(Criterion c) {
    return new CriterionResult(
        c, 0, List.of(), List.of(), 0, OptionalDouble.empty(), Optional.of("skipped"));
  }

  /** The same attempt with the candidate's own rating, 1 (poor) to 5 (excellent). */
  public Attempt withSelfRating(int rating) {
    return new Attempt(question, answer, score, used, limit, skipped, OptionalInt.of(rating));
  }

  /** The score counted in averages: 0 for a skipped question. */
  public int total() {
    return skipped ? 0 : score.total();
  }

  /** How far past the limit the answer ran, when it did. */
  public Optional<Duration> overtime() {
    return limit.map(used::minus).filter(d -> !d.isNegative() && !d.isZero());
  }
}
