package dev.pmdrill.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pmdrill.semantic.Semantics;
import dev.pmdrill.semantic.SentenceScript;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code like} sentences scored by the shipped sentence models (bank format revision 2). */
class LikeSentencesTest {
  private static final Concept RPV =
      new Concept(
          CriterionInfo.named("Folds the two metrics into revenue per visitor"),
          Criteria.terms("revenue per visitor", "RPV"),
          1,
          Where.ANYWHERE,
          List.of(
              "Clicks and basket size only matter together, so I judge the test on GMV per visitor.",
              "More clicks but smaller orders could cancel out, so combine them per visitor.",
              "点击多了、客单价低了，要合起来看每个访客带来的成交额。"));

  private static final Rubric RUBRIC = new Rubric(List.of(RPV));

  /**
   * The models on for the whole class: each configure starts a new set of models, loaded on first
   * use, and loading both takes longer than all the scoring here.
   */
  @BeforeAll
  static void modelsOn() {
    Semantics.configure(
        Path.of(System.getProperty("pmdrill.test.cache", "target/test-cache")), true, m -> {});
  }

  /** Off again, as every other test class of this JVM expects. */
  @AfterAll
  static void asByDefault() {
    Semantics.configure(
        Path.of(System.getProperty("pmdrill.test.cache", "target/test-cache")), false, m -> {});
  }

  @ParameterizedTest(name = "{0} <- {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "100 | I judge the test on how much each visitor spends, since clicks and basket size move together.",
        "100 | I'd multiply the click lift by the drop in order size and see if each visitor spends more.",
        "100 | 我会把点击率和客单价乘起来，看每位访客最后贡献的成交有没有变多。",
        "0   | The checkout page should use larger fonts for elderly users in rural areas.",
        "0   | 我们团队去年重做了商家入驻流程，审核时间从三天降到一天。",
        "0   | I would not combine clicks and basket size; each metric tells its own story.",
      })
  void aSentenceInOtherWordsCountsAsATerm(int expected, String answer) {
    assertThat(Scorer.score(RUBRIC, answer).total()).isEqualTo(expected);
  }

  @Test
  void theFeedbackQuotesTheSentenceAndTheLikeSentenceItResembles() {
    Score s =
        Scorer.score(
            RUBRIC, "We should judge it on what each visitor spends: clicks times basket size.");
    Evidence e = s.results().get(0).evidence().get(0);
    assertThat(e.quote()).startsWith("We should judge it on what each visitor spends");
    assertThat(e.matched()).startsWith("like: ");
  }

  @Test
  void aConceptItsTermsAlreadyFillTriesNoLikeSentence() {
    String paraphrase =
        "I judge the test on how much each visitor spends, since clicks and basket size move"
            + " together.";
    assertThat(Scorer.score(RUBRIC, paraphrase).results().get(0).evidence())
        .extracting(Evidence::matched)
        .singleElement()
        .asString()
        .startsWith("like: ");
    Score s = Scorer.score(RUBRIC, "I compare revenue per visitor. " + paraphrase);
    assertThat(s.total()).isEqualTo(100);
    assertThat(s.results().get(0).evidence())
        .extracting(Evidence::matched)
        .containsExactly("revenue per visitor");
  }

  @Test
  void aLikeSentenceStillCountsTowardsAMinTheTermsFallShortOf() {
    Concept twoOf =
        new Concept(
            CriterionInfo.named("Folds the metrics into revenue per visitor, twice over"),
            Criteria.terms("revenue per visitor", "RPV"),
            2,
            Where.ANYWHERE,
            RPV.like());
    Score s =
        Scorer.score(
            new Rubric(List.of(twoOf)),
            "I compare revenue per visitor. I judge the test on how much each visitor spends,"
                + " since clicks and basket size move together.");
    assertThat(s.results().get(0).score()).isEqualTo(1.0);
    assertThat(s.results().get(0).evidence())
        .extracting(Evidence::matched)
        .satisfiesExactly(
            term -> assertThat(term).isEqualTo("revenue per visitor"),
            like -> assertThat(like).startsWith("like: "));
  }

  @Test
  void theSameTextGivesTheSameScoreEveryTime() {
    String answer = "More clicks and a smaller basket: the question is revenue from each visitor.";
    List<CriterionResult> first = Scorer.score(RUBRIC, answer).results();
    for (int i = 0; i < 5; i++) {
      assertThat(Scorer.score(RUBRIC, answer).results()).isEqualTo(first);
    }
  }

  @Test
  void withoutTheModelsOnlyTermsCountAndOneWarningSaysWhy() {
    List<String> warnings = new ArrayList<>();
    Semantics.configure(Path.of("target/test-cache"), false, warnings::add);
    try {
      assertThat(
              Scorer.score(
                      RUBRIC, "What matters is the money each visitor brings: clicks times basket.")
                  .total())
          .isZero();
      assertThat(Scorer.score(RUBRIC, "I compare revenue per visitor.").total()).isEqualTo(100);
      assertThat(Semantics.shared().available(SentenceScript.LATIN)).isFalse();
      assertThat(warnings).isEmpty();
    } finally {
      modelsOn(); // the other tests of this class score with the models
    }
  }
}
