package dev.pmdrill.review;

import dev.pmdrill.bank.Question;
import dev.pmdrill.material.Piece;
import dev.pmdrill.scoring.Score;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One packet example judged: its score on the packet rubric of the track, the four questions every
 * example must answer, the three board dimensions (0-100), whether it reads as execution only and
 * why, which track its vocabulary argues for, and the stakeholder quote it gives as proof of
 * influence, if any.
 */
public record ExampleReview(
    Piece example,
    Question question,
    Score score,
    List<Signal> questions,
    Map<String, OptionalDouble> dimensions,
    List<String> executionSigns,
    boolean executionOnly,
    TrackReading track,
    List<String> adopters,
    Optional<String> stakeholderQuote) {

  public ExampleReview {
    Objects.requireNonNull(example, "example");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(score, "score");
    questions = List.copyOf(questions);
    dimensions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(dimensions));
    executionSigns = List.copyOf(executionSigns);
    Objects.requireNonNull(track, "track");
    adopters = List.copyOf(adopters);
    Objects.requireNonNull(stakeholderQuote, "stakeholderQuote");
  }

  public OptionalDouble dimension(String id) {
    return dimensions.getOrDefault(id, OptionalDouble.empty());
  }
}
