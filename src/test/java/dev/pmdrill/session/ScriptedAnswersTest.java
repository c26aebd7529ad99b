package dev.pmdrill.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pmdrill.bank.Question;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScriptedAnswersTest {
  private static final ScriptedAnswer SKIP = new ScriptedAnswer.Skip();

  private static ScriptedAnswer given(String text) {
    return new ScriptedAnswer.Given(text);
  }

  static Stream<Arguments> scripts() {
    return Stream.of(
        Arguments.of("empty input", "", List.of()),
        Arguments.of("blank input", "  \n\n \t\n", List.of()),
        Arguments.of("one answer", "I would launch.", List.of(given("I would launch."))),
        Arguments.of(
            "no trailing separator",
            "first\n---\nsecond",
            List.of(given("first"), given("second"))),
        Arguments.of(
            "trailing separator ignored",
            "first\n---\nsecond\n---\n",
            List.of(given("first"), given("second"))),
        Arguments.of(
            "trailing separator then blank lines", "first\n---\n\n  \n", List.of(given("first"))),
        Arguments.of(
            "CRLF line ends",
            "line one\r\nline two\r\n---\r\nsecond\r\n",
            List.of(given("line one\nline two"), given("second"))),
        Arguments.of(
            "separator with spaces around it",
            "first\n  ---  \nsecond",
            List.of(given("first"), given("second"))),
        Arguments.of(
            "dashes inside a line are text",
            "a --- b\n----\nc",
            List.of(given("a --- b\n----\nc"))),
        Arguments.of(
            "skip", "first\n---\n/skip\n---\nthird", List.of(given("first"), SKIP, given("third"))),
        Arguments.of("skip among blank lines", "\n  /skip  \n\n---\nx", List.of(SKIP, given("x"))),
        Arguments.of("skip as the last part", "x\n---\n/skip", List.of(given("x"), SKIP)),
        Arguments.of(
            "skip beside other text is text",
            "/skip\nbecause I do not know",
            List.of(given("/skip\nbecause I do not know"))),
        Arguments.of(
            "an empty part in the middle is an empty answer",
            "a\n---\n---\nb",
            List.of(given("a"), given(""), given("b"))),
        Arguments.of(
            "paragraphs kept, surrounding blank lines dropped",
            "\n\nOne.\n\nTwo.\n\n---\n",
            List.of(given("One.\n\nTwo."))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scripts")
  void splits(String name, String input, List<ScriptedAnswer> expected) {
    assertThat(ScriptedAnswers.split(input)).isEqualTo(expected);
  }

  @Test
  void eachKindMakesItsAttempt() {
    Question q = Fixtures.BUILT_IN.question("cf-reorg-pivot").orElseThrow();
    Attempt skipped = SKIP.attempt(q, Duration.ofSeconds(5), q.time());
    assertThat(skipped.skipped()).isTrue();
    assertThat(skipped.total()).isZero();
    Attempt answered =
        given(q.modelAnswer().orElseThrow()).attempt(q, Duration.ofMinutes(4), Optional.empty());
    assertThat(answered.skipped()).isFalse();
    assertThat(answered.total()).isGreaterThan(70);
    assertThat(answered.limit()).isEmpty();
  }
}
