package dev.pmdrill.bank;

import dev.pmdrill.scoring.Rubric;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/** One interview question with its rubric, every {@code use} already resolved. */
public record Question(
    String id,
    String bank,
    String category,
    String prompt,
    Optional<Duration> time,
    OptionalInt difficulty,
    List<String> tags,
    List<String> hints,
    Optional<String> modelAnswer,
    List<String> followUps,
    Rubric rubric,
    List<Example> examples,
    Location location) {

  public Question {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(bank, "bank");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(prompt, "prompt");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(difficulty, "difficulty");
    tags = List.copyOf(tags);
    hints = List.copyOf(hints);
    Objects.requireNonNull(modelAnswer, "modelAnswer");
    followUps = List.copyOf(followUps);
    Objects.requireNonNull(rubric, "rubric");
    examples = List.copyOf(examples);
    Objects.requireNonNull(location, "location");
  }

  /** The same question scored by another rubric (the loader resolves {@code use} this way). */
  public Question withRubric(Rubric other) {
    return new Question(
        id,
        bank,
        category,
        prompt,
        time,
        difficulty,
        tags,
        hints,
        modelAnswer,
        followUps,
        other,
        examples,
        location);
  }
}
