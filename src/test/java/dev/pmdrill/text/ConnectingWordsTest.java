package dev.pmdrill.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConnectingWordsTest {

  @ParameterizedTest(name = "[{index}] \"{0}\" = {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      ''                                                      | 0
      GMV RPV CTR AOV retention                               | 0
      I would not launch because the revenue per visitor fell | 6
      The THE the                                             | 3
      We should segment it by region                          | 4
      我们的用户                                              | 3
      因为转化率下降所以不上线                                | 5
      如果GMV增长了我们就上线                                 | 6
      这是我们的目标                                          | 5
      用户增长                                                | 0
      """)
  void counts(String answer, int expected) {
    assertThat(AnalyzedText.of(answer).connectingWordCount()).isEqualTo(expected);
  }

  @Test
  void shipsListsForHelp() {
    assertThat(ConnectingWords.english())
        .hasSizeGreaterThanOrEqualTo(140)
        .contains("the", "a", "we", "because", "would", "not", "of", "is")
        .doesNotHaveDuplicates()
        .allMatch(word -> word.equals(word.toLowerCase(java.util.Locale.ROOT)));
    assertThat(ConnectingWords.chinese())
        .contains("的", "了", "是", "在", "和", "但", "因为", "所以", "如果", "我", "我们", "这", "那")
        .doesNotHaveDuplicates();
  }

  @Test
  void everyShippedWordCountsWhenWritten() {
    for (String word : ConnectingWords.english()) {
      assertThat(AnalyzedText.of(word).connectingWordCount()).as(word).isEqualTo(1);
    }
    for (String word : ConnectingWords.chinese()) {
      assertThat(AnalyzedText.of(word).connectingWordCount()).as(word).isEqualTo(word.length());
    }
  }
}
