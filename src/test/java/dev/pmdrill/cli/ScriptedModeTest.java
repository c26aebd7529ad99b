package dev.pmdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pmdrill.scoring.ScorerVersion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drills and loops without a terminal: answers from stdin, JSON out, seeds, --fail-below. */
class ScriptedModeTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static JsonNode readJson(String out) {
    try {
      return JSON.readTree(out);
    } catch (IOException e) {
      throw new AssertionError(out, e);
    }
  }

  private static List<JsonNode> lines(String out) {
    return out.lines()
        .map(
            l -> {
              try {
                return JSON.readTree(l);
              } catch (IOException e) {
                throw new AssertionError(l, e);
              }
            })
        .toList();
  }

  @Test
  void theSameSeedDrawsTheSameQuestions() {
    String a =
        CliRun.runWithInput(
                dir, "x\n---\ny\n---\nz", "drill", "-n", "3", "--seed", "42", "--format", "json")
            .expectCode(0)
            .out();
    String b =
        CliRun.runWithInput(
                dir, "x\n---\ny\n---\nz", "drill", "-n", "3", "--seed", "42", "--format", "json")
            .expectCode(0)
            .out();
    String c =
        CliRun.runWithInput(
                dir, "x\n---\ny\n---\nz", "drill", "-n", "3", "--seed", "43", "--format", "json")
            .expectCode(0)
            .out();
    assertThat(a).isEqualTo(b);
    assertThat(lines(a).stream().limit(3).map(n -> n.get("question").asText()).toList())
        .isNotEqualTo(lines(c).stream().limit(3).map(n -> n.get("question").asText()).toList());
  }

  @Test
  void jsonIsOneObjectPerAnswerThenASummary() {
    String answers =
        "Revenue per visitor is CTR x conversion x AOV, so 1.10 x 0.95 = 1.045: I would launch.\n---\n/skip\n";
    List<JsonNode> out =
        lines(
            CliRun.runWithInput(
                    dir,
                    answers,
                    "drill",
                    "-c",
                    "ab-conflict",
                    "-n",
                    "2",
                    "--seed",
                    "1",
                    "--format",
                    "json")
                .expectCode(0)
                .out());
    assertThat(out).hasSize(3);
    assertThat(out.get(0).get("score").asInt()).isPositive();
    assertThat(out.get(0).get("scorer").asInt()).isEqualTo(ScorerVersion.CURRENT);
    assertThat(out.get(1).get("skipped").asBoolean()).isTrue();
    assertThat(out.get(1).get("scorer").asInt()).isEqualTo(ScorerVersion.CURRENT);
    assertThat(out.get(2).get("summary").get("answers").asInt()).isEqualTo(2);
    assertThat(out.get(2).get("summary").get("skipped").asInt()).isEqualTo(1);
  }

  @Test
  void failBelowExitsOneWhenTheAverageIsLow() {
    CliRun run =
        CliRun.runWithInput(
            dir, "no idea", "drill", "-c", "metrics", "--seed", "5", "--fail-below", "50");
    run.expectCode(ExitCode.ERRORS);
    assertThat(run.err()).contains("below --fail-below 50");
  }

  @Test
  void aLoopFailsOnTheCultureFitGateWhateverElseScored() {
    List<JsonNode> out =
        lines(
            CliRun.runWithInput(dir, "", "loop", "alibaba-pm", "--seed", "2", "--format", "json")
                .expectCode(0)
                .out());
    assertThat(out.subList(0, out.size() - 1))
        .isNotEmpty()
        .allSatisfy(o -> assertThat(o.get("scorer").asInt()).isEqualTo(ScorerVersion.CURRENT));
    JsonNode summary = out.get(out.size() - 1).get("summary");
    assertThat(summary.get("passed").asBoolean()).isFalse();
    assertThat(summary.get("failed_gate").asText()).contains("Culture fit");
  }

  @Test
  void theBoardVotesInTheTextReport() {
    CliRun run =
        CliRun.runWithInput(dir, "", "loop", "p9-review-board", "--seed", "2").expectCode(0);
    assertThat(run.out()).contains("Business unit CPO").contains("4 needed");
  }

  @Test
  void scriptedAttemptsAppearInStatsHistoryAndTheExport() {
    java.util.Map<String, String> env =
        java.util.Map.of(
            "NO_COLOR",
            "1",
            "PMDRILL_HOME",
            dir.resolve("data").toString(),
            "PMDRILL_STATE",
            dir.resolve("state").toString());
    CliRun.runWithInput(
            dir,
            env,
            "Revenue per visitor decides it.\n---\n/skip",
            "drill",
            "-c",
            "ab-conflict",
            "-n",
            "2",
            "--seed",
            "9")
        .expectCode(0);
    assertThat(CliRun.runWithInput(dir, env, "", "stats").expectCode(0).out())
        .contains("Attempts: 2")
        .contains("ab-conflict");
    assertThat(CliRun.runWithInput(dir, env, "", "history").expectCode(0).out().lines()).hasSize(2);
    String csv = CliRun.runWithInput(dir, env, "", "export", "--format", "csv").expectCode(0).out();
    assertThat(csv.lines()).hasSize(3).first().asString().startsWith("id,at,question_id");
    assertThat(csv.lines().findFirst().orElseThrow()).contains(",total,scorer,band,");
    JsonNode exported =
        readJson(
            CliRun.runWithInput(dir, env, "", "export", "--format", "json").expectCode(0).out());
    assertThat(exported).hasSize(2);
    exported.forEach(a -> assertThat(a.get("scorer").asInt()).isEqualTo(ScorerVersion.CURRENT));
    CliRun.runWithInput(dir, env, "x", "drill", "-c", "metrics", "--no-history").expectCode(0);
    assertThat(CliRun.runWithInput(dir, env, "", "stats").expectCode(0).out())
        .contains("Attempts: 2");
  }

  @Test
  void unknownCategoriesAndLoopsAreUsageErrorsWithSuggestions() {
    assertThat(
            CliRun.runWithInput(dir, "", "drill", "-c", "guestimate")
                .expectCode(ExitCode.USAGE)
                .err())
        .contains("guesstimate");
    assertThat(CliRun.runWithInput(dir, "", "loop", "alibaba").expectCode(ExitCode.USAGE).err())
        .contains("alibaba-pm");
  }

  @Test
  void aSkipIsStoredAsASkipAndNeverAveraged() {
    java.util.Map<String, String> env =
        new java.util.HashMap<>(CliRun.scratchEnvironment(dir.resolve("scratch")));
    env.put("NO_COLOR", "1");
    CliRun drill =
        CliRun.runWithInput(
                dir,
                env,
                "Revenue per visitor rose 4.5%, I would launch.\n---\n/skip",
                "drill",
                "-c",
                "ab-conflict",
                "-n",
                "2",
                "--seed",
                "7")
            .expectCode(0);
    java.util.regex.Matcher summary =
        java.util.regex.Pattern.compile("1 answer, 1 skipped, average (\\d+)\\.\\d")
            .matcher(drill.out());
    assertThat(summary.find()).as(drill.out()).isTrue();
    String average = summary.group(1);
    assertThat(Integer.parseInt(average)).isPositive();
    String stats = CliRun.runWithInput(dir, env, "", "stats").expectCode(0).out();
    assertThat(stats).containsPattern("average +" + average + "\\.0");
    String json =
        CliRun.runWithInput(dir, env, "", "export", "--format", "json").expectCode(0).out();
    assertThat(json).contains("\"skipped\" : true");
    assertThat(CliRun.runWithInput(dir, env, "", "stats").out())
        .doesNotContain("you miss 'Keeps a long-term holdout' in 2");
  }

  @Test
  void theReadmesScriptedExampleStoresNoPlaceholderAttempts() throws java.io.IOException {
    String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
    String line =
        readme
            .lines()
            .filter(l -> l.startsWith("printf ") && l.contains("| ./pmdrill drill"))
            .findFirst()
            .orElseThrow();
    String input =
        line.substring(line.indexOf('\'') + 1, line.indexOf('\'', line.indexOf('\'') + 1))
            .replace("\\n", "\n");
    String[] args = line.substring(line.indexOf("./pmdrill ") + 10).strip().split("\\s+");
    java.util.Map<String, String> env =
        new java.util.HashMap<>(CliRun.scratchEnvironment(dir.resolve("scratch")));
    env.put("NO_COLOR", "1");
    CliRun.runWithInput(dir, env, input, args);
    assertThat(CliRun.runWithInput(dir, env, "", "stats").expectCode(0).out())
        .contains("No attempts yet");
  }
}
