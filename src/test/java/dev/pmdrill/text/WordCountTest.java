package dev.pmdrill.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordCountTest {

  @ParameterizedTest(name = "[{index}] \"{0}\" = {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      ''                                   | 0
      '   '                                | 0
      one                                  | 1
      I would not launch.                  | 4
      CTR x CVR x AOV                      | 5
      p-value, then   sample-size          | 3
      a — b                                | 3
      用户                                 | 2
      用户GMV                              | 3
      用户，GMV增长                        | 5
      用户，                               | 2
      （用户）                             | 2
      ，                                   | 1
      我们的GMV增长了15%                   | 8
      ユーザー数                           | 5
      사용자 수                            | 4
      line\\none\\ttwo                      | 3
      full　width　space                   | 3
      """)
  void counts(String input, int expected) {
    String answer = input.replace("\\n", "\n").replace("\\t", "\t");
    assertThat(AnalyzedText.of(answer).wordCount()).isEqualTo(expected);
  }

  @Test
  void wordsInsideCountsWordsCoveredByMatches() {
    String answer = "Conversion rate, retention and GMV per visitor matter.";
    AnalyzedText text = AnalyzedText.of(answer);
    List<Span> spans = new java.util.ArrayList<>();
    spans.addAll(text.find(Phrase.of("conversion rate")));
    spans.addAll(text.find(Phrase.of("retention")));
    spans.addAll(text.find(Phrase.of("GMV per visitor")));
    // "rate," and "retention," count though the match stops before the comma
    assertThat(text.wordsInside(spans)).isEqualTo(6);
    assertThat(text.wordCount()).isEqualTo(8);
  }

  @Test
  void wordsInsideJoinsTouchingAndOverlappingSpans() {
    String answer = "rate-limited growth";
    AnalyzedText text = AnalyzedText.of(answer);
    assertThat(text.wordsInside(text.find(Phrase.of("rate")))).isZero();
    assertThat(text.wordsInside(List.of(new Span(0, 4), new Span(4, 12)))).isEqualTo(1);
    assertThat(text.wordsInside(List.of(new Span(0, 8), new Span(2, 12)))).isEqualTo(1);
    assertThat(text.wordsInside(List.of(new Span(0, answer.length())))).isEqualTo(2);
    assertThat(text.wordsInside(List.of())).isZero();
  }

  @Test
  void wordsInsideCountsCjkCharacters() {
    String answer = "我们坚持客户第一，用户GMV";
    AnalyzedText text = AnalyzedText.of(answer);
    assertThat(text.wordsInside(text.find(Phrase.of("客户第一")))).isEqualTo(4);
    assertThat(text.wordsInside(text.find(Phrase.of("用户GMV")))).isEqualTo(3);
  }

  @Test
  void wordsInsideToleratesSpansBeyondTheText() {
    AnalyzedText text = AnalyzedText.of("short answer");
    assertThat(text.wordsInside(List.of(new Span(0, 1000)))).isEqualTo(2);
    assertThat(text.wordsInside(List.of(new Span(500, 1000)))).isZero();
  }
}
