package dev.pmdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pmdrill.bank.ProblemKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate --format sarif}: the fields GitHub code scanning and other SARIF views read. */
class SarifReportTest {
  @TempDir Path dir;

  private static final String BROKEN =
      "format: 1\n"
          + "bank: b\n"
          + "title: B\n"
          + "questions:\n"
          + "  - id: q\n"
          + "    category: c\n"
          + "    prompt: P\n"
          + "    modelanswer: x\n"
          + "    rubric:\n"
          + "      - quantified: n\n"
          + "  - id: warned\n"
          + "    category: c\n"
          + "    prompt: Why?\n"
          + "    rubric:\n"
          + "      - prose: In sentences\n"
          + "      - concept: Says why\n"
          + "        any: [because]\n";

  @Test
  void everyFieldCodeScanningReadsIsThere() throws IOException {
    Files.createDirectories(dir.resolve("banks dir"));
    Files.writeString(dir.resolve("banks dir/b.yaml"), BROKEN);
    CliRun run =
        CliRun.run(dir, "validate", "--format", "sarif", "banks dir/b.yaml")
            .expectCode(ExitCode.ERRORS);
    JsonNode log = new ObjectMapper().readTree(run.out());

    assertThat(log.path("$schema").asText()).contains("sarif").endsWith("2.1.0.json");
    assertThat(log.path("version").asText()).isEqualTo("2.1.0");
    assertThat(log.path("runs")).hasSize(1);
    JsonNode driver = log.path("runs").get(0).path("tool").path("driver");
    assertThat(driver.path("name").asText()).isEqualTo("pmdrill");
    assertThat(driver.path("version").asText()).isNotBlank();
    assertThat(driver.path("informationUri").asText()).startsWith("https://");
    JsonNode rules = driver.path("rules");
    List<String> ruleIds = new ArrayList<>();
    rules.forEach(r -> ruleIds.add(r.path("id").asText()));
    assertThat(ruleIds).doesNotHaveDuplicates().hasSize(ProblemKind.values().length);
    rules.forEach(r -> assertThat(r.path("shortDescription").path("text").asText()).isNotBlank());

    JsonNode results = log.path("runs").get(0).path("results");
    assertThat(results).isNotEmpty();
    Set<String> levels = new HashSet<>();
    for (JsonNode r : results) {
      String ruleId = r.path("ruleId").asText();
      assertThat(ruleIds).contains(ruleId);
      assertThat(ruleIds.get(r.path("ruleIndex").asInt())).isEqualTo(ruleId);
      levels.add(r.path("level").asText());
      assertThat(r.path("message").path("text").asText()).isNotBlank();
      JsonNode physical = r.path("locations").get(0).path("physicalLocation");
      assertThat(physical.path("artifactLocation").path("uri").asText())
          .isEqualTo("banks%20dir/b.yaml");
      assertThat(physical.path("region").path("startLine").asInt()).isPositive();
      assertThat(physical.path("region").path("startColumn").asInt()).isPositive();
    }
    assertThat(levels).containsExactlyInAnyOrder("error", "warning");

    JsonNode unknownKey = find(results, "unknown-key");
    assertThat(unknownKey.path("level").asText()).isEqualTo("error");
    assertThat(unknownKey.path("message").path("text").asText())
        .isEqualTo("unknown key 'modelanswer' in a question; did you mean 'model_answer'?");
    JsonNode region = unknownKey.path("locations").get(0).path("physicalLocation").path("region");
    assertThat(region.path("startLine").asInt()).isEqualTo(8);
    assertThat(region.path("startColumn").asInt()).isEqualTo(5);
    assertThat(find(results, "missing-model-answer").path("level").asText()).isEqualTo("warning");
    // The human summary still reaches a person watching the run.
    assertThat(run.err()).contains("1 error");
  }

  @Test
  void aCleanBankGivesAnEmptyResultListAndExitZero() throws IOException {
    java.nio.file.Files.writeString(
        dir.resolve("clean.yaml"),
        "format: 1\nbank: clean\ntitle: Clean\nrubrics:\n  decides:\n"
            + "    - concept: Decides\n      any: [I would launch, I would hold]\n");
    CliRun run =
        CliRun.run(dir, "validate", "--format", "sarif", dir.resolve("clean.yaml").toString())
            .expectCode(ExitCode.OK);
    JsonNode log = new ObjectMapper().readTree(run.out());
    assertThat(log.path("runs").get(0).path("results")).isEmpty();
  }

  private static JsonNode find(JsonNode results, String ruleId) {
    for (JsonNode r : results) {
      if (r.path("ruleId").asText().equals(ruleId)) {
        return r;
      }
    }
    throw new AssertionError("no result with rule " + ruleId + " in " + results);
  }
}
