package dev.pmdrill.bank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pmdrill.scoring.Band;
import dev.pmdrill.scoring.Concept;
import dev.pmdrill.scoring.Criterion;
import dev.pmdrill.scoring.Scorer;
import dev.pmdrill.scoring.Sequence;
import dev.pmdrill.scoring.Where;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
  static final Set<String> FAMILIES =
      Set.of(
          "guesstimate",
          "ab-conflict",
          "singles-day",
          "culture-fit",
          "product-design",
          "metrics",
          "promotion",
          "technical",
          "offer",
          "cross-functional",
          "screen",
          "final");

  /**
   * The eight families the banks started with and the offer talks, held to twelve questions each.
   * The families added since (the cross-functional round, the hiring screens and the final round)
   * each answer one round of a loop that draws one or two questions, so they are held to four:
   * enough that a round does not ask the same question every time, without padding a round with
   * near-duplicates.
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

  private static Catalog catalog;

  @BeforeAll
  static void load() {
    LoadResult result = new BankLoader().load(BankSource.builtIn());
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
