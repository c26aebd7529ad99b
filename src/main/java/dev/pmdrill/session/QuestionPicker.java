package dev.pmdrill.session;

import dev.pmdrill.bank.Catalog;
import dev.pmdrill.bank.Question;
import dev.pmdrill.bank.Suggestions;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;

/** Picks a drill's questions: filter by the selection, then a seeded shuffle, then the first n. */
public final class QuestionPicker {
  private QuestionPicker() {}

  /**
   * The questions of {@code selection}, in a random order fixed by {@code random}; all that match
   * when fewer than {@code count} do.
   *
   * @throws SelectionException for an unknown category or question id, or when nothing matches
   */
  public static List<Question> pick(Catalog catalog, Selection selection, RandomGenerator random) {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(selection, "selection");
    Objects.requireNonNull(random, "random");
    if (selection.questionId().isPresent()) {
      String id = selection.questionId().get();
      Question q =
          catalog
              .question(id)
              .orElseThrow(
                  () ->
                      new SelectionException(
                          "unknown question '"
                              + id
                              + "'"
                              + Suggestions.hint(id, catalog.questionIds())));
      return List.of(q);
    }
    Set<String> known = catalog.categories().keySet();
    for (String category : selection.categories()) {
      if (!known.contains(category)) {
        throw new SelectionException(
            "unknown category '" + category + "'" + Suggestions.hint(category, known));
      }
    }
    List<Question> matching =
        catalog.questions().stream()
            .filter(
                q ->
                    selection.categories().isEmpty()
                        || selection.categories().contains(q.category()))
            .filter(
                q ->
                    selection.difficulty().isEmpty()
                        || q.difficulty().equals(selection.difficulty()))
            .toList();
    if (matching.isEmpty()) {
      throw new SelectionException(describeEmpty(selection));
    }
    List<Question> shuffled = Shuffle.byId(matching, random);
    return List.copyOf(shuffled.subList(0, Math.min(selection.count(), shuffled.size())));
  }

  private static String describeEmpty(Selection selection) {
    String where =
        selection.categories().isEmpty()
            ? "the loaded banks"
            : "categor"
                + (selection.categories().size() == 1 ? "y " : "ies ")
                + String.join(", ", selection.categories());
    String level =
        selection.difficulty().isPresent()
            ? " at difficulty " + selection.difficulty().getAsInt()
            : "";
    return "no questions in " + where + level;
  }
}
