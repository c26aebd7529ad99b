package dev.pmdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stories and packet commands and drilling one's own material, run in process. */
class MaterialCommandTest {
  private static final Path ROOT = Path.of(".");
  private static final String STORIES = "docs/examples/stories.md";
  private static final String PACKET = "docs/examples/packet-staff.md";

  @TempDir Path dir;

  @Test
  void aMissingFileIsAUsageError() {
    CliRun run = CliRun.run(dir, "stories", "nowhere.md").expectCode(ExitCode.USAGE);
    assertThat(run.err()).contains("no such file: nowhere.md");
    CliRun folder = CliRun.run(dir, "packet", ".").expectCode(ExitCode.USAGE);
    assertThat(folder.err()).contains(". is a folder; give the file");
  }

  @Test
  void everyProblemOfAFileIsReportedWithItsLineAndNothingIsReviewed() throws IOException {
    Files.writeString(
        dir.resolve("p.md"),
        "---\ntrack: stafff\nboard: soon\n---\n## Empty\n\n## \nText.\n## Real\nI saw it.\n");
    CliRun run = CliRun.run(dir, "packet", "p.md").expectCode(ExitCode.ERRORS);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("p.md:2:8: error: unknown track 'stafff'; did you mean 'staff'?")
        .contains("p.md:3:8: error: 'board' must be a date written YYYY-MM-DD")
        .contains("p.md:5:1: error: the example 'Empty' has no text under its heading")
        .contains("p.md:7:1: error: a '##' heading with no title")
        .contains("4 problems in the file; nothing was reviewed")
        .doesNotContain("Exception");
  }

  @Test
  void aBadBoardDateIsAUsageErrorSayingWhatIsWrong() {
    CliRun month =
        CliRun.run(ROOT, "packet", PACKET, "--board", "2027-13-01").expectCode(ExitCode.USAGE);
    assertThat(month.out()).isEmpty();
    assertThat(month.err())
        .contains(
            "--board must be a date written YYYY-MM-DD, such as 2027-03-15, not '2027-13-01'"
                + " (there is no month 13)")
        .doesNotContain("Exception");
    assertThat(CliRun.run(ROOT, "packet", PACKET, "--board", "2027-02-30").err())
        .contains("(2027-02 has no day 30)");
    assertThat(CliRun.run(ROOT, "packet", PACKET, "--board", "March").err())
        .contains("not 'March'");
    assertThat(
            CliRun.run(ROOT, "packet", PACKET, "--fiscal-year-start", "13")
                .expectCode(ExitCode.USAGE)
                .err())
        .contains("--fiscal-year-start must be a month");
  }

  @Test
  void theBoardOptionWinsOverTheFrontMatterAndNoBoardMeansNoCalendar() throws IOException {
    String front = CliRun.run(ROOT, "packet", PACKET).expectCode(ExitCode.OK).out();
    assertThat(front).contains("Promotion calendar for the board on 2027-03-01");
    String option =
        CliRun.run(ROOT, "packet", PACKET, "--board", "2027-06-15").expectCode(ExitCode.OK).out();
    assertThat(option)
        .contains("Promotion calendar for the board on 2027-06-15")
        .contains("Packet in 45 days before the board: submission on 2027-01-08, 158 days");
    String april =
        CliRun.run(ROOT, "packet", PACKET, "--fiscal-year-start", "feb")
            .expectCode(ExitCode.OK)
            .out();
    assertThat(april).contains("with the fiscal year starting in February, the end of November");
    Files.writeString(dir.resolve("p.md"), "---\ntrack: staff\n---\n## A\nI saw it early.\n");
    assertThat(CliRun.run(dir, "packet", "p.md", "--no-input").out())
        .contains("Promotion calendar: no board date; give 'board: YYYY-MM-DD'");
  }

  @Test
  void anUnknownFrontMatterKeyWarnsAndTheReviewGoesOn() throws IOException {
    Files.writeString(
        dir.resolve("p.md"), "---\ntrack: staff\nsponser: Zhang Min\n---\n## A\nI saw it early.\n");
    CliRun run = CliRun.run(dir, "packet", "p.md", "--no-input").expectCode(ExitCode.OK);
    assertThat(run.err())
        .isEqualTo(
            "p.md:3:1: warning: unknown key 'sponser' in the front matter, ignored; did you mean"
                + " 'sponsor'?\n");
    assertThat(run.out()).contains("Review board").contains("Readiness checklist");
  }

