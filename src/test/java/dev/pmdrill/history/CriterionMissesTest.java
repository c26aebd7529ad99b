package dev.pmdrill.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pmdrill.history.HistoryFixtures.TestClock;
import dev.pmdrill.session.Attempt;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The criterion_misses table (schema 2) always holds what grouping attempt_criteria would give:
 * after the migration from schema 1, and after any insert, delete or update of criterion rows.
 */
class CriterionMissesTest {
  /** The ranking's figures straight from every criterion row, as schema 1 computed them. */
  private static final String GROUPED =
      "SELECT category, kind, name, max(dimension), sum(score < 0.999999999), count(*)"
          + " FROM attempt_criteria GROUP BY category, kind, name ORDER BY category, kind, name";

  private static final String KEPT =
      "SELECT category, kind, name, dimension, missed, seen FROM criterion_misses"
          + " ORDER BY category, kind, name";

  private static final List<String> CATEGORIES = List.of("guesstimate", "metrics", "promotion");

  /** "goal" never has a dimension and "met" is never missed; the others vary. */
  private static final List<String> NAMES =
      List.of("segments", "sanity check", "ripple", "goal", "met");

  private static final List<Optional<String>> DIMENSIONS =
      List.of(Optional.empty(), Optional.of("leadership"), Optional.of("technical-depth"));
  private static final double[] SCORES = {0, 0.25, 1.0 / 3, 0.5, 0.999999999, 1};

  @TempDir Path dir;
  private final TestClock clock = new TestClock(HistoryFixtures.T0);

  @Test
  void aSchemaOneHistoryIsCountedWhenMigrated() throws Exception {
    try (Connection c = connect()) {
      try (Statement s = c.createStatement()) {
        for (String sql : Migrations.ALL.get(0).statements()) {
          s.execute(sql);
        }
        s.execute("PRAGMA user_version = 1");
      }
      insertAttempts(c, 200, new Random(3));
    }
    List<List<Object>> before = rows(GROUPED);
    assertThat(before).hasSize(CATEGORIES.size() * NAMES.size());

    try (HistoryStore store = HistoryStore.open(dir, clock)) {
      assertThat(store.schemaVersion()).isEqualTo(3);
      assertThat(store.count()).isEqualTo(200);
      assertThat(store.weakestCriteria(Integer.MAX_VALUE)).isEqualTo(ranked(before)).isNotEmpty();
    }
    assertThat(rows(KEPT)).isEqualTo(before);
  }

  @Test
  void theCountsFollowRecordsDeletesAndUpdates() throws Exception {
    try (HistoryStore store = HistoryStore.open(dir, clock)) {
      for (Attempt a : HistoryFixtures.builtInAttempts(40, 5)) {
        store.record(StoredAttempt.of(a, "drill", Optional.empty(), Optional.empty()));
        clock.advance(Duration.ofMinutes(5));
      }
    }
    assertThat(rows(KEPT)).isEqualTo(rows(GROUPED)).isNotEmpty();

    try (Connection c = connect();
        Statement s = c.createStatement()) {
      // Deleting attempts takes their criteria with them, to the last row of some criteria.
      s.execute("DELETE FROM attempts WHERE id % 3 = 0");
      assertThat(rows(c, KEPT)).isEqualTo(rows(c, GROUPED));
      // Scores, dimensions and names changed in place, met turned to missed and back.
      s.execute("UPDATE attempt_criteria SET score = 1 - score WHERE attempt_id % 2 = 0");
      s.execute("UPDATE attempt_criteria SET dimension = NULL WHERE position = 0");
      s.execute("UPDATE attempt_criteria SET dimension = 'zeta' WHERE position = 1");
      s.execute("UPDATE attempt_criteria SET name = 'renamed' WHERE attempt_id % 5 = 1");
      assertThat(rows(c, KEPT)).isEqualTo(rows(c, GROUPED));
      s.execute("DELETE FROM attempts");
      assertThat(rows(c, KEPT)).isEmpty();
    }
  }

