package dev.pmdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pmdrill.golden.GoldenFolder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The story and packet reviews of the samples in {@code docs/examples/}, pinned as golden files
 * under {@code golden/material/}: text at 80 columns and JSON. {@code -Dgolden.update=true}
 * rewrites them.
 */
class MaterialGoldenTest {
  private static final GoldenFolder SAMPLES = GoldenFolder.of("docs/examples");
  private static final GoldenFolder GOLDEN = GoldenFolder.of("src/test/resources/golden/material");
  private static final List<String> FORMATS = List.of("text", "json");

  static List<String> samples() {
    return SAMPLES.names(n -> true);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void text(String sample) {
    check(sample, "text");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void json(String sample) {
    check(sample, "json");
  }

  /** The day the calendar cases are reviewed on: the steps' done / due / late depend on it. */
  private static final java.time.Clock CALENDAR_TODAY =
      java.time.Clock.fixed(
          java.time.Instant.parse("2026-12-06T09:00:00Z"), java.time.ZoneOffset.UTC);

  private static final List<String> CALENDAR_CASES =
      List.of("packet-staff-board-2027-03-15.text", "packet-staff-board-2027-03-15.json");

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void theCalendarOfTheStaffSampleWorkedBackFromTheBoardOption(String format) {
    CliRun run =
        CliRun.runAt(
                CALENDAR_TODAY,
                Path.of("."),
                Map.of("COLUMNS", "80", "NO_COLOR", "1"),
                "",
                "packet",
                SAMPLES.resolve("packet-staff.md").toString(),
                "--board",
                "2027-03-15",
                "--format",
                format)
            .expectCode(ExitCode.OK);
    assertThat(run.err()).isEmpty();
    GOLDEN.check("packet-staff-board-2027-03-15." + format, run.out());
  }

  static List<String> formats() {
    return FORMATS;
  }

  @Test
  void everyFileBelongsToASample() {
    List<String> owned = new ArrayList<>(CALENDAR_CASES);
    for (String sample : samples()) {
      FORMATS.forEach(f -> owned.add(expected(sample, f)));
    }
    GOLDEN.assertNoOrphans(owned);
  }

  private static String expected(String sample, String format) {
    return sample.replace('.', '-') + "." + format;
  }

  private static void check(String sample, String format) {
    String command =
        sample.startsWith("packet") ? "packet" : sample.startsWith("offer") ? "offer" : "stories";
    CliRun run =
        CliRun.run(
                Path.of("."),
                Map.of("COLUMNS", "80"),
                command,
                SAMPLES.resolve(sample).toString(),
                "--format",
                format)
            .expectCode(ExitCode.OK);
    assertThat(run.err()).isEmpty();
    GOLDEN.check(expected(sample, format), run.out());
  }
}
