package dev.pmdrill.prep;

import dev.pmdrill.bank.Catalog;
import dev.pmdrill.bank.Question;
import dev.pmdrill.history.StoredAttempt;
import dev.pmdrill.history.StoredCriterion;
import dev.pmdrill.scoring.Criterion;
import dev.pmdrill.scoring.Rubric;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A framework the PM guide tells candidates to review, and how an answer is known to have used it:
 * its question's rubric uses the framework's library rubric, or the question is tagged with the
 * framework's tag, or tagged {@value #TAG} with a prompt that names the framework.
 */
record Framework(String id, String name, String rubric, String tag, Pattern named) {
  /** The tag of a question that asks for a framework named in its prompt. */
  static final String TAG = "framework";

  /** SWOT, the 4P marketing mix and MECE, in the order the guide names them. */
  static final List<Framework> ALL =
      List.of(
          new Framework("swot", "SWOT", "pmdrill/swot", "swot", Pattern.compile("\\bSWOT\\b")),
          new Framework(
              "4p",
              "4P marketing mix",
              "pmdrill/4p",
              "4p",
              Pattern.compile("\\b4 ?Ps?\\b|marketing mix|营销组合", Pattern.CASE_INSENSITIVE)),
          new Framework("mece", "MECE", "pmdrill/mece", "mece", Pattern.compile("\\bMECE\\b")));

  Framework {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(rubric, "rubric");
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(named, "named");
  }

  /** Whether answering this question uses the framework. */
  boolean calledForBy(Catalog catalog, Question question) {
    List<String> tags = question.tags().stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
    if (tags.contains(tag)) {
      return true;
    }
    if (tags.contains(TAG) && named.matcher(question.prompt()).find()) {
      return true;
    }
    Optional<Rubric> library = catalog.rubric(rubric);
    return library.isPresent()
        && !library.get().criteria().isEmpty()
        && library.get().criteria().stream().allMatch(c -> brought(question.rubric(), c));
  }

  /**
   * Whether a stored attempt answered a question calling for the framework: by its question when it
   * is loaded, else by the criteria stored with it, which hold every criterion of the library
   * rubric.
   */
  boolean calledForIn(Catalog catalog, StoredAttempt attempt) {
    Optional<Question> question = catalog.question(attempt.questionId());
    if (question.isPresent()) {
      return calledForBy(catalog, question.get());
    }
    List<StoredCriterion> stored = libraryCriteria(catalog, attempt);
    return !stored.isEmpty();
  }

  /**
   * Whether a stored attempt used the framework: it answered a question calling for it and, where
   * the framework's library criteria were scored, earned credit on at least one of them.
   */
  boolean usedIn(Catalog catalog, StoredAttempt attempt) {
    if (attempt.skipped() || !calledForIn(catalog, attempt)) {
      return false;
    }
    List<StoredCriterion> stored = libraryCriteria(catalog, attempt);
    return stored.isEmpty() || stored.stream().anyMatch(c -> c.score() > 0);
  }

  /** The attempt's stored criteria that are the library rubric's, when it holds all of them. */
  private List<StoredCriterion> libraryCriteria(Catalog catalog, StoredAttempt attempt) {
    Optional<Rubric> library = catalog.rubric(rubric);
    if (library.isEmpty() || library.get().criteria().isEmpty()) {
      return List.of();
    }
    List<StoredCriterion> found =
        attempt.criteria().stream()
            .filter(s -> library.get().criteria().stream().anyMatch(c -> same(s, c)))
            .toList();
    boolean all =
        library.get().criteria().stream().allMatch(c -> found.stream().anyMatch(s -> same(s, c)));
    return all ? found : List.of();
  }

  /** A criterion of the library in a question's rubric: same kind and name, marked as library's. */
  private static boolean brought(Rubric rubric, Criterion wanted) {
    for (int i = 0; i < rubric.criteria().size(); i++) {
      Criterion c = rubric.criteria().get(i);
      if (rubric.isGeneral(i) && c.kind().equals(wanted.kind()) && c.name().equals(wanted.name())) {
        return true;
      }
    }
    return false;
  }

  private static boolean same(StoredCriterion stored, Criterion wanted) {
    return stored.kind().equals(wanted.kind()) && stored.name().equals(wanted.name());
  }
}
