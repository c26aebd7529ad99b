package dev.pmdrill.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pmdrill.golden.GoldenFolder;
import dev.pmdrill.history.StatsView;
import dev.pmdrill.history.StoredAttempt;
import dev.pmdrill.history.StoredAttemptRow;
import dev.pmdrill.history.StoredCriterion;
import dev.pmdrill.history.WeakCriterion;
import dev.pmdrill.review.AnswerMarks;
import dev.pmdrill.review.Highlight;
import dev.pmdrill.review.Rehearsals;
import dev.pmdrill.scoring.Band;
import dev.pmdrill.scoring.ScorerVersion;
import dev.pmdrill.text.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The HTML report as golden files under {@code golden/report/}, built from fixed records; and what
 * must hold of any page: nothing fetched from anywhere, no script, user text escaped.
 */
class HtmlReportTest {
  private static final GoldenFolder GOLDEN = GoldenFolder.of("src/test/resources/golden/report");

  private static final String GUESS =
      "Start from 1.4 billion people, about 30% in cities, so 420 million.\n"
          + "Sanity check: that is close to the number of smartphone users. <script>alert(1)</script>";
  private static final String METRICS =
      "I would look at DAU & retention first; \"engagement\" is vague. I'd segment by platform.";

  private static StoredAttempt attempt(
      String id, String category, String answer, int total, boolean skipped, String mode) {
    return new StoredAttempt(
        id,
        "builtin",
        category,
        "hash-" + id,
        answer,
        total,
        Band.of(total),
        skipped,
        List.of(
            new StoredCriterion("concept", "sanity check", Optional.of("technical-depth"), 1, 1, 0),
            new StoredCriterion("concept", "segmentation", Optional.of("business-acumen"), 2, 0, 0),
            new StoredCriterion("avoid", "vague words", Optional.empty(), 0, 0, 5)),
        5,
        200,
        OptionalLong.of(180),
        OptionalInt.of(4),
        mode,
        mode.equals("loop") ? Optional.of("alibaba-pm") : Optional.empty(),
        mode.equals("loop") ? Optional.of("Bar raiser") : Optional.empty(),
        ScorerVersion.CURRENT);
  }

  private static List<StoredAttemptRow> rows() {
    return List.of(
        new StoredAttemptRow(
            4,
            Instant.parse("2024-05-20T09:30:00Z"),
            attempt("metrics-dau", "metrics", METRICS, 62, false, "drill")),
        new StoredAttemptRow(
            3,
            Instant.parse("2024-05-18T21:05:00Z"),
            attempt("guess-cities", "guesstimate", GUESS, 88, false, "loop")),
        new StoredAttemptRow(
            2,
            Instant.parse("2024-05-18T08:00:00Z"),
            attempt("guess-cities", "guesstimate", "", 0, true, "script")),
        new StoredAttemptRow(
            1,
            Instant.parse("2024-05-12T12:00:00Z"),
            attempt(
                "metrics-nsm",
                "metrics",
                "North star: weekly active buyers.",
                41,
                false,
                "drill")));
  }

  private static StatsView stats() {
    return new StatsView(
        4,
        List.of(
            new StatsView.Group("guesstimate", 2, 44, 88),
            new StatsView.Group("metrics", 2, 51.5, 62)),
        List.of(new StatsView.Group("builtin", 4, 47.75, 88)),
        List.of(
            new StatsView.Day(LocalDate.of(2024, 5, 12), 1, 41),
            new StatsView.Day(LocalDate.of(2024, 5, 18), 2, 44),
            new StatsView.Day(LocalDate.of(2024, 5, 20), 1, 62)),
        List.of(
            new WeakCriterion(
                "guesstimate", "concept", "segmentation", Optional.of("business-acumen"), 7, 9),
            new WeakCriterion("metrics", "concept", "<b>counter</b>", Optional.empty(), 1, 1)),
        OptionalDouble.of(0.25),
        new StatsView.SelfRating(
            3, OptionalDouble.of(12.5), List.of(new StatsView.BandDifference(Band.WEAK, 3, 12.5))),
        List.of(
            new StatsView.Dimension("business-acumen", 9, 22.2),
            new StatsView.Dimension("technical-depth", 9, 77.8)),
        new StatsView.Readiness(
            43.3,
            List.of(
                new StatsView.Pillar("technical-depth", 9, 77.8, 3),
                new StatsView.Pillar("business-acumen", 9, 22.2, 2),
                new StatsView.Pillar("leadership", 0, 0, 3),
                new StatsView.Pillar("communication", 0, 0, 2)),
            "leadership"));
  }

  private static Map<Long, AnswerMarks> marks() {
    int sanity = GUESS.indexOf("Sanity check");
    int vague = METRICS.indexOf("vague");
    int dau = METRICS.indexOf("DAU & retention");
    return Map.of(
        3L,
        AnswerMarks.of(
            List.of(
                new Highlight(
                    new Span(sanity, sanity + "Sanity check".length()), "sanity check", false),
                // overlaps the one before: the two merge into one mark
                new Highlight(new Span(sanity + 7, sanity + 18), "check it", false),
                new Highlight(new Span(6, 21), "a starting population", false),
                // outside the text: dropped
                new Highlight(new Span(500, 510), "nowhere", false))),
        4L,
        AnswerMarks.of(
            List.of(
                new Highlight(new Span(dau, dau + "DAU & retention".length()), "metric", false),
                new Highlight(new Span(vague, vague + 5), "vague words", true))),
        1L,
        AnswerMarks.unavailable("the question or its rubric changed since."));
  }

  private static StatsView empty() {
    return new StatsView(
        0,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        OptionalDouble.empty(),
        new StatsView.SelfRating(0, OptionalDouble.empty(), List.of()),
        List.of(),
        new StatsView.Readiness(0, List.of(), "technical-depth"));
  }

