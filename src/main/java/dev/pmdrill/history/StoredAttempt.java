package dev.pmdrill.history;

import dev.pmdrill.scoring.Band;
import dev.pmdrill.scoring.CriterionResult;
import dev.pmdrill.scoring.ScorerVersion;
import dev.pmdrill.session.Attempt;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * One attempt as the history keeps it: what was asked (ids and the rubric's hash), what was
 * answered, how it scored criterion by criterion and which scorer gave that score, the time against
 * the limit, the candidate's own rating and where it was taken (mode, and the loop and round for a
 * mock loop).
 */
public record StoredAttempt(
    String questionId,
    String bank,
    String category,
    String rubricHash,
    String answer,
    int total,
    Band band,
    boolean skipped,
    List<StoredCriterion> criteria,
    double avoidPenalty,
    long usedSeconds,
    OptionalLong limitSeconds,
    OptionalInt selfRating,
    String mode,
    Optional<String> loop,
    Optional<String> round,
    int scorer) {

  /** The ways an attempt can be taken. */
  public static final Set<String> MODES = Set.of("drill", "loop", "script", "score");

  public StoredAttempt {
    Objects.requireNonNull(questionId, "questionId");
    Objects.requireNonNull(bank, "bank");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(rubricHash, "rubricHash");
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(band, "band");
    criteria = List.copyOf(criteria);
    Objects.requireNonNull(limitSeconds, "limitSeconds");
    Objects.requireNonNull(selfRating, "selfRating");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(loop, "loop");
    Objects.requireNonNull(round, "round");
    if (!MODES.contains(mode)) {
      throw new IllegalArgumentException("mode must be one of drill, loop, script, score: " + mode);
    }
    if (total < 0 || total > 100) {
      throw new IllegalArgumentException("a total runs from 0 to 100: " + total);
    }
    if (selfRating.isPresent() && (selfRating.getAsInt() < 1 || selfRating.getAsInt() > 5)) {
      throw new IllegalArgumentException("a self-rating runs from 1 to 5: " + selfRating);
    }
    if (scorer < ScorerVersion.REVISION_1) {
      throw new IllegalArgumentException("a scorer is numbered from 1: " + scorer);
    }
    if (usedSeconds < 0) {
      throw new IllegalArgumentException("time used cannot be negative: " + usedSeconds);
    }
  }

  public static StoredAttempt of(
      Attempt attempt, String mode, Optional<String> loop, Optional<String> round) {
    // A skip is stored as a skip: no criterion was tried, so none is stored as missed.
    List<StoredCriterion> criteria =
        attempt.skipped()
            ? List.of()
            : attempt.score().results().stream().map(StoredAttempt::criterion).toList();
    double penalty = attempt.score().results().stream().mapToDouble(CriterionResult::penalty).sum();
    return new StoredAttempt(
        attempt.question().id(),
        attempt.question().bank(),
        attempt.question().category(),
        RubricHash.of(attempt.question()),
        attempt.answer(),
        attempt.total(),
        attempt.skipped() ? Band.of(0) : attempt.score().band(),
        attempt.skipped(),
        criteria,
        penalty,
        attempt.used().getSeconds(),
        attempt.limit().map(d -> OptionalLong.of(d.getSeconds())).orElse(OptionalLong.empty()),
        attempt.selfRating(),
        mode,
        loop,
        round,
        attempt.score().scorer());
  }

  private static StoredCriterion criterion(CriterionResult r) {
    return new StoredCriterion(
        r.criterion().kind(),
        r.criterion().name(),
        r.criterion().info().dimension(),
        r.criterion().info().weight(),
        r.score(),
        r.penalty());
  }

  /** Whether a scorer older than this build's gave the stored score. */
  public boolean olderScorer() {
    return ScorerVersion.isOlder(scorer);
  }

  /** Whether the answer ran past its limit. */
  public boolean overtime() {
    return limitSeconds.isPresent() && usedSeconds > limitSeconds.getAsLong();
  }
}
