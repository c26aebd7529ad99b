package dev.pmdrill.scoring;

import static dev.pmdrill.scoring.Criteria.concept;
import static dev.pmdrill.scoring.Criteria.length;
import static dev.pmdrill.scoring.Criteria.prose;
import static dev.pmdrill.scoring.Criteria.quantified;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bank format revision 2's rules on the whole score: words that earn nothing, general credit. */
class RevisionTwoRulesTest {

  private static int score(Rubric rubric, String answer) {
    return Scorer.score(rubric, answer).total();
  }

  private static Rubric single(String term) {
    return new Rubric(List.of(concept(term)));
  }

  @ParameterizedTest(name = "[{0}] {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // negated before the term, in its clause: nothing
        "0   | I would not look at revenue per visitor at all.        | revenue per visitor",
        "0   | There is no need to segment the users here.            | segment",
        "0   | Launch it today without any analysis.                  | analysis",
        "0   | We don't need significance for a change this small.    | significance",
        "0   | I never check the sample ratio in such tests.          | sample ratio",
        "0   | 我不会去看每个访客的成交额。                                 | 每个访客",
        "0   | 没有必要做分群分析。                                        | 分群",
        "0   | 这个阶段无需做显著性检验。                                    | 显著性",
        // a verb's negation covers the things "and" or 、 join to its object
        "0   | I wouldn't try to combine CTR and AOV into one metric like GMV per user. | GMV per user",
        "0   | 我不会去把GMV拆成流量、转化率、客单价。                           | 客单价",
        "0   | 也没必要按渠道、按品牌、按价格带一个个去看。                       | 价格带",
        // the usual exceptions, and a clause that has ended: credit
        "100 | Not only revenue per visitor but also retention matters. | revenue per visitor",
        "100 | I would not launch until significance is reached.       | significance",
        "100 | It did not move, so I would segment by new buyers.       | segment",
        "100 | 我们不仅看每个访客的成交额，也看留存。                          | 每个访客",
        "100 | 转化率不断提升，我会继续做分群分析。                             | 分群",
        "100 | I check whether the sample ratio matches the design.     | sample ratio",
        "100 | I would not launch yet and I would check significance.  | significance",
        "100 | Mutual exclusion, hold and wait, no preemption and circular wait. | circular wait",
      })
  void aNegatedTermEarnsNothing(int expected, String answer, String term) {
    assertThat(score(single(term), answer)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{0}] {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a subject such as 不行的 ("the ones that fail") negates nothing after it
        "100 | 不行的由小二一对一跟进。                    | 跟进",
        "100 | 不合格的商家会被下架处理。                   | 下架",
        "100 | 没通过的再审一次。                          | 再审",
        "100 | 对于不达标的，小二一对一跟进。                 | 跟进",
        "100 | 这一步做完，那些不活跃的用户再触达一次。          | 触达",
        // real negation stays
        "0   | 我不会一对一跟进。                          | 跟进",
        "0   | 不要一对一跟进。                            | 跟进",
        "0   | 没有小二跟进。                              | 跟进",
        "0   | 没有的话就不跟进。                          | 跟进",
        "0   | 不是的，不需要跟进。                        | 跟进",
        "0   | 我们的商家不会被下架。                       | 下架",
      })
  void aNegatedNounPhraseAsTheSubjectNegatesNothing(int expected, String answer, String term) {
    assertThat(score(single(term), answer)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{0}] {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // what others would do, named to be waved away, is not the candidate's move
        "0   | A lot of teams would jump straight into GC logs and measure the live set. | live set",
        "0   | Most candidates would start with a funnel, segment by platform and so on. | segment",
        "0   | 很多人会去讲前置仓怎么布、骑手运力怎么调。                               | 骑手",
        "0   | 很多人准备材料的时候，会去找合作BU的负责人要一句原话。                     | 原话",
        // the report ends where the candidate speaks again; users' behaviour is no report
        "100 | Many people would look at CTR alone, but I measure the live set first. | live set",
        "100 | Many teams would wait. I segment by platform on day one.               | segment",
        "100 | 很多人会先看点击率，但我会先看骑手运力。                                  | 骑手",
        "100 | 很多人会在结算页放弃，所以要简化结算。                                    | 简化结算",
      })
  void whatOthersWouldDoEarnsNothing(int expected, String answer, String term) {
    assertThat(score(single(term), answer)).isEqualTo(expected);
  }

  @Test
  void aTermRepeatedWithinOneSentenceEarnsNothing() {
    Rubric rubric = single("SRM");
    assertThat(score(rubric, "The SRM is the thing here, because an SRM is an SRM.")).isZero();
    assertThat(score(rubric, "First I run an SRM check on the split. It came back clean."))
        .isEqualTo(100);
    // the repeats are the first sentence's two matches; the next sentence's match still earns
    assertThat(score(rubric, "An SRM is an SRM. So I ran an SRM check on the split."))
        .isEqualTo(100);
  }

  @Test
  void aPatternMatchingTwoDifferentNumbersInOneSentenceStillEarns() {
    Rubric rubric = single("/\\d+(\\.\\d+)?%/");
    assertThat(score(rubric, "Items with a clip converted at 2.6% instead of 2.1%."))
        .isEqualTo(100);
    assertThat(score(rubric, "Conversion is 2.6%, and 2.6% is what conversion is.")).isZero();
  }

  @Test
  void aSentenceMadeOnlyOfTermsAndConnectingWordsEarnsNothing() {
    Rubric rubric = new Rubric(List.of(concept("revenue per visitor"), concept("significance")));
    assertThat(score(rubric, "Revenue per visitor and significance.")).isZero();
    assertThat(
            score(
                rubric,
                "I fold clicks and basket size into revenue per visitor. Then I test the lift"
                    + " for significance over two weeks."))
        .isEqualTo(100);
  }

  @Test
  void textCopiedFromThePromptEarnsNothing() {
    Rubric rubric =
        new Rubric(List.of(concept("order value")))
            .forQuestion("Click-through is up 10% but average order value drops 5%.", false);
    assertThat(score(rubric, "So click-through is up 10% but average order value drops 5%."))
        .isZero();
    assertThat(score(rubric, "The smaller order value worries me less than the clicks."))
        .isEqualTo(100);
  }

  @Test
  void generalCreditCountsAsFarAsTheAnswerIsOnTheQuestion() {
    Rubric rubric =
        new Rubric(List.of(concept("revenue per visitor"), concept("significance"), quantified(2)));
    // off the question: numbers alone earn a fraction of their weight
    Score off = Scorer.score(rubric, "We grew from 3 million to 5 million users in 2 quarters.");
    assertThat(off.total()).isZero();
    // half the question's own weight met: general credit counts in full
    Score half = Scorer.score(rubric, "Revenue per visitor rose 4.5%, from 10 to 10.45 yuan.");
    assertThat(half.total()).isEqualTo(67);
    assertThat(half.adjustments()).isEmpty();
  }

  @Test
  void generalCreditIsScaledAndSaysSo() {
    Rubric rubric =
        new Rubric(
            List.of(
                concept("revenue per visitor"),
                concept("significance"),
                concept("segment"),
                concept("novelty"),
                quantified(2)));
    Score s = Scorer.score(rubric, "Revenue per visitor rose 4.5%, from 10 to 10.45 yuan.");
    // own 1 of 4 = 25% -> general counts at 50%: (1 + 0.5) / 5 = 30
    assertThat(s.total()).isEqualTo(30);
    assertThat(s.adjustments()).singleElement().asString().contains("count at 50%");
  }

  @Test
  void aShortAnswerToATimedQuestionIsScaledByItsShareOfSixtyWords() {
    Rubric timed = single("revenue per visitor").forQuestion("Do you launch?", true);
    String thirty =
        "I would compare revenue per visitor between the two arms" + " and decide".repeat(10);
    assertThat(Answer.of(thirty).text().wordCount()).isEqualTo(30);
    assertThat(Scorer.score(timed, thirty).total()).isEqualTo(50);
    assertThat(score(single("revenue per visitor"), thirty)).isEqualTo(100);
    // a Chinese character counts as half a word: 60 characters are 30 words
    String chinese = "我会比较两组每个访客的成交额" + "然后再做出决定吧".repeat(5) + "好的";
    assertThat(Answer.of(chinese).text().cjkCount()).isEqualTo(56);
    assertThat(score(single("每个访客").forQuestion("要不要上线？", true), chinese)).isEqualTo(47);
  }

  @Test
  void theQuestionsOwnLengthMinimumSetsTheFloor() {
    Rubric rubric =
        new Rubric(List.of(concept("launch"), length(20, null))).forQuestion("Launch?", true);
    String twenty = "I would launch " + "it now ".repeat(8) + "please";
    assertThat(Answer.of(twenty).text().wordCount()).isEqualTo(20);
    assertThat(score(rubric, twenty)).isEqualTo(100);
  }

  @Test
  void compactChineseReasoningIsNotReadAsAList() {
    Rubric rubric = new Rubric(List.of(prose(), concept("人均"), concept("渗透率")));
    // about 10% connecting words, as compact spoken Chinese reasoning has: below the English 15%
    String compact =
        "我先按人口拆：上海常住人口约两千五百万，会用盒马的主要是白领，渗透率按两成算，就是五百万人。"
            + "人均每月下单四次，所以每天约六十六万单。如果有三百家店，每店每天两千二百单左右，"
            + "再用配送半径校验，这个量合理。";
    Score s = Scorer.score(rubric, compact);
    assertThat(s.cappedBy()).isEmpty();
    assertThat(s.total()).isEqualTo(100);
  }

  @Test
  void bareFragmentLinesReadAsAList() {
    Rubric rubric =
        new Rubric(List.of(prose(), concept("revenue per visitor"), concept("significance")));
    String bullets =
        "Here is my plan for this test.\n"
            + "- revenue per visitor\n"
            + "- significance\n"
            + "- cohort analysis\n"
            + "- long term retention\n"
            + "- holdout group\n"
            + "- guardrail metrics\n";
    Score s = Scorer.score(rubric, bullets);
    assertThat(s.cappedBy()).isPresent();
    assertThat(s.total()).isEqualTo(25);
  }

  @Test
  void rubricsBuiltForAQuestionKeepTheirGeneralFlags() {
    Rubric rubric = Rubric.of(List.of(concept("a"), quantified(1)), List.of(true, false));
    assertThat(rubric.isGeneral(0)).isTrue();
    assertThat(rubric.isGeneral(1)).isTrue();
    assertThat(rubric.forQuestion("p", true).general()).containsExactly(true, true);
    assertThat(rubric.prompt()).isEqualTo(Optional.empty());
  }
}
