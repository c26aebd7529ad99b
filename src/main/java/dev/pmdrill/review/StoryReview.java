package dev.pmdrill.review;

import dev.pmdrill.bank.Question;
import dev.pmdrill.material.Piece;
import dev.pmdrill.scoring.CriterionResult;
import dev.pmdrill.scoring.Evidence;
import dev.pmdrill.scoring.Score;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One story judged: its score on the story rubric, its STAR parts as found (the sequence criterion
 * with the most steps), the numbers it gives (years and clock times aside) and those on its result,
 * how long it takes to say, and which values and themes it shows.
 */
public record StoryReview(
    Piece story,
    Question question,
    Score score,
    Optional<CriterionResult> star,
    List<Evidence> numbers,
    List<Evidence> resultNumbers,
    SpokenLength spoken,
    List<Signal> signals) {

  public StoryReview {
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(star, "star");
    numbers = List.copyOf(numbers);
    resultNumbers = List.copyOf(resultNumbers);
    Objects.requireNonNull(spoken, "spoken");
    signals = List.copyOf(signals);
  }

  /** Whether the result itself carries a number, not only the setting. */
  public boolean quantified() {
    return !resultNumbers.isEmpty();
  }

  public Optional<Signal> signal(String id) {
    return signals.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** The criteria of the story rubric it did not fully meet, with their tips. */
  public List<CriterionResult> missed() {
    return score.results().stream()
        .filter(r -> r.criterion().weighted() && !r.met())
        .sorted(
            java.util.Comparator.comparingDouble(
                (CriterionResult r) -> -(1 - r.score()) * r.criterion().info().weight()))
        .toList();
  }
}
