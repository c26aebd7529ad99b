package dev.pmdrill.review;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The evidence marked in one stored answer, or why there is none: a question gone from the catalog
 * or a rubric changed since the attempt (its old evidence cannot be found again).
 */
public record AnswerMarks(List<Highlight> highlights, Optional<String> unavailable) {
  public AnswerMarks {
    highlights = List.copyOf(highlights);
    Objects.requireNonNull(unavailable, "unavailable");
  }

  public static AnswerMarks of(List<Highlight> highlights) {
    return new AnswerMarks(highlights, Optional.empty());
  }

  public static AnswerMarks unavailable(String why) {
    return new AnswerMarks(List.of(), Optional.of(why));
  }
}
