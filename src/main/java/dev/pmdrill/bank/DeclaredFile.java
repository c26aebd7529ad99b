package dev.pmdrill.bank;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One bank file as written, before names across files are resolved. */
record DeclaredFile(
    String file,
    Optional<Bank> bank,
    Map<String, DeclaredRubric> rubrics,
    List<DeclaredQuestion> questions,
    List<DeclaredLoop> loops) {

  record DeclaredRubric(String name, List<RubricEntry> entries, Location location) {}

  /** A question whose rubric may still hold {@code use} entries. */
  record DeclaredQuestion(Question question, List<RubricEntry> rubric) {}

  /** A loop with, for each round, where its categories, tags and count are written. */
  record DeclaredLoop(Loop loop, List<DeclaredRound> rounds) {}

  /**
   * A round with the place of each category and tag item (for errors that point at the item) and of
   * its {@code questions} value.
   */
  record DeclaredRound(Round round, List<Item> categories, List<Item> tags, Location questionsAt) {}

  /** An id as written in a list, with its place. */
  record Item(String id, Location location) {}
}
