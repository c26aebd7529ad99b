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
    List<Loop> loops) {

  record DeclaredRubric(String name, List<RubricEntry> entries, Location location) {}

  /** A question whose rubric may still hold {@code use} entries. */
  record DeclaredQuestion(Question question, List<RubricEntry> rubric) {}
}
