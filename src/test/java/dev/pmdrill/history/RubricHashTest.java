package dev.pmdrill.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pmdrill.bank.Location;
import dev.pmdrill.bank.Question;
import dev.pmdrill.history.HistoryFixtures.TestClock;
import dev.pmdrill.scoring.Avoid;
import dev.pmdrill.scoring.Concept;
import dev.pmdrill.scoring.Criterion;
import dev.pmdrill.scoring.CriterionInfo;
import dev.pmdrill.scoring.Estimate;
import dev.pmdrill.scoring.Length;
import dev.pmdrill.scoring.Prose;
import dev.pmdrill.scoring.Quantified;
import dev.pmdrill.scoring.Rubric;
import dev.pmdrill.scoring.Sequence;
import dev.pmdrill.scoring.Step;
import dev.pmdrill.scoring.Term;
import dev.pmdrill.scoring.Where;
import dev.pmdrill.session.Attempt;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rubric fingerprint covers every field that changes a score: editing any one of them marks an
 * attempt stored before the edit as scored under another rubric, and nothing else does.
 */
class RubricHashTest {
  @TempDir Path dir;

  private static final int CONCEPT = 0;
  private static final int SEQUENCE = 1;
  private static final int QUANTIFIED = 2;
  private static final int ESTIMATE = 3;
  private static final int AVOID = 4;
  private static final int LENGTH = 5;
  private static final int PROSE = 6;

  private static CriterionInfo info(String name) {
    return new CriterionInfo(
        name, 1, Optional.of("a tip"), Optional.of("a probe?"), Optional.of("business-acumen"));
  }

  private static List<Term> terms(String... written) {
    return Stream.of(written).map(Term::compile).toList();
  }

  /** One criterion of every kind, each field set, so any of them can be edited. */
  private static Question question() {
    return question(
        "Your test lifts clicks but order value drops. Do you launch?",
        List.of(
            new Concept(
                info("decision"),
                terms("launch", "/\\bRPV\\b/"),
                1,
                Where.END,
                List.of("I would ship it to everyone")),
            new Sequence(
                info("structure"),
                List.of(
                    new Step("goal", terms("goal"), List.of("first I ask what we want")),
                    new Step("decide", terms("decide")))),
            new Quantified(info("numbers"), 2),
            new Estimate(info("estimate"), 1_000_000, 3, terms("umbrellas")),
            new Avoid(info("vanity"), terms("page views"), 5, 10),
            new Length(info("length"), OptionalInt.of(50), OptionalInt.of(400)),
            new Prose(info("prose"), Prose.DEFAULT_MIN, Prose.DEFAULT_TERMS, Prose.DEFAULT_CAP)));
  }

  private static Question question(String prompt, List<Criterion> criteria) {
    return new Question(
        "ab-edit",
        "test-bank",
        "ab-conflict",
        prompt,
        Optional.of(Duration.ofMinutes(6)),
        OptionalInt.empty(),
        List.of(),
        List.of(),
        Optional.empty(),
        List.of(),
        new Rubric(criteria),
        List.of(),
        Location.startOf("test.yaml"));
  }

  private static UnaryOperator<Question> replace(int index, Criterion with) {
    return q -> {
      List<Criterion> criteria = new ArrayList<>(q.rubric().criteria());
      criteria.set(index, with);
      return q.withRubric(new Rubric(criteria));
    };
  }

  private static Concept concept(Question q) {
    return (Concept) q.rubric().criteria().get(CONCEPT);
  }

  private static Arguments edit(String field, UnaryOperator<Question> edit) {
    return Arguments.of(field, edit);
  }

