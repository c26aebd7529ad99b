package dev.pmdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The small things a new user trips on, each as the issue found it. */
class RoughEdgesTest {
  @TempDir Path dir;

  private Map<String, String> env() {
    Map<String, String> env = new HashMap<>(CliRun.scratchEnvironment(dir.resolve("scratch")));
    env.put("NO_COLOR", "1");
    return env;
  }

  @Test
  void helpNamesItsTopicsInTheCommandList() {
    CliRun help = CliRun.run(dir, "help").expectCode(ExitCode.OK);
    assertThat(help.out()).doesNotContain("or for a topic:").contains("topics prose and");
  }

  @Test
  void reportTakesDashOLikeExportAndOneAttemptIsSingular() throws IOException {
    Map<String, String> env = env();
    CliRun.runWithInput(dir, env, "Revenue per visitor.", "drill", "-c", "metrics", "--seed", "1")
        .expectCode(ExitCode.OK);
    CliRun report = CliRun.run(dir, env, "report", "-o", "r.html").expectCode(ExitCode.OK);
    assertThat(Files.exists(dir.resolve("r.html"))).isTrue();
    assertThat(report.err()).contains("(1 attempt").doesNotContain("1 attempts");
    CliRun.run(dir, env, "report", "--html", "-o", "both.html").expectCode(ExitCode.OK);
    assertThat(Files.exists(dir.resolve("both.html"))).isTrue();
    assertThat(CliRun.run(dir, env, "report", "--html").expectCode(ExitCode.USAGE).err())
        .contains("report needs the file to write: report --html FILE (or -o FILE)");
    assertThat(
            CliRun.run(dir, env, "report", "--html", "a.html", "-o", "b.html")
                .expectCode(ExitCode.USAGE)
                .err())
        .contains("give the file once");
    assertThat(CliRun.run(dir, env, "stats").out())
        .contains(" 1 attempt ")
        .doesNotContain("1 attempts");
  }

  @Test
  void showRubricTellsWhatAnAnswerIsAssessedOn() {
    CliRun show = CliRun.run(dir, "show", "ab-ctr-up-aov-down", "--rubric").expectCode(ExitCode.OK);
    assertThat(show.out()).contains("Assessed on:").contains("(concept)");
  }

  @Test
  void aBatchLineWithAnAnswerOverTheLimitKeepsItsId() {
    String answer = "a".repeat(1024 * 1024 + 10);
    String line =
        "{\"id\": \"mine-7\", \"question\": \"ab-ctr-up-aov-down\", \"answer\": \""
            + answer
            + "\"}\n";
    CliRun run = CliRun.runWithInput(dir, line, "score", "--batch", "-");
    assertThat(run.out()).contains("\"id\":\"mine-7\"").contains("longer than the limit of 1 MiB");
  }

  @Test
  void theReadmesMinimalBankValidatesCleanlyAndItsTableNamesReportAndBank() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int start = readme.indexOf("```yaml\n", readme.indexOf("A minimal bank")) + 8;
    String bank = readme.substring(start, readme.indexOf("```", start));
    Files.writeString(dir.resolve("mine.yaml"), bank);
    CliRun run = CliRun.run(dir, "validate", "mine.yaml").expectCode(ExitCode.OK);
    assertThat(run.out() + run.err()).contains("0 errors, 0 warnings");
    assertThat(readme).contains("| `report --html FILE`").contains("--bank FILE");
  }

  @Test
  void listQuestionsShowsWhatEachQuestionAsks() {
    CliRun list =
        CliRun.run(dir, "list", "--questions", "-c", "ab-conflict").expectCode(ExitCode.OK);
    assertThat(list.out().lines().filter(l -> l.startsWith("ab-ctr-up-aov-down")).findFirst())
        .get()
        .asString()
        .contains("On the Taobao home feed");
  }
}