  @Test
  void sampleReport() {
    GOLDEN.check("sample.html", HtmlReport.render(stats(), rows(), marks(), ZoneOffset.UTC));
  }

  @Test
  void emptyHistory() {
    GOLDEN.check("empty.html", HtmlReport.render(empty(), List.of(), Map.of(), ZoneOffset.UTC));
  }

  @Test
  void everyFileBelongsToACase() {
    GOLDEN.assertNoOrphans(List.of("sample.html", "empty.html"));
  }

  @Test
  void thePageFetchesNothingAndRunsNothing() {
    String page = HtmlReport.render(stats(), rows(), marks(), ZoneOffset.UTC);
    assertThat(page).doesNotContain("http://").doesNotContain("https://");
    assertThat(page.toLowerCase(java.util.Locale.ROOT))
        .doesNotContain("<script")
        .doesNotContain("@import")
        .doesNotContain("url(")
        .doesNotContain("src=")
        .doesNotContain("href=");
    assertThat(page).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
  }

  @Test
  void userTextIsEscaped() {
    String page = HtmlReport.render(stats(), rows(), marks(), ZoneOffset.UTC);
    assertThat(page)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("DAU &amp; retention")
        .contains("&quot;engagement&quot;")
        .contains("&lt;b&gt;counter&lt;/b&gt;")
        .doesNotContain("<b>counter");
  }

  @Test
  void evidenceIsMarkedAndOverlapsMerge() {
    String page = HtmlReport.render(stats(), rows(), marks(), ZoneOffset.UTC);
    assertThat(page)
        .contains("<mark title=\"sanity check; check it\">Sanity check: that</mark>")
        .contains("<mark title=\"metric\">DAU &amp; retention</mark>")
        .contains("<mark class=\"avoid\" title=\"vague words\">vague</mark>")
        .contains("Evidence not marked: the question or its rubric changed since.")
        .doesNotContain("nowhere");
  }

  @Test
  void theTrendHasALinePerCategoryWithMoreThanOneDay() {
    String page = HtmlReport.render(stats(), rows(), marks(), ZoneOffset.UTC);
    // metrics on two days: a line; guesstimate answered on one day only (one skipped): a dot
    assertThat(count(page, "<polyline")).isEqualTo(1);
    assertThat(page).contains("guesstimate 2024-05-18: 88 (1 attempt)");
  }

  @Test
  void atMostTwoHundredAttemptsAreListed() {
    List<StoredAttemptRow> many = new ArrayList<>();
    for (int i = 250; i > 0; i--) {
      many.add(
          new StoredAttemptRow(
              i,
              Instant.parse("2024-01-01T00:00:00Z").plusSeconds(3600L * i),
              attempt("q" + i, "metrics", "answer " + i, 50, false, "drill")));
    }
    String page = HtmlReport.render(stats(), many, Map.of(), ZoneOffset.UTC);
    assertThat(count(page, "<article ")).isEqualTo(HtmlReport.MAX_ATTEMPTS);
    assertThat(page).contains("attempt-250").doesNotContain("attempt-50\"");
  }

  @Test
  void controlCharactersCannotBreakThePage() {
    assertThat(Html.escape("a\u0000b\u001bc\nd'")).isEqualTo("a\uFFFDb\uFFFDc\nd&#39;");
  }

  private static int count(String text, String needle) {
    Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void rehearsedStoriesShowTheirCoverageAndRehearsedExamplesTheBoard() throws Exception {
    dev.pmdrill.bank.Catalog catalog = dev.pmdrill.bank.BuiltInBanks.catalog();
    Path packetFile = Path.of("docs/examples/packet-staff.md");
    dev.pmdrill.material.Packet packet =
        dev.pmdrill.material.MaterialReader.packet(
                packetFile.toString(), Files.readAllBytes(packetFile))
            .value();
    Path storiesFile = Path.of("docs/examples/stories.md");
    dev.pmdrill.material.StoryBank stories =
        dev.pmdrill.material.MaterialReader.stories(
                storiesFile.toString(), Files.readAllBytes(storiesFile))
            .value();
    Rehearsals rehearsals =
        new Rehearsals(
            Optional.of(dev.pmdrill.review.StoryBankReview.of(catalog, stories)),
            Optional.of(
                dev.pmdrill.review.PacketReview.of(
                    catalog,
                    packet,
                    java.time.Clock.fixed(Instant.parse("2026-12-04T00:00:00Z"), ZoneOffset.UTC))));
    List<StoredAttemptRow> rows = new ArrayList<>(rows());
    StoredAttemptRow first = rows.get(0);
    StoredAttempt a = first.attempt();
    rows.add(
        0,
        new StoredAttemptRow(
            99,
            first.at(),
            new StoredAttempt(
                "story:killed-the-live-stream-tab",
                "stories",
                "story",
                a.rubricHash(),
                a.answer(),
                a.total(),
                a.band(),
                false,
                a.criteria(),
                a.avoidPenalty(),
                a.usedSeconds(),
                a.limitSeconds(),
                a.selfRating(),
                "drill",
                Optional.empty(),
                Optional.empty(),
                a.scorer())));
    String page = HtmlReport.render(stats(), rows, marks(), ZoneOffset.UTC, rehearsals);
    assertThat(page)
        .contains("<h2>Your stories and packet</h2>")
        .contains("Values and themes your stories show")
        .contains("<td class=\"cov-met\">\u2713</td>")
        .contains("no story shows simplicity")
        .contains("The board on your packet examples")
        .contains("Approved: 5 of 5 votes, 4 needed \u2014 approved")
        .doesNotContain("http://")
        .doesNotContain("https://");
  }
}
