package dev.pmdrill.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentencesTest {

  private static List<String> sentences(String answer) {
    return AnalyzedText.of(answer).sentences().stream()
        .map(span -> answer.substring(span.start(), span.end()))
        .toList();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiterString = "=>",
      textBlock =
          """
      One. Two! Three? Four                         => One.|Two!|Three?|Four
      Sales on 11.11 grew 1.045 times. Then fell.   => Sales on 11.11 grew 1.045 times.|Then fell.
      Really?! Yes...  Fine                         => Really?!|Yes...|Fine
      首先看数据。然后决定！对吗？好                => 首先看数据。|然后决定！|对吗？|好
      首先看数据．然后                              => 首先看数据．然后
      line one\\nline two\\r\\nline three            => line one|line two|line three
      '1. Frame the problem\\n2. Segment users.'    => 1. Frame the problem|2. Segment users.
      He said "done." Next                          => He said "done."|Next
      ...  !!  \\n\\n                               => ''
      ''                                            => ''
      a.b.c is one                                  => a.b.c is one
      """)
  void splits(String input, String expected) {
    String answer = input.replace("\\n", "\n").replace("\\r", "\r");
    List<String> want = expected.isEmpty() ? List.of() : Arrays.asList(expected.split("\\|"));
    assertThat(sentences(answer)).containsExactlyElementsOf(want);
  }
}
