package dev.pmdrill.scoring;

import static dev.pmdrill.scoring.Criteria.estimate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which number the estimate criterion reads, on answers bank authors wrote blind: units bind within
 * a sentence and are found whatever earns credit, the conclusion beats a later check or range, and
 * a negated number is never the estimate.
 */
class EstimateReadingTest {

  /** What the estimate reads in the answer, scoped to a rubric, as the user wrote it. */
  private static String read(Estimate e, Rubric rubric, String answer) {
    return e.evaluate(Answer.of(answer).scopedTo(rubric), rubric).evidence().stream()
        .map(Evidence::quote)
        .findFirst()
        .orElse("");
  }

  private static String read(Estimate e, String answer) {
    return read(e, new Rubric(List.of(e)), answer);
  }

  @ParameterizedTest(name = "[{index}] unit in its own sentence: \"{0}\" reads \"{1}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      So 6 million phones. At 3,000 yuan each the GMV is 18 billion yuan.               | 18 billion
      So 6 million phones. At 3,000 yuan each.                                          | 3,000
      So 600 million parcels created. At 1.5 I'd drop to around 530 million.            | 600 million
      """)
  void aUnitBindsToANumberOnlyWithinItsSentence(String answer, String expected) {
    Estimate e = estimate(6e8, 3, "yuan", "parcels");
    assertThat(read(e, answer)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] unit named twice: \"{0}\" reads \"{1}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Alibaba ships about 30 billion parcels a year. One parcel per order, so 900 million parcels.   | 900 million
      A 30-minute trip per parcel. One parcel per order, so 900 million parcels.                    | 900 million
      全年大约300亿件。一单一件包裹，所以当天9亿件包裹，件数就是单数。                                          | 9亿
      """)
  void aUnitNamedTwiceInTheConcludingSentenceStillBinds(String answer, String expected) {
    Estimate e = estimate(9e8, 3, "parcels", "parcel", "件", "包裹");
    assertThat(read(e, answer)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] conclusion first: \"{0}\" reads \"{1}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      My estimate is 95 billion a year. That's about 3,000 a second, which is plausible.   | 95 billion
      So about 95 billion a year, that's 3,000 a second, which is plausible.               | 95 billion
      So the total is 95 billion. About 300 million buyers place them.                     | 95 billion
      我的答案是每年950亿。相当于每秒3000单，量级合理。                                           | 950亿
      所以大概950亿，区间300亿到3000亿。                                                       | 950亿
      所以大概950亿。区间300亿到3000亿。                                                       | 950亿
      我的答案是300亿到3000亿。                                                              | 300亿到3000亿
      So between 30 and 300 billion a year.                                                | 30 and 300 billion
      Both routes land at 50-150 billion, so I'll say 95 billion.                          | 95 billion
      So 95 billion. At 1.5x I'd drop to around 80 billion, so that's the one I'd check.  | 95 billion
      我的答案是950亿。如果只有1.5倍，结果会掉到800亿，所以我给的区间是500到1500亿。                   | 500到1500亿
      """)
  void theConclusionBeatsALaterCheckOrRange(String answer, String expected) {
    assertThat(read(estimate(9.5e10, 3), answer)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] a range alone is read as its centre: \"{0}\" = {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      我的答案是300亿到3000亿。                    | 1.0
      So between 30 and 300 billion a year.      | 1.0
      So 3 to 5 million a day.                   | 0.0
      """)
  void aRangeAloneIsReadAsItsCentre(String answer, double score) {
    assertThat(Criteria.scoreOf(estimate(9.5e10, 3), answer)).isEqualTo(score);
  }

  @ParameterizedTest(name = "[{index}] GMV: \"{0}\" reads \"{1}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      So roughly 13.5 billion yuan in GMV, 5% of the day's 270 billion GMV. That's about 50 phones a second, which is plausible. | 13.5 billion
      So roughly 13.5 billion yuan in GMV, 5% of the day's 270 billion GMV.                                                    | 13.5 billion
      """)
  void theGmvIsNotAShareBaseNorALaterCheck(String answer, String expected) {
    Estimate e = estimate(1.4e10, 3, "billion", "bn", "亿", "GMV");
    assertThat(read(e, answer)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] shares are rates: \"{0}\" reads \"{1}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      So about 300 million buyers, about a third of users.      | 300 million
      所以大约3亿买家，占用户的三成。                                 | 3亿
      """)
  void aShareIsNotTheCount(String answer, String expected) {
    assertThat(read(estimate(3e8, 3), answer)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] negated: \"{0}\" reads \"{1}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      I would not say about 110 million.                                  | ''
      I would not say about 110 million. So about 40 million.             | 40 million
      我不会说大约1.1亿。                                                   | ''
      """)
  void aNegatedNumberIsNotTheEstimate(String answer, String expected) {
    assertThat(read(estimate(1.1e8, 3), answer)).isEqualTo(expected);
  }
}
