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
                  "CREATE INDEX cards_due ON cards (type, due)")));

  private Migrations() {}

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