  @Test
  void theRankingReadsTheCountsInTheOrderGroupingGave() throws Exception {
    try (Connection c = connect()) {
      try (Statement s = c.createStatement()) {
        for (Migrations.Migration m : Migrations.ALL) {
          for (String sql : m.statements()) {
            s.execute(sql);
          }
        }
        s.execute("PRAGMA user_version = " + Migrations.latest());
      }
      insertAttempts(c, 300, new Random(11));
    }
    List<WeakCriterion> expected = ranked(rows(GROUPED));
    try (HistoryStore store = HistoryStore.open(dir, clock)) {
      assertThat(store.weakestCriteria(Integer.MAX_VALUE)).isEqualTo(expected);
      assertThat(store.weakestCriteria(5)).isEqualTo(expected.subList(0, 5));
    }
  }

  /**
   * {@code n} attempts in one transaction: a commit per row would make the test wait on the disk,
   * not on the triggers it checks.
   */
  private static void insertAttempts(Connection c, int n, Random random) throws SQLException {
    c.setAutoCommit(false);
    for (int i = 0; i < n; i++) {
      insertAttempt(c, i, random);
    }
    c.commit();
    c.setAutoCommit(true);
  }

  /** One attempt with 1-6 random criterion rows, a key repeated now and then. */
  private static void insertAttempt(Connection c, int i, Random random) throws SQLException {
    String category = CATEGORIES.get(random.nextInt(CATEGORIES.size()));
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO attempts (id, at, question_id, bank, category, rubric_hash, answer,"
                + " total, band, skipped, avoid_penalty, used_seconds, mode)"
                + " VALUES (?, ?, 'q', 'bank', ?, 'hash', 'answer', 50, 'solid', 0, 0, 60,"
                + " 'drill')")) {
      ps.setInt(1, i + 1);
      ps.setLong(2, HistoryFixtures.T0.toEpochMilli() + i * 60_000L);
      ps.setString(3, category);
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO attempt_criteria (attempt_id, position, category, kind, name, dimension,"
                + " weight, score, penalty) VALUES (?, ?, ?, 'concept', ?, ?, 1, ?, 0)")) {
      int n = 1 + random.nextInt(6);
      for (int p = 0; p < n; p++) {
        ps.setInt(1, i + 1);
        ps.setInt(2, p);
        ps.setString(3, category);
        String name = NAMES.get(random.nextInt(NAMES.size()));
        Optional<String> dimension = DIMENSIONS.get(random.nextInt(DIMENSIONS.size()));
        ps.setString(4, name);
        ps.setString(5, name.equals("goal") ? null : dimension.orElse(null));
        ps.setDouble(6, name.equals("met") ? 1 : SCORES[random.nextInt(SCORES.length)]);
        ps.executeUpdate();
      }
    }
  }

  /** The grouped rows as schema 1's ranking gave them: missed ones, most misses first. */
  private static List<WeakCriterion> ranked(List<List<Object>> grouped) {
    List<WeakCriterion> weak = new ArrayList<>();
    for (List<Object> r : grouped) {
      long missed = ((Number) r.get(4)).longValue();
      if (missed > 0) {
        weak.add(
            new WeakCriterion(
                (String) r.get(0),
                (String) r.get(1),
                (String) r.get(2),
                Optional.ofNullable((String) r.get(3)),
                missed,
                ((Number) r.get(5)).longValue()));
      }
    }
    weak.sort(
        java.util.Comparator.comparingLong(WeakCriterion::missed)
            .reversed()
            .thenComparing(WeakCriterion::missRate, java.util.Comparator.reverseOrder())
            .thenComparing(WeakCriterion::category)
            .thenComparing(WeakCriterion::kind)
            .thenComparing(WeakCriterion::name));
    return weak;
  }

  private Connection connect() throws SQLException {
    Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(HistoryStore.FILE));
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA foreign_keys = ON");
    }
    return c;
  }

  private List<List<Object>> rows(String sql) throws SQLException {
    try (Connection c = connect()) {
      return rows(c, sql);
    }
  }

  private static List<List<Object>> rows(Connection c, String sql) throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
          Object v = rs.getObject(i);
          row.add(v instanceof Number n ? (Object) n.longValue() : v);
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
