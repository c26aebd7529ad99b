package dev.pmdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pmdrill.scoring.ScorerVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code history show N} and {@code report --html} on a stored attempt: today's feedback when the
 * rubric and the scorer are the ones that scored it, and the stored score named as older otherwise.
 */
class HistoryShowTest {
  @TempDir Path dir;

  private Map<String, String> env() {
    return Map.of(
        "NO_COLOR",
        "1",
        "PMDRILL_HOME",
        dir.resolve("data").toString(),
        "PMDRILL_STATE",
        dir.resolve("state").toString());
  }

  @BeforeEach
  void recordOneAttempt() {
    CliRun.runWithInput(
            dir,
            env(),
            "Revenue per visitor is CTR x conversion x AOV, so 1.10 x 0.95 = 1.045: I would"
                + " launch.",
            "drill",
            "-q",
            "ab-ctr-up-aov-down")
        .expectCode(0);
  }

  private void update(String sql) throws SQLException {
    try (Connection c =
            DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("data/history.db"));
        Statement s = c.createStatement()) {
      assertThat(s.executeUpdate(sql)).isEqualTo(1);
    }
  }

  private String show() {
    return CliRun.runWithInput(dir, env(), "", "history", "show", "1").expectCode(0).out();
  }

  private String report() throws IOException {
    CliRun.runWithInput(dir, env(), "", "report", "--html", "r.html").expectCode(0);
    return Files.readString(dir.resolve("r.html"), StandardCharsets.UTF_8);
  }

  @Test
  void anAttemptOfThisScorerAndRubricIsReplayedWithItsFeedback() throws IOException {
    assertThat(show())
        .contains("ab-ctr-up-aov-down")
        .contains("revenue per visitor")
        .doesNotContain("older scorer")
        .doesNotContain("changed since");
    assertThat(report()).contains("<mark").doesNotContain("older scorer");
  }

  @Test
  void anAttemptOfAnOlderScorerShowsTheStoredScoreAsItsAndTodaysFeedbackAsToday() throws Exception {
    update("UPDATE attempts SET scorer = 1, total = 12, band = 'weak' WHERE id = 1");
    String out = show();
    assertThat(out)
        .contains(
            "ab-ctr-up-aov-down  12/100 weak  (given by an older scorer (1; this pmdrill's is "
                + ScorerVersion.CURRENT
                + "); the feedback below is this pmdrill's, which may score it differently)")
        .contains("revenue per visitor");
    assertThat(report())
        .contains("12/100 weak")
        .contains(
            "Scored by an older scorer (1; this pmdrill&#39;s is " + ScorerVersion.CURRENT + ")")
        .contains("Evidence not marked: it was scored by an older scorer");
  }

  @Test
  void anAttemptOfAnOlderRubricShowsOnlyTheStoredScoreAndSaysWhy() throws Exception {
    update("UPDATE attempts SET rubric_hash = 'an older rubric' WHERE id = 1");
    String out = show();
    assertThat(out)
        .contains("(the question's rubric has changed since: this is the score it got then)")
        .doesNotContain("older scorer");
    assertThat(report()).contains("Evidence not marked: the question or its rubric changed since.");
  }

  @Test
  void anAttemptOfAnOlderRubricAndScorerSaysBoth() throws Exception {
    update("UPDATE attempts SET rubric_hash = 'an older rubric', scorer = 1 WHERE id = 1");
    assertThat(show())
        .contains(
            "(the question's rubric has changed since: this is the score it got then, from an"
                + " older scorer (1; this pmdrill's is "
                + ScorerVersion.CURRENT
                + "))");
  }
}
