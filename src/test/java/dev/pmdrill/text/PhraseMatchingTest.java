package dev.pmdrill.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhraseMatchingTest {

  private static List<String> matches(String answer, String term) {
    return AnalyzedText.of(answer).find(Phrase.of(term)).stream()
        .map(span -> answer.substring(span.start(), span.end()))
        .toList();
  }

  @ParameterizedTest(name = "[{index}] \"{1}\" in \"{0}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      we track conversion rates weekly       | conversion rate        | conversion rates
      Conversion Rate fell                   | conversion rate        | Conversion Rate
      CONVERSION-RATE                        | conversion rate        | CONVERSION-RATE
      conversion   \t rate                   | conversion rate        | conversion   \t rate
      I would segment by region              | segmenting             | segment
      segmenting users                       | segment                | segmenting
      the segments differ                    | segment                | segments
      we segmented the cohort                | segment                | segmented
      check the p-value first                | p value                | p-value
      check the p value first                | p-value                | p value
      revenue per visitor is the metric      | revenue per visitor    | revenue per visitor
      compute CTR x CVR x AOV                | CTR x CVR x AOV        | CTR x CVR x AOV
      the customer's journey                 | customer journey       | customer's journey
      the customer’s journey                 | customer               | customer
      GMV rose                               | gmv                    | GMV
      ＧＭＶ rose                            | GMV                    | ＧＭＶ
      ran during 11.11 sales                 | 11.11                  | 11.11
      ran during 11 11 sales                 | 11.11                  | 11 11
      坚持客户第一的原则                     | 客户第一               | 客户第一
      我们的GMV增长了                        | GMV增长                | GMV增长
      我们的GMV 增长了                       | gmv增长                | GMV 增长
      提升用户留存                           | 用户                   | 用户
      users retained                         | users                  | users
      I chose to shut the tab down           | shut down              | shut the tab down
      we rolled it out to 5% first           | roll out               | rolled it out
      turn the whole feature off tonight     | turn off               | turn the whole feature off
      """)
  void matches(String answer, String term, String quoted) {
    String text = answer.replace("\\t", "\t");
    assertThat(matches(text, term)).containsExactly(quoted.replace("\\t", "\t"));
  }

  @ParameterizedTest(name = "[{index}] \"{1}\" not in \"{0}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      keep the teams separate                | rate
      shut the old warehouse in the west down | shut down
      we shut it. Down the road we grew      | shut down
      a separate rate card                   | conversion rate
      conversion is high and the rate is low | conversion rate
      we see Q3 numbers                      | Q
      P70 engineer                           | P7
      the news today                         | new
      客户                                   | 客户第一
      GMV                                    | GMV增长
      """)
  void doesNotMatch(String answer, String term) {
    assertThat(matches(answer, term)).isEmpty();
  }

  @Test
  void findsEveryOccurrenceLeftToRightWithoutOverlap() {
    String answer = "rate, rates and RATE; rate rate rate";
    AnalyzedText text = AnalyzedText.of(answer);
    assertThat(text.find(Phrase.of("rate"))).hasSize(6);
    assertThat(text.find(Phrase.of("rate rate")))
        .extracting(span -> answer.substring(span.start(), span.end()))
        .containsExactly("rate, rates", "RATE; rate", "rate rate");
  }

  @Test
  void emptyPhraseMatchesNothing() {
    Phrase dashes = Phrase.of("---");
    assertThat(dashes.isEmpty()).isTrue();
    assertThat(dashes.term()).isEqualTo("---");
    assertThat(AnalyzedText.of("--- a --- b").find(dashes)).isEmpty();
    assertThat(Phrase.of("").isEmpty()).isTrue();
  }

  @Test
  void phraseKeepsItsTermAsWritten() {
    assertThat(Phrase.of("Conversion Rates").term()).isEqualTo("Conversion Rates");
    assertThat(Phrase.of("Conversion Rates").isEmpty()).isFalse();
  }

  @Test
  void phrasesAreReusableAcrossAnswers() {
    Phrase phrase = Phrase.of("sample size");
    assertThat(AnalyzedText.of("the sample sizes were small").find(phrase)).hasSize(1);
    assertThat(AnalyzedText.of("no samples").find(phrase)).isEmpty();
    assertThat(AnalyzedText.of("").find(phrase)).isEmpty();
  }

  @Test
  void findsEveryStemOfALongAnswerWhereverItsSlotIs() {
    // hundreds of distinct stems fill the index's table far enough for stems to share slots
    StringBuilder answer = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      answer.append("w").append(Integer.toString(i, 36)).append(i % 7 == 0 ? " user " : " ");
    }
    AnalyzedText text = AnalyzedText.of(answer.toString());
    for (int i = 0; i < 400; i++) {
      String word = "w" + Integer.toString(i, 36);
      List<String> found = matches(answer.toString(), word);
      assertThat(found).as(word).containsExactly(word);
      assertThat(text.find(Phrase.of(word + " user"))).as(word).hasSize(i % 7 == 0 ? 1 : 0);
    }
    assertThat(text.find(Phrase.of("user"))).hasSize(58);
    assertThat(text.find(Phrase.of("absent"))).isEmpty();
  }
}
