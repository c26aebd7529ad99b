package dev.pmdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pmdrill.golden.GoldenFolder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The score report a candidate reads, pinned as golden files: each {@code NAME.answer} under {@code
 * golden/score/} starts with {@code # question: ID}; {@code NAME.text} and {@code NAME.json} hold
 * the expected output against {@code bank.yaml}. {@code -Dgolden.update=true} rewrites them.
 */
class ScoreGoldenTest {
  static final GoldenFolder GOLDEN = GoldenFolder.of("src/test/resources/golden/score");
  static final String BANK = "bank.yaml";
  private static final List<String> FORMATS = List.of("text", "json");

  static List<String> cases() {
    return GOLDEN.names(".answer");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void textReport(String answerFile) {
    check(answerFile, "text");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void jsonReport(String answerFile) {
    check(answerFile, "json");
  }

  @Test
  void everyFileBelongsToACase() {
    List<String> owned = new ArrayList<>(List.of(BANK));
    for (String answerFile : cases()) {
      owned.add(answerFile);
      FORMATS.forEach(f -> owned.add(expected(answerFile, f)));
    }
    GOLDEN.assertNoOrphans(owned);
  }

  private static String expected(String answerFile, String format) {
    return answerFile.replace(".answer", "." + format);
  }

  private static void check(String answerFile, String format) {
    String text = GOLDEN.read(answerFile);
    String header = text.lines().findFirst().orElseThrow();
    assertThat(header).startsWith("# question: ");
    String question = header.substring("# question: ".length()).strip();
    String answer = text.substring(text.indexOf('\n') + 1);
    CliRun run =
        CliRun.runWithInput(
                GOLDEN.root(),
                answer,
                "score",
                "--bank",
                BANK,
                "--question",
                question,
                "--format",
                format)
            .expectCode(ExitCode.OK);
    GOLDEN.check(expected(answerFile, format), run.out());
  }
}
