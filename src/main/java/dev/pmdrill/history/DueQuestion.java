package dev.pmdrill.history;

import java.util.Objects;

/** A question's card, with the question it schedules. */
public record DueQuestion(String questionId, String category, Card card) {
  public DueQuestion {
    Objects.requireNonNull(questionId, "questionId");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(card, "card");
  }
}
