package dev.pmdrill.history;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The schema, one numbered migration at a time. {@code PRAGMA user_version} holds the number of the
 * last one applied; opening a store applies the ones after it, each in its own transaction. A new
 * version is one more entry at the end of {@link #ALL}; an entry once released never changes.
 */
final class Migrations {
  record Migration(int version, String description, List<String> statements) {
    Migration {
      statements = List.copyOf(statements);
    }
  }

  static final List<Migration> ALL =
      List.of(
          new Migration(
              1,
              "attempts, their criteria, and FSRS cards",
              List.of(
                  "CREATE TABLE attempts ("
                      + " id INTEGER PRIMARY KEY,"
                      + " at INTEGER NOT NULL," // epoch milliseconds, from the store's clock
                      + " question_id TEXT NOT NULL,"
                      + " bank TEXT NOT NULL,"
                      + " category TEXT NOT NULL,"
                      + " rubric_hash TEXT NOT NULL,"
                      + " answer TEXT NOT NULL,"
                      + " total INTEGER NOT NULL CHECK (total BETWEEN 0 AND 100),"
                      + " band TEXT NOT NULL,"
                      + " skipped INTEGER NOT NULL,"
                      + " avoid_penalty REAL NOT NULL,"
                      + " used_seconds INTEGER NOT NULL,"
                      + " limit_seconds INTEGER,"
                      + " self_rating INTEGER CHECK (self_rating BETWEEN 1 AND 5),"
                      + " loop_id TEXT,"
                      + " round_name TEXT,"
                      + " mode TEXT NOT NULL CHECK (mode IN ('drill', 'loop', 'script', 'score')))",
                  // Covering indexes: stats read them and never the rows, which hold answers.
                  "CREATE INDEX attempts_at ON attempts (at, total)",
                  "CREATE INDEX attempts_category ON attempts (category, total)",
                  "CREATE INDEX attempts_bank ON attempts (bank, total)",
                  "CREATE INDEX attempts_question ON attempts (question_id)",
                  "CREATE INDEX attempts_self_rating ON attempts (self_rating, band, total)",
                  "CREATE INDEX attempts_limit ON attempts (limit_seconds, used_seconds)",
                  "CREATE TABLE attempt_criteria ("
                      + " attempt_id INTEGER NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,"
                      + " position INTEGER NOT NULL,"
                      + " category TEXT NOT NULL," // the attempt's, so counts need no join
                      + " kind TEXT NOT NULL,"
                      + " name TEXT NOT NULL,"
                      + " dimension TEXT,"
                      + " weight REAL NOT NULL,"
                      + " score REAL NOT NULL,"
                      + " penalty REAL NOT NULL,"
                      + " PRIMARY KEY (attempt_id, position))",
                  "CREATE INDEX criteria_by_name ON attempt_criteria"
                      + " (category, kind, name, score, dimension)",
                  "CREATE INDEX criteria_by_dimension ON attempt_criteria (dimension, score)",
                  "CREATE TABLE cards ("
                      + " key TEXT PRIMARY KEY,"
                      + " type TEXT NOT NULL CHECK (type IN ('question', 'criterion')),"
                      + " question_id TEXT,"
                      + " category TEXT,"
                      + " kind TEXT,"
                      + " name TEXT,"
                      + " difficulty REAL NOT NULL,"
                      + " stability REAL NOT NULL,"
                      + " due INTEGER NOT NULL,"
                      + " reps INTEGER NOT NULL,"
                      + " lapses INTEGER NOT NULL,"
                      + " last_review INTEGER)",
                  "CREATE INDEX cards_due ON cards (type, due)")),
          new Migration(
              2,
              "misses and sightings of each criterion within its category, kept by triggers",
              List.of(
                  // What the weakest-criteria ranking reads instead of grouping every criterion
                  // row ever stored (91,000 rows for 10,000 attempts: 15 ms of a 'stats').
                  "CREATE TABLE criterion_misses ("
                      + " category TEXT NOT NULL,"
                      + " kind TEXT NOT NULL,"
                      + " name TEXT NOT NULL,"
                      + " dimension TEXT," // the greatest of its rows', as max() would give
                      + " missed INTEGER NOT NULL,"
                      + " seen INTEGER NOT NULL,"
                      + " PRIMARY KEY (category, kind, name)) WITHOUT ROWID",
                  "INSERT INTO criterion_misses (category, kind, name, dimension, missed, seen)"
                      + " SELECT category, kind, name, max(dimension), sum(score < 0.999999999),"
                      + " count(*) FROM attempt_criteria GROUP BY category, kind, name",
                  "CREATE TRIGGER criterion_misses_insert AFTER INSERT ON attempt_criteria"
                      + " BEGIN "
                      + count("NEW")
                      + " END",
                  "CREATE TRIGGER criterion_misses_delete AFTER DELETE ON attempt_criteria"
                      + " BEGIN "
                      + uncount("OLD")
                      + " END",
                  "CREATE TRIGGER criterion_misses_update"
                      + " AFTER UPDATE OF category, kind, name, dimension, score"
                      + " ON attempt_criteria BEGIN "
                      + uncount("OLD")
                      + " "
                      + count("NEW")
                      + " END")),
          new Migration(
              3,
              "the scorer that gave each attempt its score",
              List.of(
                  // Every attempt stored before this column was scored by revision 1's scorer.
                  "ALTER TABLE attempts ADD COLUMN scorer INTEGER NOT NULL DEFAULT 1"
                      + " CHECK (scorer >= 1)")));

  private Migrations() {}

  /**
   * Trigger statements adding the criterion row {@code row} (NEW or OLD) to its category's counts.
   * Missed means a score below 1 - 1e-9, as {@link StoredCriterion#missed()} says. Part of
   * migration 2, so never changed: a fix would be a new migration that replaces the triggers.
   */
  private static String count(String row) {
    // max() of two values is NULL when either is; the aggregate skips NULLs, and so does the CASE.
    return ("INSERT INTO criterion_misses (category, kind, name, dimension, missed, seen)"
            + " VALUES (ROW.category, ROW.kind, ROW.name, ROW.dimension,"
            + " ROW.score < 0.999999999, 1)"
            + " ON CONFLICT (category, kind, name) DO UPDATE SET"
            + " missed = missed + excluded.missed, seen = seen + 1,"
            + " dimension = CASE WHEN dimension IS NULL OR excluded.dimension > dimension"
            + " THEN excluded.dimension ELSE dimension END;")
        .replace("ROW", row);
  }

  /**
   * Trigger statements taking the criterion row {@code row} out of its category's counts; part of
   * migration 2, as {@link #count} is.
   */
  private static String uncount(String row) {
    String key = "category = ROW.category AND kind = ROW.kind AND name = ROW.name";
    return ("UPDATE criterion_misses SET missed = missed - (ROW.score < 0.999999999),"
            + " seen = seen - 1,"
            + " dimension = (SELECT max(dimension) FROM attempt_criteria WHERE "
            + key
            + ") WHERE "
            + key
            + "; DELETE FROM criterion_misses WHERE seen <= 0 AND "
            + key
            + ";")
        .replace("ROW", row);
  }

  static int latest() {
    return ALL.get(ALL.size() - 1).version();
  }

  static int version(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA user_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  /** Applies every migration after the file's version; returns the version reached. */
  static int migrate(Connection c) throws SQLException {
    int current = version(c);
    if (current > latest()) {
      throw new SQLException(
          "the history was written by a newer pmdrill (schema "
              + current
              + ", this one knows up to "
              + latest()
              + ")");
    }
    for (Migration m : ALL) {
      if (m.version() <= current) {
        continue;
      }
      try (Statement s = c.createStatement()) {
        s.execute("BEGIN IMMEDIATE");
        try {
          // Another process may have migrated while this one waited for the lock.
          if (version(c) < m.version()) {
            for (String sql : m.statements()) {
              s.execute(sql);
            }
            s.execute("PRAGMA user_version = " + m.version());
          }
          s.execute("COMMIT");
        } catch (SQLException e) {
          s.execute("ROLLBACK");
          throw e;
        }
      }
      current = m.version();
    }
    return current;
  }
}
