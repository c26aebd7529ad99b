package dev.pmdrill.scoring;

import static dev.pmdrill.scoring.Criteria.avoid;
import static dev.pmdrill.scoring.Criteria.concept;
import static dev.pmdrill.scoring.Criteria.estimate;
import static dev.pmdrill.scoring.Criteria.length;
import static dev.pmdrill.scoring.Criteria.quantified;
import static dev.pmdrill.scoring.Criteria.result;
import static dev.pmdrill.scoring.Criteria.scoreOf;
import static dev.pmdrill.scoring.Criteria.sequence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The contract's formula for each criterion kind, as tables of answer -> expected score. */
class CriterionRulesTest {
  private static final double EPS = 1e-6;

  @ParameterizedTest(name = "concept [{0}] min {1} on \"{2}\" = {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      revenue per visitor; RPV      | 1 | We track revenue per visitor.                   | 1.0
      revenue per visitor; RPV      | 1 | Nothing about money here.                       | 0.0
      revenue per visitor; RPV      | 2 | We track revenue per visitor, or RPV.           | 1.0
      revenue per visitor; RPV      | 2 | We track RPV.                                   | 0.5
      revenue per visitor; revenue  | 2 | We track revenue per visitor.                   | 0.5
      revenue per visitor; revenue  | 2 | Revenue per visitor, and revenue overall.       | 1.0
      conversion rate               | 1 | Conversion rates fell.                          | 1.0
      segment                       | 1 | Segmenting the users helps.                     | 1.0
      rate                          | 1 | We separate them.                               | 0.0
      p-value                       | 1 | The p value is 0.03.                            | 1.0
      用户                           | 1 | 我们的用户增长了。                                | 1.0
      '/\\d+\\s*%/'                 | 1 | Conversion rose 12 %.                           | 1.0
      '/\\d+\\s*%/'                 | 1 | Conversion rose a lot.                          | 0.0
      significance; p-value; sample | 3 | Significance and sample size, p-value too.      | 1.0
      significance; p-value; sample | 3 | Significance only.                              | 0.333333
      """)
  void conceptScores(String terms, int min, String answer, double expected) {
    Concept c = Criteria.concept(min, Where.ANYWHERE, terms.split(";\\s*"));
    assertThat(scoreOf(c, answer)).isCloseTo(expected, within(EPS));
  }

  @Test
  void conceptWhereStartCountsOnlyTheFirstThird() {
    Concept start = concept(1, Where.START, "framework");
    assertThat(
            scoreOf(start, "My framework has three parts, and then I go through each part slowly."))
        .isEqualTo(1);
    assertThat(
            scoreOf(
                start, "I go through each of the parts slowly and carefully, then the framework."))
        .isZero();
  }

  @Test
  void conceptWhereEndCountsOnlyTheLastThird() {
    Concept end = concept(1, Where.END, "launch");
    assertThat(scoreOf(end, "The data is mixed, the segments differ, so I would launch."))
        .isEqualTo(1);
    assertThat(
            scoreOf(
                end, "I would launch, although the data is mixed and the segments differ a lot."))
        .isZero();
  }

  @Test
  void conceptQuotesTheAnswersOwnWordsAndListsWhatIsMissing() {
    CriterionResult r =
        result(
            concept(2, Where.ANYWHERE, "conversion rate", "retention"),
            "Our Conversion  Rates dropped.");
    assertThat(r.evidence()).extracting(Evidence::quote).containsExactly("Conversion Rates");
    assertThat(r.missing()).containsExactly("retention");
  }

  static Stream<Arguments> sequences() {
    String s = "Situation|when I";
    String t = "Task|my goal";
    String a = "Action|I decided";
    String r = "Result|as a result";
    return Stream.of(
            Arguments.of("when I joined, my goal was X, I decided Y, as a result Z", 1.0),
            Arguments.of(
                "my goal was X, when I joined, I decided Y, as a result Z",
                (0.8 * 4 + 0.2 * 3) / 4),
            Arguments.of(
                "as a result Z, I decided Y, my goal was X, when I joined",
                (0.8 * 4 + 0.2 * 1) / 4),
            Arguments.of("when I joined, as a result Z", (0.8 * 2 + 0.2 * 2) / 4),
            Arguments.of("nothing of the kind", 0.0),
            // order is read from each step's first match: the early "as a result" puts Result first
            Arguments.of(
                "as a result of a merger, when I joined, my goal was X, I decided Y, as a result Z",
                (0.8 * 4 + 0.2 * 3) / 4))
        .map(args -> Arguments.of(sequence(s, t, a, r), args.get()[0], args.get()[1]));
  }

  @ParameterizedTest(name = "sequence on \"{1}\" = {2}")
  @MethodSource("sequences")
  void sequenceScores(Sequence seq, String answer, double expected) {
    assertThat(scoreOf(seq, answer)).isCloseTo(expected, within(EPS));
  }

  @ParameterizedTest(name = "quantified min {0} on \"{1}\" = {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      2 | CTR rose 12% and AOV fell 3.5x.                 | 1.0
      2 | CTR rose 12% and then 12% again.                | 0.5
      2 | 1.5 billion, or 1,500,000,000.                  | 0.5
      2 | No numbers at all.                              | 0.0
      3 | 15亿 orders, 3万 couriers, ¥800 each            | 1.0
      2 | '1. Clarify\n2. Segment'                        | 0.0
      """)
  void quantifiedScores(int min, String answer, double expected) {
    assertThat(scoreOf(quantified(min), answer.replace("\\n", "\n")))
        .isCloseTo(expected, within(EPS));
  }

