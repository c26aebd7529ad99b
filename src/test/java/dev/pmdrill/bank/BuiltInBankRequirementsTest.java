package dev.pmdrill.bank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pmdrill.scoring.Band;
import dev.pmdrill.scoring.Concept;
import dev.pmdrill.scoring.Criterion;
import dev.pmdrill.scoring.Rubric;
import dev.pmdrill.scoring.Scorer;
import dev.pmdrill.scoring.Sequence;
import dev.pmdrill.scoring.Step;
import dev.pmdrill.scoring.Term;
import dev.pmdrill.scoring.Where;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bar every built-in question meets, so a later edit cannot quietly thin a bank: the fields a
 * candidate relies on, a rubric with structure, a prose guard and the family's mistakes, and graded
 * examples that span the bands.
 */
class BuiltInBankRequirementsTest {
  /**
   * The eight families the banks started with and the offer talks, held to twelve questions each.
   */
  static final Set<String> ORIGINAL_FAMILIES =
      Set.of(
          "guesstimate",
          "ab-conflict",
          "singles-day",
          "culture-fit",
          "product-design",
          "metrics",
          "promotion",
          "technical",
          "offer");

  /**
   * The families added since (the cross-functional round, the hiring screens and the final round)
   * each answer one round of a loop that draws one or two questions, so they are held to four:
   * enough that a round does not ask the same question every time, without padding a round with
   * near-duplicates.
   */
  static final Set<String> ROUND_FAMILIES = Set.of("cross-functional", "screen", "final");

  static final Set<String> FAMILIES =
      Stream.concat(ORIGINAL_FAMILIES.stream(), ROUND_FAMILIES.stream())
          .collect(Collectors.toUnmodifiableSet());

  private static Catalog catalog;

  @BeforeAll
  static void load() {
    LoadResult result = BuiltInBanks.loaded();
    assertThat(result.hasErrors()).isFalse();
    catalog = result.catalog();
  }

  static Stream<Question> questions() {
    load();
    return catalog.questions().stream();
  }

  @Test
  void atLeast120QuestionsTwelveInEachOriginalFamilyAndFourInEachNewerOne() {
    Map<String, Integer> byCategory = catalog.categories();
    assertThat(byCategory.keySet()).containsExactlyInAnyOrderElementsOf(FAMILIES);
    byCategory.forEach(
        (category, n) ->
            assertThat(n)
                .as("questions in %s", category)
                .isGreaterThanOrEqualTo(ORIGINAL_FAMILIES.contains(category) ? 12 : 4));
    assertThat(catalog.questions()).hasSizeGreaterThanOrEqualTo(120);
  }

  @Test
  void atLeastFifteenQuestionsCarryChinese() {
    long chinese =
        catalog.questions().stream()
            .filter(
                q ->
                    q.examples().stream().anyMatch(e -> hasCjk(e.answer()))
                        && q.rubric().criteria().stream()
                            .flatMap(c -> c.ownTerms().stream())
                            .anyMatch(t -> hasCjk(t.text())))
            .count();
    assertThat(chinese).isGreaterThanOrEqualTo(15);
  }

  @Test
  void theThreeLoops() {
    Loop pm = catalog.loop("alibaba-pm").orElseThrow();
    assertThat(pm.rounds())
        .anySatisfy(
            r -> {
              assertThat(r.categories()).containsExactly("culture-fit");
              assertThat(r.gate()).isPresent();
            });
    assertThat(pm.pass()).isPresent();
    Loop p7 = catalog.loop("p7-engineer").orElseThrow();
    assertThat(p7.rounds().stream().map(Round::weight).distinct().count())
        .as("rounds weighted by pillar")
        .isGreaterThan(1);
    Panel board = catalog.loop("p9-review-board").orElseThrow().panel().orElseThrow();
    assertThat(board.reviewers()).hasSize(5);
    assertThat(board.votes()).isEqualTo(4);
    assertThat(board.reviewers())
        .filteredOn(r -> !r.focus().isEmpty())
        .hasSizeGreaterThanOrEqualTo(3);
  }

  /**
   * The board the promotion guide describes: five senior reviewers, the business unit's CPO and at
   * least one P10 among them; the sponsor briefs the members and has no vote, and the loop says so.
   */
  @Test
  void theP9BoardIsSeatedAsTheGuideDescribes() {
    Panel board = catalog.loop("p9-review-board").orElseThrow().panel().orElseThrow();
    List<String> names =
        board.reviewers().stream().map(Reviewer::name).collect(Collectors.toList());
    assertThat(names).hasSize(5).anyMatch(n -> n.contains("CPO")).anyMatch(n -> n.contains("P10"));
    assertThat(names).noneMatch(n -> n.toLowerCase(Locale.ROOT).contains("sponsor"));
    Bank bank =
        catalog.banks().stream()
            .filter(b -> b.id().equals("loop-p9-review-board"))
            .findFirst()
            .orElseThrow();
    assertThat(bank.description().orElseThrow()).containsPattern("sponsor[^.]*does not vote");
  }

