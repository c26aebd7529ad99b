package dev.pmdrill.session;

import dev.pmdrill.bank.BuiltInBanks;
import dev.pmdrill.bank.Catalog;
import dev.pmdrill.bank.Location;
import dev.pmdrill.bank.Loop;
import dev.pmdrill.bank.Panel;
import dev.pmdrill.bank.Question;
import dev.pmdrill.bank.Round;
import dev.pmdrill.scoring.Band;
import dev.pmdrill.scoring.Concept;
import dev.pmdrill.scoring.Criterion;
import dev.pmdrill.scoring.CriterionInfo;
import dev.pmdrill.scoring.CriterionResult;
import dev.pmdrill.scoring.Prose;
import dev.pmdrill.scoring.Rubric;
import dev.pmdrill.scoring.Score;
import dev.pmdrill.scoring.Term;
import dev.pmdrill.scoring.Where;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** Small questions, loops and scores built by hand, and the built-in catalog. */
final class Fixtures {
  static final Location HERE = Location.startOf("test.yaml");
  static final Catalog BUILT_IN = BuiltInBanks.catalog();

  private Fixtures() {}

  static Concept concept(String name, double weight, String dimension, String probe, String term) {
    return new Concept(
        new CriterionInfo(
            name,
            weight,
            Optional.empty(),
            Optional.ofNullable(probe),
            Optional.ofNullable(dimension)),
        List.of(Term.compile(term)),
        1,
        Where.ANYWHERE);
  }

  static Prose prose(String dimension, String probe) {
    return new Prose(
        new CriterionInfo(
            "prose",
            1,
            Optional.empty(),
            Optional.ofNullable(probe),
            Optional.ofNullable(dimension)),
        Prose.DEFAULT_MIN,
        Prose.DEFAULT_TERMS,
        Prose.DEFAULT_CAP);
  }

  static Question question(String id, String category, Criterion... rubric) {
    return question(id, category, OptionalInt.empty(), rubric);
  }

  static Question question(
      String id, String category, OptionalInt difficulty, Criterion... rubric) {
    List<Criterion> criteria =
        rubric.length == 0
            ? List.of(concept("c", 1, null, null, "anything"))
            : Arrays.asList(rubric);
    return new Question(
        id,
        "test",
        category,
        "Prompt of " + id,
        Optional.of(Duration.ofMinutes(5)),
        difficulty,
        List.of(),
        List.of(),
        Optional.empty(),
        List.of(),
        new Rubric(criteria),
        List.of(),
        HERE);
  }

  /** A question of {@code category} carrying {@code tags}. */
  static Question tagged(String id, String category, String... tags) {
    Question q = question(id, category);
    return new Question(
        q.id(),
        q.bank(),
        q.category(),
        q.prompt(),
        q.time(),
        q.difficulty(),
        List.of(tags),
        q.hints(),
        q.modelAnswer(),
        q.followUps(),
        q.rubric(),
        q.examples(),
        q.location());
  }

  /**
   * A round of {@code questions} drawn from {@code categories} (any, when empty) by {@code tags}.
   */
  static Round taggedRound(String name, int questions, List<String> categories, String... tags) {
    return new Round(
        name,
        categories,
        List.of(tags),
        questions,
        Optional.empty(),
        OptionalDouble.empty(),
        1,
        HERE);
  }

  static Round round(String name, double weight, OptionalDouble gate, String... categories) {
    return new Round(name, List.of(categories), 1, Optional.empty(), gate, weight, HERE);
  }

  static Round round(String name, int questions, String... categories) {
    return new Round(
        name, List.of(categories), questions, Optional.empty(), OptionalDouble.empty(), 1, HERE);
  }

  static Loop loop(OptionalDouble pass, Optional<Panel> panel, Round... rounds) {
    return new Loop("test-loop", "test", "Test loop", List.of(rounds), pass, panel, HERE);
  }

  /** An attempt with a given total and no criterion results, for averages and gates. */
  static Attempt scored(int total) {
    Question q = question("q" + total, "cat");
    return new Attempt(
        q,
        "answer",
        new Score(total, Band.of(total), 1, List.of(), Optional.empty()),
        Duration.ofMinutes(1),
        Optional.empty(),
        false,
        OptionalInt.empty());
  }

  /** An attempt whose criteria scored as given, in rubric order, for panels. */
  static Attempt judged(Question q, double... scores) {
    return judgedCapped(q, OptionalDouble.empty(), scores);
  }

  /** As {@link #judged}, with the answer capped at {@code cap} by a prose criterion. */
  static Attempt judgedCapped(Question q, OptionalDouble cap, double... scores) {
    List<Criterion> criteria = q.rubric().criteria();
    if (criteria.size() != scores.length) {
      throw new IllegalArgumentException("one score per criterion");
    }
    List<CriterionResult> results =
        java.util.stream.IntStream.range(0, scores.length)
            .mapToObj(i -> result(criteria.get(i), scores[i], OptionalDouble.empty()))
            .toList();
    Optional<CriterionResult> cappedBy = Optional.empty();
    if (cap.isPresent()) {
      cappedBy = Optional.of(result(prose(null, null), 0, cap));
    }
    Score score = new Score(50, Band.of(50), 10, results, cappedBy);
    return new Attempt(
        q, "answer", score, Duration.ofMinutes(1), Optional.empty(), false, OptionalInt.empty());
  }

  private static CriterionResult result(Criterion c, double score, OptionalDouble cap) {
    return new CriterionResult(c, score, List.of(), List.of(), 0, cap, Optional.empty());
  }
}