  @Test
  void drillingOwnMaterialNeedsATitleAndAFileAndNothingElse() {
    assertThat(CliRun.run(ROOT, "drill", "--story", "x").expectCode(ExitCode.USAGE).err())
        .contains("--story needs --from FILE");
    assertThat(CliRun.run(ROOT, "drill", "--from", STORIES).expectCode(ExitCode.USAGE).err())
        .contains("--from goes with --story TITLE or --packet-example TITLE");
    assertThat(
            CliRun.run(ROOT, "drill", "--story", "1", "--packet-example", "1", "--from", STORIES)
                .expectCode(ExitCode.USAGE)
                .err())
        .contains("do not go together");
    assertThat(
            CliRun.run(ROOT, "drill", "--story", "1", "--from", STORIES, "-c", "metrics")
                .expectCode(ExitCode.USAGE)
                .err())
        .contains("leave out --question, --category");
  }

  @Test
  void anUnknownTitleSuggestsTheNearestAndListsThemAll() {
    CliRun run =
        CliRun.run(ROOT, "drill", "--story", "The coupon bug on 11.12x", "--from", STORIES)
            .expectCode(ExitCode.USAGE);
    assertThat(run.err())
        .contains("no story titled 'The coupon bug on 11.12x' in " + STORIES)
        .contains("did you mean 'The coupon bug on 11.11'?")
        .contains("1. Killed the live-stream tab")
        .contains("5. Teamwork on the search project");
    CliRun ambiguous =
        CliRun.run(ROOT, "drill", "--story", "the", "--from", STORIES).expectCode(ExitCode.USAGE);
    assertThat(ambiguous.err()).contains("'the' matches 5 story titles");
  }

  @Test
  void aScriptedRehearsalIsScoredByTheReviewRubricAndRecorded() throws IOException {
    Path home = dir.resolve("home");
    Map<String, String> env =
        Map.of("NO_COLOR", "1", "PMDRILL_HOME", home.toString(), "PMDRILL_STATE", dir.toString());
    String answer =
        "Last year I owned coupons for 11.11. It was my mistake: I approved a stacking rule without a"
            + " test. I rolled it back in twelve minutes and took responsibility. As a result we had"
            + " no incident since, and the loss stayed at 410,000 RMB.";
    CliRun run =
        CliRun.runWithInput(
                ROOT,
                env,
                answer,
                "drill",
                "--story",
                "coupon",
                "--from",
                STORIES,
                "--format",
                "json")
            .expectCode(ExitCode.OK);
    assertThat(run.out()).contains("\"question\":\"story:the-coupon-bug-on-11-11\"");
    CliRun history = CliRun.run(ROOT, env, "history").expectCode(ExitCode.OK);
    assertThat(history.out()).contains("story:the-coupon-bug-on-11-11");
    CliRun example =
        CliRun.runWithInput(
                ROOT,
                env,
                "I launched 5 features on time.",
                "drill",
                "--packet-example",
                "2",
                "--from",
                PACKET)
            .expectCode(ExitCode.OK);
    assertThat(example.out()).contains("packet:a-take-rate-model-for-small-merchants");
  }

  @Test
  void theFileIsOnlyRead() throws IOException {
    Path copy = dir.resolve("stories.md");
    Files.copy(Path.of(STORIES), copy);
    long before = Files.getLastModifiedTime(copy).toMillis();
    try (var listing = Files.list(dir)) {
      assertThat(listing.count()).isEqualTo(1);
    }
    CliRun.run(dir, "stories", "stories.md").expectCode(ExitCode.OK);
    try (var listing = Files.list(dir)) {
      assertThat(listing.count()).as("nothing is written beside the file").isEqualTo(1);
    }
    assertThat(Files.getLastModifiedTime(copy).toMillis()).isEqualTo(before);
  }
}