  @ParameterizedTest(name = "estimate of 1.5e9 (factor 3) read from \"{0}\" = {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      So about 1.5 billion orders.                  | 1.0
      So about 15亿 orders.                          | 1.0
      So about 1,500,000,000 orders.                | 1.0
      So about 2e9 orders.                          | 1.0
      So about 500 million orders.                  | 1.0
      So about 4.5 billion orders.                  | 1.0
      So about 13.5 billion orders.                 | 0.0
      So about 166,666,667 orders.                  | 0.0
      So about 100 million orders.                  | 0.0
      No number at all.                             | 0.0
      """)
  void estimateScores(String answer, double expected) {
    assertThat(scoreOf(estimate(1.5e9, 3, "orders", "单"), answer))
        .isCloseTo(expected, within(1e-3));
  }

  @Test
  void estimateFallsLinearlyOnALogScaleBetweenTheFactorAndItsSquare() {
    Estimate e = estimate(1.5e9, 3);
    double midway = 1.5e9 * Math.pow(3, 1.5); // halfway between x3 and x9 on a log scale
    assertThat(e.closeness(midway)).isCloseTo(0.5, within(1e-9));
    assertThat(e.closeness(1.5e9 / Math.pow(3, 1.5))).isCloseTo(0.5, within(1e-9));
    assertThat(e.closeness(1.5e9 * 3)).isEqualTo(1);
    assertThat(e.closeness(1.5e9 * 9)).isZero();
    assertThat(e.closeness(-1.5e9)).isZero();
  }

  @Test
  void estimateReadsTheLastQuantityOfTheLastSentenceHoldingOne() {
    Estimate e = estimate(800_000, 3);
    assertThat(scoreOf(e, "First 10 million cups. Then I settle on 800,000 a day. Sounds right."))
        .isEqualTo(1);
    assertThat(scoreOf(e, "I settle on 800,000. Then again, 10 million.")).isZero();
  }

  @Test
  void estimateWithUnitPrefersTheLastQuantityNearAUnit() {
    Estimate e = estimate(800_000, 3, "cups", "杯");
    assertThat(scoreOf(e, "So about 770,000 cups a day, which is 0.06 per person.")).isEqualTo(1);
    assertThat(scoreOf(e, "每天大约80万杯。")).isEqualTo(1);
    assertThat(scoreOf(e, "About 770,000 bubble tea cups a day across 5,000 shops.")).isEqualTo(1);
  }

  @Test
  void estimateFeedbackSaysTheLogicIsJudgedNotTheExactNumber() {
    Estimate e = estimate(1.5e9, 3, "orders");
    CriterionResult earned = result(e, "So about 2 billion orders.");
    assertThat(earned.note())
        .hasValue(
            "the reference is 1.5 billion; read 2 billion, 33% above the reference: a sensible number"
                + " (anywhere within 3x earns this in full); the logic is judged, not the exact"
                + " number");
    CriterionResult missed = result(e, "So about 30 billion orders.");
    assertThat(missed.score()).isZero();
    assertThat(missed.note().orElseThrow())
        .contains("the logic is judged, not the exact number")
        .contains("a sensible one lands within 3x");
    CriterionResult partial = result(e, "So about 7 billion orders.");
    assertThat(partial.score()).isBetween(0.01, 0.99);
    assertThat(partial.note().orElseThrow()).contains("the logic is judged, not the exact number");
    CriterionResult none = result(e, "I would split it by buyers and orders per buyer.");
    assertThat(none.missingToShow()).containsExactly("a final number");
    assertThat(none.note().orElseThrow())
        .contains("the logic is judged, not the exact number")
        .contains("a sensible final number");
  }

  /** What the estimate criterion reads from an answer, as the user wrote it. */
  private static String estimateRead(Estimate e, String answer) {
    return result(e, answer).evidence().stream().map(Evidence::quote).findFirst().orElse("");
  }

  @ParameterizedTest(name = "[{index}] estimate read from \"{0}\" is \"{1}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      6.4 billion parcels were collected on the 11th.                              | 6.4 billion
      About 6.4 billion parcels, most of them collected on the 11th                 | 6.4 billion
      So 640 million parcels on 11.11.                                             | 640 million
      So 640 million parcels during 双11.                                           | 640 million
      So about 640 million; the 618 sale is smaller.                               | 640 million
      The peak starts at 20:00, so I estimate 350,000 payments per second.         | 350,000
      In ap-southeast-1 I estimate 150k servers.                                   | 150k
      My estimate is 150k servers in 2024.                                         | 150k
      So about 1.5 billion orders. I am an L7 at 1688 since 2019.                  | 1.5 billion
      So the total is 1.5 billion. A sanity check: 300 million buyers x 5 orders.  | 1.5 billion
      Buyers are 300 million. Orders are 1.5 billion. Checked with 5 per buyer.    | 5
      First 10 million buyers. Therefore about 40 million orders. Cheers!          | 40 million
      We have 900 million users and 3 orders each, so roughly 2.7 billion orders.  | 2.7 billion
      所以总共约六亿四千万件，11月11日当天揽收。                                       | 六亿四千万
      估计总共约6.4亿件。其中三分之一在双11当天。                                       | 6.4亿
      So six hundred and forty million parcels.                                    | six hundred and forty million
      I would say three point five billion overall.                                | three point five billion
      """)
  void estimateIsTheNumberTheAnswerConcludesWith(String answer, String read) {
    assertThat(estimateRead(estimate(6.4e8, 3), answer)).isEqualTo(read);
  }