  /** The horizon a Staff PM is asked to see ahead, as the promotion guide puts it. */
  @Test
  void theNextHorizonIsEighteenToTwentyFourMonths() {
    assertThat(catalog.question("pr-next-horizon").orElseThrow().prompt())
        .contains("18 to 24 months");
  }

  /**
   * P6 is the senior engineer and P7 the expert level above it: wherever a bank's title,
   * description or prompt says "senior engineer", the level it last names in that sentence is P6.
   */
  @Test
  void theSeniorEngineerIsP6() {
    List<String> texts = new ArrayList<>();
    catalog.banks().forEach(b -> texts.add(b.title() + ". " + b.description().orElse("")));
    catalog.questions().forEach(q -> texts.add(q.prompt()));
    Pattern senior = Pattern.compile("([^.!?]*?)senior engineer", Pattern.CASE_INSENSITIVE);
    Pattern level = Pattern.compile("\\bP(\\d+)\\b");
    List<String> wrong = new ArrayList<>();
    for (String text : texts) {
      Matcher m = senior.matcher(text);
      while (m.find()) {
        Matcher l = level.matcher(m.group(1));
        String last = null;
        while (l.find()) {
          last = l.group(1);
        }
        if (last != null && !last.equals("6")) {
          wrong.add(m.group());
        }
      }
    }
    assertThat(wrong).as("sentences that make P%s a senior engineer", "7+").isEmpty();
  }

  /** Where the lists of what the banks do not meet yet are kept; each may only shrink. */
  private static final Path DEBT = Path.of("src/test/resources/requirements-debt");

  /**
   * Every concept and sequence step of a question's own rubric (named rubrics of the banks
   * included, the tool's library left out) says its idea in at least three {@code like} sentences,
   * at least one of them Chinese.
   */
  @Test
  void everyConceptAndStepHasLikeSentencesWithAChineseOne() throws IOException {
    List<String> found = new ArrayList<>();
    forEachOwnCriterion(
        (where, c) -> {
          if (c instanceof Concept) {
            likeProblems(found, where + ": concept '" + c.name() + "'", ((Concept) c).like());
          } else if (c instanceof Sequence) {
            for (Step step : ((Sequence) c).steps()) {
              likeProblems(
                  found, where + ": step '" + step.name() + "' of '" + c.name() + "'", step.like());
            }
          }
        });
    DebtList.assertOnlyShrinks(DEBT.resolve("like.txt"), found);
  }

  private static void likeProblems(List<String> found, String what, List<String> like) {
    if (like.size() < 3) {
      found.add(what + " has fewer than 3 like sentences");
    }
    if (like.stream().noneMatch(BuiltInBankRequirementsTest::hasCjk)) {
      found.add(what + " has no Chinese like sentence");
    }
  }

  /**
   * Every concept lists at least 3 Chinese terms for every 4 English ones: a term with a CJK
   * character is Chinese, one with a Latin letter (outside a regex's escapes) and none is English.
   */
  @Test
  void everyConceptListsThreeChineseTermsForEveryFourEnglish() throws IOException {
    List<String> found = new ArrayList<>();
    forEachOwnCriterion(
        (where, c) -> {
          if (c instanceof Concept) {
            long chinese = 0;
            long english = 0;
            for (Term t : ((Concept) c).any()) {
              if (hasCjk(t.text())) {
                chinese++;
              } else if (isEnglish(t.text())) {
                english++;
              }
            }
            if (chinese * 4 < english * 3) {
              found.add(
                  where
                      + ": concept '"
                      + c.name()
                      + "' has fewer than 3 Chinese terms for every 4 English ones");
            }
          }
        });
    DebtList.assertOnlyShrinks(DEBT.resolve("chinese-terms.txt"), found);
  }

  /** Every question has at least five graded examples, at least one of them in Chinese. */
  @Test
  void everyQuestionHasFiveExamplesWithAChineseOne() throws IOException {
    List<String> found = new ArrayList<>();
    for (Question q : catalog.questions()) {
      if (q.examples().size() < 5) {
        found.add(q.id() + " has fewer than 5 examples");
      }
      if (q.examples().stream().noneMatch(e -> hasCjk(e.answer()))) {
        found.add(q.id() + " has no Chinese example");
      }
    }
    DebtList.assertOnlyShrinks(DEBT.resolve("examples.txt"), found);
  }

  /**
   * The alibaba-pm cross-functional round (the round named so or drawing that tag, as the loaded
   * loop plans it) draws collaboration questions by the tag {@code cross-functional}, and never a
   * {@code technical} one.
   */
  @Test
  void theCrossFunctionalRoundDrawsCollaborationNotTechnicalQuestions() throws IOException {
    List<Round> rounds =
        catalog.loop("alibaba-pm").orElseThrow().rounds().stream()
            .filter(
                r ->
                    r.name().toLowerCase(Locale.ROOT).contains("cross-functional")
                        || r.tags().contains("cross-functional"))
            .collect(Collectors.toList());
    assertThat(rounds).as("the alibaba-pm loop's cross-functional round").hasSize(1);
    Round round = rounds.get(0);
    List<String> found = new ArrayList<>();
    if (!round.tags().contains("cross-functional")) {
      found.add("the cross-functional round does not draw by the tag cross-functional");
    }
    catalog.questions().stream()
        .filter(q -> q.category().equals("technical") && round.drawsFrom(q))
        .forEach(
            q -> found.add("the cross-functional round draws the technical question " + q.id()));
    DebtList.assertOnlyShrinks(DEBT.resolve("cross-functional.txt"), found);
  }

