package dev.pmdrill.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A question's criteria with every {@code use} resolved, ready to score, and what the scorer needs
 * to know of the question itself: its prompt (text copied from it earns nothing), whether it is
 * timed (a timed question expects a developed answer), and which criteria are general (credit any
 * answer could earn: {@code quantified}, {@code length} and criteria of the shipped library).
 */
public record Rubric(
    List<Criterion> criteria, List<Boolean> general, Optional<String> prompt, boolean timed) {

  public Rubric {
    criteria = List.copyOf(criteria);
    general = List.copyOf(general);
    Objects.requireNonNull(prompt, "prompt");
    if (general.size() != criteria.size()) {
      throw new IllegalArgumentException("one general flag per criterion");
    }
  }

  /** Criteria alone: general by their kind only, no prompt, untimed. */
  public Rubric(List<Criterion> criteria) {
    this(criteria, byKind(criteria, List.of()), Optional.empty(), false);
  }

  /** Criteria with those brought from the shipped library marked general. */
  public static Rubric of(List<Criterion> criteria, List<Boolean> fromLibrary) {
    return new Rubric(criteria, byKind(criteria, fromLibrary), Optional.empty(), false);
  }

  /** The same rubric for a question with this prompt and time limit. */
  public Rubric forQuestion(String questionPrompt, boolean isTimed) {
    return new Rubric(criteria, general, Optional.of(questionPrompt), isTimed);
  }

  /** Whether any criterion compares sentences with {@code like} sentences (models needed). */
  public boolean usesLike() {
    return criteria.stream().anyMatch(c -> !c.likeSentences().isEmpty());
  }

  /** Whether the criterion at this index is credit any answer could earn. */
  public boolean isGeneral(int index) {
    return general.get(index);
  }

  private static List<Boolean> byKind(List<Criterion> criteria, List<Boolean> fromLibrary) {
    List<Boolean> flags = new ArrayList<>(criteria.size());
    for (int i = 0; i < criteria.size(); i++) {
      boolean library = i < fromLibrary.size() && fromLibrary.get(i);
      flags.add(library || criteria.get(i).general());
    }
    return flags;
  }
}
