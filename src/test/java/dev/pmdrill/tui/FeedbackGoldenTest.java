package dev.pmdrill.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pmdrill.bank.BankLoader;
import dev.pmdrill.bank.BankSource;
import dev.pmdrill.bank.Catalog;
import dev.pmdrill.bank.Question;
import dev.pmdrill.scoring.Scorer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The feedback screen as golden files, at 80 and 40 columns, with and without colour: each {@code
 * golden/score/NAME.answer} is rendered to {@code golden/feedback/NAME-WIDTH[-color].txt}.
 */
class FeedbackGoldenTest {
  private static final Path ANSWERS = Path.of("src/test/resources/golden/score");
  private static final Path ROOT = Path.of("src/test/resources/golden/feedback");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static Catalog catalog;

  @BeforeAll
  static void load() throws IOException {
    catalog =
        new BankLoader()
            .load(BankSource.fromPaths(List.of(ANSWERS.resolve("bank.yaml"))))
            .catalog();
  }

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    try (Stream<Path> files = Files.list(ANSWERS)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".answer")).sorted().toList()) {
        for (int width : new int[] {80, 40}) {
          cases.add(Arguments.of(p.getFileName().toString(), width, false));
          cases.add(Arguments.of(p.getFileName().toString(), width, true));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} at {1} columns, colour {2}")
  @MethodSource("cases")
  void feedback(String answerFile, int width, boolean color) throws IOException {
    String text = Files.readString(ANSWERS.resolve(answerFile), StandardCharsets.UTF_8);
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
    Path expected =
        ROOT.resolve(
            answerFile.replace(".answer", "") + "-" + width + (color ? "-color" : "") + ".txt");
    if (UPDATE || !Files.exists(expected)) {
      Files.writeString(expected, rendered, StandardCharsets.UTF_8);
      assertThat(UPDATE)
          .as("wrote missing golden file %s; review and commit it", expected)
          .isTrue();
    }
    assertThat(rendered).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }
}
