package dev.pmdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text from a bank, an answer or a file is data: no escape sequence in it reaches the terminal,
 * whichever command shows it.
 */
class ControlSequencesTest {
  private static final String ESC = "\u001b";

  @TempDir Path dir;

  private static final String BANK =
      "format: 1\nbank: b\ntitle: \"B\\e[2J\"\nquestions:\n  - id: q\n    category: c\n"
          + "    prompt: \"What \\e[31mred\\e[0m metric?\\e]0;owned\\a\"\n"
          + "    hints: [\"hint \\e[1mbold\"]\n"
          + "    model_answer: \"model \\e[5mblink\"\n"
          + "    rubric:\n      - concept: \"north \\e[32mstar\"\n        any: [gmv]\n"
          + "        tip: \"tip \\e[7m\"\n"
          + "    examples:\n      - answer: gmv\n        expect: \"0-100\"\n";

  @Test
  void bankTextIsCleanInShowScoreAndValidate() throws IOException {
    Files.writeString(dir.resolve("b.yaml"), BANK);
    CliRun show = CliRun.run(dir, "show", "--bank", "b.yaml", "q", "--answer");
    assertThat(show.out()).contains("What red metric?").contains("model blink");
    Files.writeString(dir.resolve("bad.yaml"), BANK + "    \"bad\\e[31mkey\": 1\n");
    CliRun validate = CliRun.run(dir, "validate", "bad.yaml");
    assertThat(validate.err()).contains("unknown key 'badkey'");
    CliRun score =
        CliRun.runWithInput(
            dir, "GMV \u001b[31m12%\u001b[0m", "score", "--bank", "b.yaml", "--question", "q");
    for (CliRun run : new CliRun[] {show, validate, score}) {
      assertThat(run.out() + run.err()).doesNotContain(ESC).doesNotContain("\u0007");
    }
    assertThat(score.out()).contains("north star");
  }

  @Test
  void storedAnswersAndStoryTitlesAreCleanInHistoryExportAndStories() throws IOException {
    Map<String, String> env = CliRun.scratchEnvironment(dir.resolve("scratch"));
    Map<String, String> plain = new java.util.HashMap<>(env);
    plain.put("NO_COLOR", "1");
    CliRun.runWithInput(
            dir,
            plain,
            "Revenue per visitor \u001b[2J\u001b[31mrose\u001b[0m 4.5%.",
            "drill",
            "-q",
            "ab-ctr-up-aov-down",
            "--seed",
            "1")
        .expectCode(ExitCode.OK);
    CliRun show = CliRun.run(dir, plain, "history", "show", "1");
    assertThat(show.out()).contains("Revenue per visitor rose 4.5%.");
    CliRun csv = CliRun.run(dir, plain, "export", "--format", "csv");
    assertThat(csv.out()).contains("Revenue per visitor rose 4.5%.");
    Files.writeString(
        dir.resolve("stories.md"),
        "# Stories\n\n## The \u001b[31mred\u001b[0m launch\n\nLast year I owned checkout. My goal"
            + " was 5%. I shipped it. As a result GMV grew 12%.\n");
    CliRun stories = CliRun.run(dir, plain, "stories", "stories.md");
    assertThat(stories.out()).contains("The red launch");
    for (CliRun run : new CliRun[] {show, csv, stories}) {
      assertThat(run.out() + run.err()).doesNotContain(ESC);
    }
  }
}
