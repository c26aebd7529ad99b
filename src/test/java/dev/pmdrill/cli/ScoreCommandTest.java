package dev.pmdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pmdrill.scoring.ScorerVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreCommandTest {
  private static final Path BANK =
      Path.of("src/test/resources/golden/score/bank.yaml").toAbsolutePath();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private CliRun score(String stdin, String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "score";
    all[1] = "--bank=" + BANK;
    System.arraycopy(args, 0, all, 2, args.length);
    return CliRun.runWithInput(dir, stdin, all);
  }

  @Test
  void jsonHasTheContractsFields() throws IOException {
    CliRun run =
        score(
                "Revenue per visitor rose 4.5%, so I would launch.",
                "--question", "ab-ctr-aov", "--format", "json")
            .expectCode(ExitCode.OK);
    JsonNode json = JSON.readTree(run.out());
    assertThat(json.get("question").asText()).isEqualTo("ab-ctr-aov");
    assertThat(json.get("scorer").asInt()).isEqualTo(ScorerVersion.CURRENT).isEqualTo(3);
    assertThat(json.get("score").isInt()).isTrue();
    assertThat(json.get("band").asText()).isIn("strong", "solid", "borderline", "weak");
    assertThat(json.get("words").asInt()).isEqualTo(9);
    JsonNode first = json.get("criteria").get(0);
    assertThat(first.fieldNames())
        .toIterable()
        .contains("kind", "name", "weight", "score", "evidence", "missing");
    assertThat(json.get("penalties").isArray()).isTrue();
  }

  @Test
  void anUnknownQuestionExitsTwoWithASuggestion() {
    CliRun run = score("answer", "--question", "ab-ctr-aow").expectCode(ExitCode.USAGE);
    assertThat(run.err())
        .contains("no question 'ab-ctr-aow' is loaded; did you mean 'ab-ctr-aov'?");
  }

  @Test
  void aBankThatDoesNotLoadExitsOne() throws IOException {
    Files.writeString(dir.resolve("broken.yaml"), "format: 1\nbank: b\n");
    CliRun run =
        CliRun.runWithInput(dir, "x", "score", "--bank", "broken.yaml", "--question", "q")
            .expectCode(ExitCode.ERRORS);
    assertThat(run.err()).contains("broken.yaml:1:1: error: a bank file needs 'title'");
  }

  @Test
  void anEmptyAnswerScoresZeroRatherThanFailing() throws IOException {
    CliRun run = score("", "--question", "ab-ctr-aov", "--format", "json").expectCode(ExitCode.OK);
    assertThat(JSON.readTree(run.out()).get("score").asInt()).isZero();
  }

  @Test
  void answersFromAFile() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Revenue per visitor rose 4.5%, so I would launch.");
    CliRun run =
        score("", "--question", "ab-ctr-aov", "--answer-file", "a.txt").expectCode(ExitCode.OK);
    assertThat(run.out()).startsWith("ab-ctr-aov  ");
  }

  @Test
  void nulBytesAndInvalidUtf8AreRefusedClearly() throws IOException {
    Files.write(dir.resolve("bin"), new byte[] {'a', 0, 'b'});
    Files.write(dir.resolve("latin1"), new byte[] {'c', 'a', 'f', (byte) 0xe9});
    assertThat(
            score("", "--question", "ab-ctr-aov", "--answer-file", "bin")
                .expectCode(ExitCode.USAGE)
                .err())
        .contains("holds NUL bytes");
    assertThat(
            score("", "--question", "ab-ctr-aov", "--answer-file", "latin1")
                .expectCode(ExitCode.USAGE)
                .err())
        .contains("is not UTF-8");
  }

  @Test
  void anAnswerOverTheLimitIsRefused() throws IOException {
    Files.writeString(dir.resolve("big"), "word ".repeat(300_000));
    assertThat(
            score("", "--question", "ab-ctr-aov", "--answer-file", "big")
                .expectCode(ExitCode.USAGE)
                .err())
        .contains("longer than the limit of 1 MiB");
  }

  @Test
  void batchKeepsOrderPassesIdsThroughAndReportsBadLines() throws IOException {
    String input =
        String.join(
            "\n",
            "{\"id\": \"a\", \"question\": \"ab-ctr-aov\", \"answer\": \"Revenue per visitor rose 4.5%, so I would launch.\"}",
            "not json",
            "{\"id\": 7, \"question\": \"nope\", \"answer\": \"x\"}",
            "",
            "{\"question\": \"cf-abandoned\", \"answer\": \"\"}",
            "{\"id\": \"no-answer\", \"question\": \"cf-abandoned\"}");
    CliRun run = score(input, "--batch", "-").expectCode(ExitCode.ERRORS);
    List<JsonNode> lines =
        run.out()
            .lines()
            .map(
                l -> {
                  try {
                    return JSON.readTree(l);
                  } catch (IOException e) {
                    throw new AssertionError(l, e);
                  }
                })
            .toList();
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0).get("id").asText()).isEqualTo("a");
    assertThat(lines.get(0).get("score").asInt()).isPositive();
    assertThat(lines.get(0).get("scorer").asInt()).isEqualTo(ScorerVersion.CURRENT);
    assertThat(lines.get(1).get("line").asInt()).isEqualTo(2);
    assertThat(lines.get(1).get("error").asText()).startsWith("not JSON");
    assertThat(lines.get(2).get("id").asInt()).isEqualTo(7);
    assertThat(lines.get(2).get("error").asText()).contains("no question 'nope'");
    assertThat(lines.get(3).get("score").asInt()).isZero();
    assertThat(lines.get(3).get("scorer").asInt()).isEqualTo(ScorerVersion.CURRENT);
    assertThat(lines.get(4).get("id").asText()).isEqualTo("no-answer");
    assertThat(lines.get(4).get("line").asInt()).isEqualTo(6);
    assertThat(run.err()).contains("3 of 6 lines could not be scored");
  }

  @Test
  void batchFromAFileAllScoredExitsZero() throws IOException {
    Files.writeString(
        dir.resolve("in.jsonl"), "{\"question\": \"ab-ctr-aov\", \"answer\": \"launch\"}\n");
    CliRun run = score("", "--batch", "in.jsonl").expectCode(ExitCode.OK);
    assertThat(run.out().lines()).hasSize(1);
  }
}
