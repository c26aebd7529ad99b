package dev.pmdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pmdrill prep}: its errors and exit codes, JSON, help and completion. */
class PrepCommandTest {
  @TempDir Path dir;

  private CliRun run(String... args) {
    return CliRun.run(Path.of("."), Map.of("PMDRILL_HOME", dir.resolve("data").toString()), args);
  }

  @Test
  void aBadBoardDateIsAUsageErrorThatShowsTheFormat() {
    CliRun run =
        run("prep", "--packet", "docs/examples/packet-staff.md", "--board", "2027-13-01")
            .expectCode(ExitCode.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains(
            "--board must be a date written YYYY-MM-DD, such as 2027-03-15, not '2027-13-01'"
                + " (there is no month 13)")
        .doesNotContain("Exception");
  }

  @Test
  void aBoardDateWithoutAPacketSaysWhatIsMissing() {
    CliRun run = run("prep", "--board", "2027-03-15").expectCode(ExitCode.USAGE);
    assertThat(run.err()).contains("--board needs a packet: pmdrill prep --packet FILE");
  }

  @Test
  void aMissingFileIsAUsageError() {
    CliRun run = run("prep", "--stories", "no-such.md").expectCode(ExitCode.USAGE);
    assertThat(run.err()).contains("no such file: no-such.md");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aFolderIsAUsageError() {
    CliRun run = run("prep", "--packet", "docs").expectCode(ExitCode.USAGE);
    assertThat(run.err()).contains("docs is a folder; give the file");
  }

  @Test
  void aStoryFileWithProblemsGivesEachWithItsLineAndExitsOne() throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "stories:\n  - title: One\n    text: [not, text]\n");
    CliRun run = run("prep", "--stories", bad.toString()).expectCode(ExitCode.ERRORS);
    assertThat(run.err()).contains(bad + ":3:").contains("nothing was reviewed");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aBankThatDoesNotLoadExitsOne() throws Exception {
    Path bad = dir.resolve("bank.yaml");
    Files.writeString(bad, "format: 1\nbank: b\nquestions: 3\n");
    CliRun run = run("prep", "--bank", bad.toString()).expectCode(ExitCode.ERRORS);
    assertThat(run.err()).contains("the banks do not load");
  }

  @Test
  void aBoardDateInTheFrontMatterIsUsedAndTheOptionWins() throws Exception {
    CliRun own =
        run("prep", "--packet", "docs/examples/packet-staff.md", "--format", "json")
            .expectCode(ExitCode.OK);
    JsonNode json = new ObjectMapper().readTree(own.out());
    String front = json.path("board").path("date").asText();
    CliRun given =
        run(
                "prep",
                "--packet",
                "docs/examples/packet-staff.md",
                "--board",
                "2026-12-01",
                "--format",
                "json")
            .expectCode(ExitCode.OK);
    JsonNode board = new ObjectMapper().readTree(given.out()).path("board");
    assertThat(board.path("date").asText()).isEqualTo("2026-12-01").isNotEqualTo(front);
    assertThat(board.path("days_left").asLong()).isEqualTo(11);
  }

  @Test
  void theFiscalYearStartDatesTheReadinessConversation() throws Exception {
    Path packet = dir.resolve("packet.md");
    Files.writeString(
        packet,
        Files.readString(Path.of("docs/examples/packet-staff.md"))
            .replaceAll("(?m)^(readiness-conversation|submission):.*\n", ""));
    JsonNode january = calendarItem(packet, "1");
    assertThat(january.path("done").asBoolean()).isFalse();
    assertThat(january.path("detail").asText())
        .contains("Readiness conversation with your manager, by 2026-10-31 (late)");
    assertThat(january.path("command").asText())
        .isEqualTo("pmdrill packet " + packet + " --board 2027-11-20");
    JsonNode april = calendarItem(packet, "april");
    assertThat(april.path("done").asBoolean()).isTrue();
    assertThat(april.path("detail").asText()).doesNotContain("late");
  }

  @Test
  void aMonthThatIsNoMonthIsAUsageError() {
    CliRun run =
        run("prep", "--packet", "docs/examples/packet-staff.md", "--fiscal-year-start", "13")
            .expectCode(ExitCode.USAGE);
    assertThat(run.err())
        .contains("--fiscal-year-start must be a month, 1 to 12 or its name (april), not '13'");
    assertThat(run.out()).isEmpty();
  }

  private JsonNode calendarItem(Path packet, String fiscalYearStart) throws Exception {
    CliRun run =
        run(
                "prep",
                "--packet",
                packet.toString(),
                "--board",
                "2027-11-20",
                "--fiscal-year-start",
                fiscalYearStart,
                "--format",
                "json")
            .expectCode(ExitCode.OK);
    for (JsonNode section : new ObjectMapper().readTree(run.out()).path("sections")) {
      for (JsonNode item : section.path("items")) {
        if (item.path("id").asText().equals("packet-calendar")) {
          return item;
        }
      }
    }
    throw new AssertionError("no calendar item in " + run.out());
  }

  @Test
  void jsonHasTheTotalsAndEveryItemWithItsCommand() throws Exception {
    CliRun run = run("prep", "--format", "json").expectCode(ExitCode.OK);
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.path("done").asInt()).isZero();
    assertThat(json.path("total").asInt()).isPositive();
    assertThat(json.path("board").isMissingNode()).isTrue();
    JsonNode first = json.path("sections").get(0).path("items").get(0);
    assertThat(first.path("id").asText()).isEqualTo("guesstimates");
    assertThat(first.path("done").asBoolean()).isFalse();
    assertThat(first.path("command").asText()).isEqualTo("pmdrill drill --category guesstimate");
  }

  @Test
  void helpFitsEightyColumnsAndTheRootListsIt() {
    CliRun help = run("prep", "--help").expectCode(ExitCode.OK);
    assertThat(help.out()).contains("Usage: pmdrill prep").contains("--stories=FILE");
    assertThat(help.out().lines()).allMatch(l -> l.length() <= 80, "fits 80 columns");
    assertThat(run("--help").expectCode(ExitCode.OK).out()).contains("  prep ");
  }

  @Test
  void theCompletionScriptKnowsPrepAndItsOptions() {
    CliRun run = run("generate-completion").expectCode(ExitCode.OK);
    assertThat(run.out())
        .contains("function _picocli_pmdrill_prep()")
        .contains("--stories")
        .contains("--board");
  }
}