  static Stream<Arguments> edits() {
    Question q = question();
    Concept c = concept(q);
    Sequence s = (Sequence) q.rubric().criteria().get(SEQUENCE);
    Estimate e = (Estimate) q.rubric().criteria().get(ESTIMATE);
    Avoid a = (Avoid) q.rubric().criteria().get(AVOID);
    Length l = (Length) q.rubric().criteria().get(LENGTH);
    Prose p = (Prose) q.rubric().criteria().get(PROSE);
    Step goal = s.steps().get(0);
    return Stream.of(
        edit(
            "prompt",
            x -> question(x.prompt() + " Explain.", x.rubric().criteria()).withRubric(x.rubric())),
        edit(
            "concept name",
            replace(CONCEPT, new Concept(info("call"), c.any(), 1, c.where(), c.like()))),
        edit("concept weight", replace(CONCEPT, c.timesWeight(2))),
        edit(
            "concept any",
            replace(
                CONCEPT,
                new Concept(
                    c.info(), terms("launch", "/\\bRPV\\b/", "ship"), 1, c.where(), c.like()))),
        edit(
            "concept regex term",
            replace(
                CONCEPT,
                new Concept(c.info(), terms("launch", "/\\bRPU\\b/"), 1, c.where(), c.like()))),
        edit(
            "concept min",
            replace(CONCEPT, new Concept(c.info(), c.any(), 2, c.where(), c.like()))),
        edit(
            "concept where",
            replace(CONCEPT, new Concept(c.info(), c.any(), 1, Where.START, c.like()))),
        edit(
            "concept like",
            replace(
                CONCEPT,
                new Concept(c.info(), c.any(), 1, c.where(), List.of("I would not ship it")))),
        edit(
            "concept like added",
            replace(
                CONCEPT,
                new Concept(
                    c.info(),
                    c.any(),
                    1,
                    c.where(),
                    List.of("I would ship it to everyone", "go")))),
        edit(
            "sequence step name",
            replace(
                SEQUENCE,
                new Sequence(
                    s.info(),
                    List.of(new Step("aim", goal.any(), goal.like()), s.steps().get(1))))),
        edit(
            "sequence step terms",
            replace(
                SEQUENCE,
                new Sequence(
                    s.info(),
                    List.of(new Step("goal", terms("objective"), goal.like()), s.steps().get(1))))),
        edit(
            "sequence step like",
            replace(
                SEQUENCE,
                new Sequence(
                    s.info(),
                    List.of(
                        new Step("goal", goal.any(), List.of("what do we want")),
                        s.steps().get(1))))),
        edit(
            "sequence step order",
            replace(SEQUENCE, new Sequence(s.info(), List.of(s.steps().get(1), goal)))),
        edit("quantified min", replace(QUANTIFIED, new Quantified(info("numbers"), 3))),
        edit("estimate value", replace(ESTIMATE, new Estimate(e.info(), 2_000_000, 3, e.unit()))),
        edit(
            "estimate tolerance",
            replace(ESTIMATE, new Estimate(e.info(), 1_000_000, 2, e.unit()))),
        edit(
            "estimate unit",
            replace(ESTIMATE, new Estimate(e.info(), 1_000_000, 3, terms("parasols")))),
        edit(
            "avoid terms",
            replace(AVOID, new Avoid(a.info(), terms("page views", "likes"), 5, 10))),
        edit("avoid penalty", replace(AVOID, new Avoid(a.info(), a.any(), 6, 10))),
        edit("avoid max", replace(AVOID, new Avoid(a.info(), a.any(), 5, 15))),
        edit("length min", replace(LENGTH, new Length(l.info(), OptionalInt.of(60), l.max()))),
        edit("length max", replace(LENGTH, new Length(l.info(), l.min(), OptionalInt.empty()))),
        edit("prose min", replace(PROSE, new Prose(p.info(), 0.1, p.terms(), p.cap()))),
        edit("prose terms", replace(PROSE, new Prose(p.info(), p.min(), 0.4, p.cap()))),
        edit("prose cap", replace(PROSE, new Prose(p.info(), p.min(), p.terms(), 30))),
        edit(
            "a criterion removed",
            x -> x.withRubric(new Rubric(x.rubric().criteria().subList(0, PROSE)))),
        edit(
            "timed",
            x ->
                new Question(
                    x.id(),
                    x.bank(),
                    x.category(),
                    x.prompt(),
                    Optional.empty(),
                    x.difficulty(),
                    x.tags(),
                    x.hints(),
                    x.modelAnswer(),
                    x.followUps(),
                    x.rubric(),
                    x.examples(),
                    x.location())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("edits")
  void editingAFieldThatChangesAScoreMarksOldAttempts(String field, UnaryOperator<Question> edit) {
    Question before = question();
    Question after = edit.apply(before);
    assertThat(after).isNotEqualTo(before);
    assertThat(RubricHash.of(after)).as(field).isNotEqualTo(RubricHash.of(before));
    try (HistoryStore store = HistoryStore.open(dir, new TestClock(HistoryFixtures.T0))) {
      StoredAttemptRow row = store.record(attemptAt(before));
      assertThat(store.rubricChanged(row, before)).as("unchanged").isFalse();
      assertThat(store.rubricChanged(row, after)).as(field).isTrue();
    }
  }

  @Test
  void everyEditIsItsOwnCase() {
    Set<String> hashes = new HashSet<>();
    hashes.add(RubricHash.of(question()));
    edits().forEach(a -> hashes.add(RubricHash.of(apply(a))));
    assertThat(hashes).hasSize((int) edits().count() + 1);
  }

  @SuppressWarnings("unchecked")
  private static Question apply(Arguments a) {
    return ((UnaryOperator<Question>) a.get()[1]).apply(question());
  }

  @Test
  void anUnchangedRubricAndWordingNoScoreReadsAreNotAnotherRubric() {
    Question before = question();
    Concept c = concept(before);
    Question reworded =
        replace(
                CONCEPT,
                new Concept(
                    new CriterionInfo(
                        "decision", 1, Optional.of("say it"), Optional.empty(), Optional.empty()),
                    c.any(),
                    c.min(),
                    c.where(),
                    c.like()))
            .apply(before);
    Question retimed =
        new Question(
            before.id(),
            before.bank(),
            before.category(),
            before.prompt(),
            Optional.of(Duration.ofMinutes(9)),
            OptionalInt.of(4),
            List.of("tag"),
            List.of("a hint"),
            Optional.of("a model answer"),
            List.of("a follow-up"),
            before.rubric(),
            List.of(),
            Location.startOf("elsewhere.yaml"));
    assertThat(RubricHash.of(question())).isEqualTo(RubricHash.of(before)).hasSize(64);
    try (HistoryStore store = HistoryStore.open(dir, new TestClock(HistoryFixtures.T0))) {
      StoredAttemptRow row = store.record(attemptAt(before));
      assertThat(store.rubricChanged(row, question())).isFalse();
      assertThat(store.rubricChanged(row, reworded)).as("tip, probe, dimension").isFalse();
      assertThat(store.rubricChanged(row, retimed)).as("time, hints, examples").isFalse();
    }
  }

  @Test
  void attemptsStoredWithTheFirstFormOfTheHashStillMatchTheirRubric() {
    Question q = question();
    String first = RubricHash.firstForm(q);
    assertThat(first).isNotEqualTo(RubricHash.of(q)).hasSize(64);
    assertThat(RubricHash.matches(first, q)).isTrue();
    // What the first form covered still tells a changed rubric apart.
    Concept c = concept(q);
    assertThat(RubricHash.matches(first, replace(CONCEPT, c.timesWeight(3)).apply(q))).isFalse();
    assertThat(RubricHash.matches(first, question(q.prompt() + "?", q.rubric().criteria())))
        .isFalse();
    // The hash of HistoryFixtures' question as revision 1 stored it, so the first form stays put.
    assertThat(RubricHash.firstForm(HistoryFixtures.guesstimate("umbrellas")))
        .isEqualTo(FIRST_FORM_OF_UMBRELLAS);
  }

  /** Computed by the released revision 1 code (and by hand); the first form must never change. */
  private static final String FIRST_FORM_OF_UMBRELLAS =
      "ddd925b6fbccfa80923e040e1ba906ca85ee8f0cfe43bbbd3309cfb4a5466338";

  @Test
  void everyBuiltInQuestionHasAFingerprint() {
    Set<String> hashes = new HashSet<>();
    for (Question q : HistoryFixtures.BUILT_IN.questions()) {
      hashes.add(RubricHash.of(q));
    }
    assertThat(hashes).hasSize(HistoryFixtures.BUILT_IN.questions().size());
  }

  private static StoredAttempt attemptAt(Question q) {
    return StoredAttempt.of(
        Attempt.answered(
            q, "We should launch: RPV rose 4%, 1.2 million umbrellas.", Duration.ofSeconds(90)),
        "drill",
        Optional.empty(),
        Optional.empty());
  }
}
