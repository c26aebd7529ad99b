package dev.pmdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code pmdrill offer}: files, standard input, JSON, and errors a user can act on. */
class OfferCommandTest {
  @TempDir Path dir;

  @Test
  void everyBadNumberAndKeyIsReportedAtItsLineAndColumn() throws IOException {
    Files.writeString(
        dir.resolve("o.yaml"),
        "offers:\n"
            + "  - company: A\n"
            + "    base-monthly: forty thousand\n"
            + "    months: 12\n"
            + "    rsu: 800k\n"
            + "    vesting: [25, 25, 25]\n"
            + "  - company: B\n"
            + "    base-yearly: 900k\n"
            + "    sign-on: lots\n"
            + "    signon-year: 1\n");
    CliRun run = CliRun.run(dir, "offer", "o.yaml").expectCode(ExitCode.ERRORS);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains(
            "o.yaml:3:19: error: 'base-monthly' must be an amount in CNY, such as 600000, 600k,"
                + " 1.2M or 60万, not the text 'forty thousand'")
        .contains(
            "o.yaml:6:14: error: the vesting shares must add up to 100% over 1 to 10 years; these"
                + " add up to 75% over 3 years")
        .contains("o.yaml:9:14: error: 'sign-on' must be an amount in CNY")
        .contains(
            "o.yaml:10:5: error: unknown key 'signon-year' in an offer; did you mean 'sign-on-year'?")
        .contains("4 problems in o.yaml; nothing was compared")
        .doesNotContain("Exception");
  }

  @Test
  void aMissingBaseOrMonthsIsAnError() throws IOException {
    Files.writeString(dir.resolve("o.md"), "---\ncompany: A\nbase-monthly: 40k\n---\nNotes.\n");
    assertThat(CliRun.run(dir, "offer", "o.md").expectCode(ExitCode.ERRORS).err())
        .contains("o.md:3:1: error: 'base-monthly' needs 'months'");
    Files.writeString(dir.resolve("p.yaml"), "company: A\nlevel: P7\n");
    assertThat(CliRun.run(dir, "offer", "p.yaml").expectCode(ExitCode.ERRORS).err())
        .contains("p.yaml:1:1: error: this offer has no base");
    assertThat(CliRun.run(dir, "offer", "nowhere.yaml").expectCode(ExitCode.USAGE).err())
        .contains("no such file: nowhere.yaml");
  }

  @Test
  void offersFromSeveralFilesAndStandardInputAreComparedTogether() throws IOException {
    Files.writeString(
        dir.resolve("a.md"),
        "---\ncompany: Alibaba\nlevel: P7\nbase-monthly: 40k\nmonths: 12\n---\nNotes.\n");
    String typed = "company: Other\nbase-yearly: 500000\nsign-on: 200k\n";
    CliRun run =
        CliRun.runWithInput(dir, typed, "offer", "a.md", "-", "--format", "json")
            .expectCode(ExitCode.OK);
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("offers")).hasSize(2);
    assertThat(json.get("offers").get(0).get("band").get("level").asText()).isEqualTo("P7");
    assertThat(json.get("offers").get(0).get("years").get(0).get("band_position").asText())
        .isEqualTo("below");
    assertThat(json.get("offers").get(1).get("band").isNull()).isTrue();
    assertThat(json.get("offers").get(1).get("file").asText()).isEqualTo("<stdin>");
    assertThat(json.get("leads").get(0).get("offer").asText()).isEqualTo("Other");
    assertThat(json.get("leads").get(0).get("margin").asLong()).isEqualTo(220_000);
    // no file at all reads standard input
    CliRun stdin = CliRun.runWithInput(dir, typed, "offer").expectCode(ExitCode.OK);
    assertThat(stdin.out()).contains("Other").contains("no level given, so no band");
  }

  @ParameterizedTest
  @ValueSource(strings = {"offer", "packet", "loop"})
  void helpFitsEightyColumns(String command) {
    CliRun run = CliRun.run(dir, Map.of("COLUMNS", "80", "NO_COLOR", "1"), command, "--help");
    assertThat(run.code()).isEqualTo(ExitCode.OK);
    assertThat(run.out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
    assertThat(run.out()).doesNotContain("%%").doesNotContain("%n");
  }

  @Test
  void theCompletionScriptKnowsTheNewCommandAndOptions() {
    String script = CliRun.run(dir, "generate-completion").expectCode(ExitCode.OK).out();
    assertThat(script).contains("offer").contains("--track").contains("--board");
    assertThat(script).contains("TRACK_option_args=(\"staff\" \"principal\")");
  }
}