  /**
   * Each criterion of the banks' own rubrics, with the place it is written: a named rubric of a
   * bank once (as {@code rubric NAME}, whichever questions use it), then each question's own
   * criteria. What the tool's shipped library brings is not the banks' and is left out.
   */
  private static void forEachOwnCriterion(BiConsumer<String, Criterion> action) {
    Set<Criterion> library = new HashSet<>();
    catalog.rubrics().entrySet().stream()
        .filter(e -> e.getKey().startsWith(RubricLibrary.PREFIX))
        .forEach(e -> library.addAll(e.getValue().criteria()));
    Set<Criterion> named = new HashSet<>(library);
    catalog.rubrics().entrySet().stream()
        .filter(e -> !e.getKey().startsWith(RubricLibrary.PREFIX))
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> own(e.getValue(), "rubric " + e.getKey(), named::add, action));
    for (Question q : catalog.questions()) {
      own(q.rubric(), q.id(), c -> !named.contains(c), action);
    }
  }

  /** The criteria of {@code rubric} the shipped library did not bring, and {@code keep} keeps. */
  private static void own(
      Rubric rubric,
      String where,
      Predicate<Criterion> keep,
      BiConsumer<String, Criterion> action) {
    List<Criterion> criteria = rubric.criteria();
    for (int i = 0; i < criteria.size(); i++) {
      if (!rubric.isGeneral(i) && keep.test(criteria.get(i))) {
        action.accept(where, criteria.get(i));
      }
    }
  }

  /** A term with a Latin letter that is not a regex escape (as in {@code \\d}). */
  private static boolean isEnglish(String term) {
    String letters = term.startsWith("/") ? term.replaceAll("\\\\.", "") : term;
    return letters.chars().anyMatch(ch -> ch < 128 && Character.isLetter(ch));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("questions")
  void everyQuestionMeetsTheBar(Question q) {
    List<String> missing = new ArrayList<>();
    check(missing, q.time().isPresent(), "a time");
    check(missing, q.difficulty().isPresent(), "a difficulty");
    check(missing, !q.tags().isEmpty(), "tags");
    check(missing, q.hints().size() >= 2, "two hints");
    check(missing, q.followUps().size() >= 2, "two follow-ups");
    check(missing, q.modelAnswer().isPresent(), "a model answer");
    q.modelAnswer()
        .ifPresent(
            m -> {
              int score = Scorer.score(q.rubric(), m).total();
              check(
                  missing,
                  score >= 85,
                  "a model answer that scores strong (it scores " + score + ")");
            });
    List<Criterion> criteria = q.rubric().criteria();
    check(missing, criteria.size() >= 4, "four criteria");
    check(
        missing,
        criteria.stream().anyMatch(BuiltInBankRequirementsTest::isStructure),
        "a structure criterion");
    check(missing, criteria.stream().anyMatch(c -> c.kind().equals("prose")), "a prose guard");
    check(
        missing,
        criteria.stream().anyMatch(c -> c.kind().equals("avoid")),
        "an avoid for the family's mistakes");
    double heaviest =
        criteria.stream()
            .filter(Criterion::weighted)
            .mapToDouble(c -> c.info().weight())
            .max()
            .orElse(1);
    check(
        missing,
        criteria.stream()
            .filter(c -> c.weighted() && c.info().weight() == heaviest)
            .anyMatch(c -> c.info().tip().isPresent() && c.info().probe().isPresent()),
        "a tip and a probe on a criterion of the highest weight");
    check(missing, q.examples().size() >= 3, "three examples");
    check(
        missing,
        q.examples().stream().allMatch(e -> e.why().isPresent()),
        "a why on every example");
    Set<Band> bands =
        q.examples().stream()
            .map(e -> Band.of((int) Math.round((e.expect().low() + e.expect().high()) / 2)))
            .collect(Collectors.toSet());
    check(missing, bands.contains(Band.STRONG), "a strong example");
    check(
        missing,
        bands.contains(Band.SOLID) || bands.contains(Band.BORDERLINE),
        "a solid or borderline example");
    check(missing, bands.contains(Band.WEAK), "a weak example");
    assertThat(missing).as("%s lacks", q.id()).isEmpty();
  }

  private static boolean isStructure(Criterion c) {
    return c instanceof Sequence || c instanceof Concept && ((Concept) c).where() != Where.ANYWHERE;
  }

  private static void check(List<String> missing, boolean ok, String what) {
    if (!ok) {
      missing.add(what);
    }
  }

  private static boolean hasCjk(String s) {
    return s.codePoints()
        .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
  }
}
