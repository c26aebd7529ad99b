package dev.pmdrill.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pmdrill.bank.BankLoader;
import dev.pmdrill.bank.BankSource;
import dev.pmdrill.bank.Catalog;
import dev.pmdrill.bank.Question;
import dev.pmdrill.golden.GoldenFolder;
import dev.pmdrill.scoring.Scorer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The feedback screen as golden files, at 80 and 40 columns, with and without colour: each {@code
 * golden/score/NAME.answer} is rendered to {@code golden/feedback/NAME-WIDTH[-color].txt}.
 */
class FeedbackGoldenTest {
  private static final GoldenFolder ANSWERS = GoldenFolder.of("src/test/resources/golden/score");
  private static final GoldenFolder GOLDEN = GoldenFolder.of("src/test/resources/golden/feedback");
  private static final int[] WIDTHS = {80, 40};
  private static Catalog catalog;

  @BeforeAll
  static void load() throws IOException {
    catalog =
        new BankLoader()
            .load(BankSource.fromPaths(List.of(ANSWERS.resolve("bank.yaml"))))
            .catalog();
  }

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (String answerFile : ANSWERS.names(".answer")) {
      for (int width : WIDTHS) {
        cases.add(Arguments.of(answerFile, width, false));
        cases.add(Arguments.of(answerFile, width, true));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} at {1} columns, colour {2}")
  @MethodSource("cases")
  void feedback(String answerFile, int width, boolean color) {
    String text = ANSWERS.read(answerFile);
    String id = text.lines().findFirst().orElseThrow().substring("# question: ".length()).strip();
    Question q = catalog.question(id).orElseThrow();
    String answer = text.substring(text.indexOf('\n') + 1);
    String rendered = ScoreReport.render(id, Scorer.score(q.rubric(), answer), width, color);
    String plain = rendered.replaceAll("\u001b\\[[0-9;]*m", "");
    assertThat(plain.lines())
        .allSatisfy(
            l ->
                assertThat(l.length())
                    .as("line fits %d columns: %s", width, l)
                    .isLessThanOrEqualTo(width));
    GOLDEN.check(expected(answerFile, width, color), rendered);
  }

  @Test
  void everyFileBelongsToAnAnswer() {
    List<String> owned = new ArrayList<>();
    for (String answerFile : ANSWERS.names(".answer")) {
      for (int width : WIDTHS) {
        owned.add(expected(answerFile, width, false));
        owned.add(expected(answerFile, width, true));
      }
    }
    GOLDEN.assertNoOrphans(owned);
  }

  private static String expected(String answerFile, int width, boolean color) {
    return answerFile.replace(".answer", "") + "-" + width + (color ? "-color" : "") + ".txt";
  }
}