  @ParameterizedTest(name = "[{index}] with unit, estimate read from \"{0}\" is \"{1}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      So about 640 million parcels, 20% more than last year.                       | 640 million
      So about 20% more than last year: 640 million parcels.                       | 640 million
      Parcels: 640 million. Then 3 per buyer, so 200 million buyers.               | 200 million
      So 200 million buyers x 3 parcels each, 600 million parcels, on the 11th.    | 600 million
      600 million parcels. So the answer, for 11.11 at 00:00, is 700 million.      | 600 million
      所以大约6.4亿件包裹，比去年多两成。                                               | 6.4亿
      """)
  void estimateWithUnitPrefersANumberNearTheUnitInTheConcludingSentence(
      String answer, String read) {
    assertThat(estimateRead(estimate(6.4e8, 3, "parcels", "件", "包裹", "buyers"), answer))
        .isEqualTo(read);
  }

  @Test
  void datesTimesAndNamesAreNeverTheEstimate() {
    Estimate e = estimate(6.4e8, 3);
    assertThat(result(e, "Collected on the 11th, at 20:00, on 11.11, in 2023.").evidence())
        .isEmpty();
    assertThat(scoreOf(e, "So 6.4 billion parcels collected on the 11th.")).isZero();
    assertThat(scoreOf(e, "So 640 million parcels collected on the 11th.")).isEqualTo(1);
    assertThat(scoreOf(e, "总共约六亿四千万件，11月11日揽收。")).isEqualTo(1);
  }

  @ParameterizedTest(name = "avoid on \"{0}\" takes {1} points")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      It will make the app better.                                          | 5
      It will make the app better and more engaging.                        | 10
      Make the app better, more engaging, improve the experience, 提升体验     | 15
      We move conversion from 3% to 3.5%.                                   | 0
      """)
  void avoidPenalties(String answer, double points) {
    Avoid a =
        avoid(5, 15, "make the app better", "more engaging", "improve the experience", "提升体验");
    CriterionResult r = result(a, answer);
    assertThat(r.penalty()).isEqualTo(points);
  }

  @ParameterizedTest(name = "length 120-450 with {0} words = {1}")
  @CsvSource({
    "0, 0",
    "60, 0",
    "90, 0.5",
    "120, 1",
    "300, 1",
    "450, 1",
    "675, 0.5",
    "900, 0",
    "1200, 0"
  })
  void lengthScores(int words, double expected) {
    String answer = "word ".repeat(words);
    assertThat(scoreOf(length(120, 450), answer)).isCloseTo(expected, within(EPS));
  }

  @Test
  void lengthCountsEachCjkCharacterAsAWord() {
    assertThat(scoreOf(length(10, null), "我们决定先做用户调研。")).isEqualTo(1);
    assertThat(scoreOf(length(20, null), "我们决定先做用户调研。")).isZero();
  }
}
