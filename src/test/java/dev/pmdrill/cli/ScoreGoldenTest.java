package dev.pmdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The score report a candidate reads, pinned as golden files: each {@code NAME.answer} under {@code
 * golden/score/} starts with {@code # question: ID}; {@code NAME.text} and {@code NAME.json} hold
 * the expected output against {@code bank.yaml}. {@code -Dgolden.update=true} rewrites them.
 */
class ScoreGoldenTest {
  static final Path ROOT = Path.of("src/test/resources/golden/score");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(ROOT)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".answer"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void textReport(String answerFile) throws IOException {
    check(answerFile, "text");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void jsonReport(String answerFile) throws IOException {
    check(answerFile, "json");
  }

  private static void check(String answerFile, String format) throws IOException {
    String text = Files.readString(ROOT.resolve(answerFile), StandardCharsets.UTF_8);
    String header = text.lines().findFirst().orElseThrow();
    assertThat(header).startsWith("# question: ");
    String question = header.substring("# question: ".length()).strip();
    String answer = text.substring(text.indexOf('\n') + 1);
    CliRun run =
        CliRun.runWithInput(
                ROOT,
                answer,
                "score",
                "--bank",
                "bank.yaml",
                "--question",
                question,
                "--format",
                format)
            .expectCode(ExitCode.OK);
    Path expected = ROOT.resolve(answerFile.replace(".answer", "." + format));
    if (UPDATE || !Files.exists(expected)) {
      Files.writeString(expected, run.out(), StandardCharsets.UTF_8);
      assertThat(UPDATE)
          .as("wrote missing golden file %s; review and commit it", expected)
          .isTrue();
    }
    assertThat(run.out()).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }
}
