package dev.pmdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code pmdrill loop} on a bank whose rounds draw by tag, end to end in scripted mode. */
class LoopByTagTest {
  private static final Path DIR = Path.of("src/test/resources/golden/list");

  private static List<JsonNode> run(String seed) {
    List<JsonNode> out =
        CliRun.runWithInput(
                DIR,
                "",
                "loop",
                "tagged",
                "--bank",
                "tagged-loop.yaml",
                "--seed",
                seed,
                "--format",
                "json",
                "--no-history")
            .expectCode(ExitCode.OK)
            .jsonLines();
    return out.stream().toList();
  }

  @Test
  void eachRoundAsksOnlyQuestionsOfItsCategoriesAndTagsTheSameForTheSameSeed() {
    for (int seed = 0; seed < 10; seed++) {
      List<String> asked =
          run(String.valueOf(seed)).stream()
              .filter(n -> n.has("question"))
              .map(n -> n.get("question").asText())
              .toList();
      assertThat(asked).hasSize(3).doesNotHaveDuplicates();
      assertThat(asked.get(0)).isIn("design-1", "design-2"); // product-design
      assertThat(asked.get(1)).isIn("design-2", "sd-1"); // of those two, tagged cross-functional
      assertThat(asked.get(2)).isIn("sd-1", "tech-1"); // any category, latency or logistics
      assertThat(run(String.valueOf(seed))).isEqualTo(run(String.valueOf(seed)));
    }
  }

  @Test
  void aLoopWhoseTagIsMisspeltDoesNotStartAndSaysWhere() {
    CliRun run =
        CliRun.runWithInput(
                Path.of("src/test/resources/golden/validate"),
                "",
                "loop",
                "fine",
                "--bank",
                "loop-tags.yaml",
                "--no-history")
            .expectCode(ExitCode.ERRORS);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains(
            "loop-tags.yaml:33:16: error: round 'Cross-functional' of loop 'tag-typo' names tag"
                + " 'cross-functonal', which no loaded question carries; did you mean"
                + " 'cross-functional'?")
        .doesNotContain("Exception");
  }
}
