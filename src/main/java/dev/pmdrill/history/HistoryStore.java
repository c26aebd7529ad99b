package dev.pmdrill.history;

import dev.pmdrill.bank.Question;
import dev.pmdrill.scoring.Band;
import dev.pmdrill.session.PrivateFiles;
import dev.pmdrill.text.ControlCharacters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.sqlite.SQLiteConfig;
import org.sqlite.jdbc4.JDBC4Connection;

/**
 * Every attempt ever recorded, in {@code <dataDir>/history.db} (SQLite in WAL mode, waiting up to 5
 * s for another writer), with an FSRS card per question and per missed criterion of a category.
 * Several stores, in one process or several, may share the file. Every method throws {@link
 * HistoryException} when the database fails; none fails silently.
 */
public final class HistoryStore implements AutoCloseable {
  public static final String FILE = "history.db";
  static final int BUSY_TIMEOUT_MS = 5000;

  private static final String QUESTION = "question";
  private static final String CRITERION = "criterion";

  private final Path file;
  private final Object fileKey;
  private final Clock clock;
  private final Connection connection;
  private final Optional<String> notice;
  private final Fsrs fsrs = Fsrs.defaults();

  private HistoryStore(Path file, Clock clock, Connection connection, Optional<String> notice) {
    this.file = file;
    this.fileKey = keyOf(file);
    this.clock = clock;
    this.connection = connection;
    this.notice = notice;
  }

  /**
   * Opens (creating when needed) {@code dataDir/history.db} and brings its schema up to date. A
   * file that is not a SQLite database, or is corrupt, is moved aside to {@code
   * history.db.corrupt-<timestamp>} and a new history is started; {@link #notice()} then says so.
   */
  public static HistoryStore open(Path dataDir, Clock clock) {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(clock, "clock");
    Path file = dataDir.resolve(FILE);
    try {
      PrivateFiles.folder(dataDir);
      PrivateFiles.file(file);
      // An older version left these readable by others; SQLite keeps the permissions it finds.
      PrivateFiles.tighten(file.resolveSibling(FILE + "-wal"));
      PrivateFiles.tighten(file.resolveSibling(FILE + "-shm"));
    } catch (IOException e) {
      throw new HistoryException(
          "cannot create the history "
              + file
              + " ("
              + (e instanceof java.nio.file.FileAlreadyExistsException
                  ? "a file is in the way of a folder"
                  : e instanceof java.nio.file.AccessDeniedException
                      ? "permission denied"
                      : e.toString())
              + ")",
          e);
    }
    try {
      return new HistoryStore(file, clock, connect(file), Optional.empty());
    } catch (SQLException e) {
      if (!unreadable(e)) {
        throw new HistoryException("cannot open the history " + file + ": " + e.getMessage(), e);
      }
      Path aside = moveAside(file, clock);
      try {
        String notice =
            "the history "
                + file
                + " could not be read ("
                + e.getMessage()
                + "); it was moved to "
                + aside
                + " and a new history started";
        return new HistoryStore(file, clock, connect(file), Optional.of(notice));
      } catch (SQLException again) {
        throw new HistoryException(
            "cannot start a new history in " + file + ": " + again.getMessage(), again);
      }
    }
  }

  private static Object keyOf(Path file) {
    try {
      return Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class)
          .fileKey();
    } catch (IOException e) {
      return null;
    }
  }

  private static Connection connect(Path file) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.enforceForeignKeys(true);
    // Made directly, not through sqlite-jdbc's Driver, whose loading registers it with
    // DriverManager: a few milliseconds of a start for nothing.
    String path = file.toAbsolutePath().toString();
    Connection c = new JDBC4Connection("jdbc:sqlite:" + path, path, config.toProperties());
    try {
      Migrations.migrate(c);
      return c;
    } catch (SQLException | RuntimeException e) {
      c.close();
      throw e;
    }
  }

  /** SQLITE_CORRUPT (11) and SQLITE_NOTADB (26), in their primary or extended forms. */
  private static boolean unreadable(SQLException e) {
    int primary = e.getErrorCode() & 0xff;
    return primary == 11 || primary == 26;
  }

  private static Path moveAside(Path file, Clock clock) {
    String stamp = clock.instant().toString().replace(':', '-');
    Path aside = file.resolveSibling(FILE + ".corrupt-" + stamp);
    for (int n = 2; Files.exists(aside); n++) {
      aside = file.resolveSibling(FILE + ".corrupt-" + stamp + "-" + n);
    }
    try {
      Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
      for (String suffix : List.of("-wal", "-shm")) {
        Path side = file.resolveSibling(FILE + suffix);
        if (Files.exists(side)) {
          Files.move(side, aside.resolveSibling(aside.getFileName() + suffix));
        }
      }
    } catch (IOException e) {
      throw new HistoryException(
          "the history " + file + " is unreadable and cannot be moved to " + aside, e);
    }
    return aside;
  }

  /** Set when opening had to move an unreadable file aside: what happened and where it went. */
  public Optional<String> notice() {
    return notice;
  }

  /**
   * Whether the file this store writes is still the one at its path: false when it was deleted or
   * replaced while the store was open (SQLite would go on writing into the unlinked file).
   */
  public boolean stillOnDisk() {
    try {
      Object now =
          Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
      return fileKey == null || fileKey.equals(now);
    } catch (IOException e) {
      return false;
    }
  }

  public Path path() {
    return file;
  }

  /** The schema version of the open file. */
  public int schemaVersion() {
    return read(Migrations::version);
  }

  /**
   * Stores one attempt, stamped with the clock's time, and reviews its cards.
   *
   * @throws HistoryException when it could not be stored (nothing is stored then)
   */
  public StoredAttemptRow record(StoredAttempt attempt) {
    return recordAll(List.of(attempt)).get(0);
  }

  /** Stores several attempts in one transaction: all of them or, on failure, none. */
  public synchronized List<StoredAttemptRow> recordAll(List<StoredAttempt> attempts) {
    Instant at = clock.instant();
    List<StoredAttemptRow> rows = new ArrayList<>();
    try (Statement tx = connection.createStatement()) {
      tx.execute("BEGIN IMMEDIATE");
      try {
        for (StoredAttempt a : attempts) {
          long id = insert(a, at);
          reviewCards(a, at);
          rows.add(new StoredAttemptRow(id, at, a));
        }
        tx.execute("COMMIT");
      } catch (SQLException | RuntimeException e) {
        rollback(tx, e);
        throw e;
      }
    } catch (SQLException e) {
      throw new HistoryException(
          "could not record "
              + (attempts.size() == 1 ? "the attempt" : attempts.size() + " attempts")
              + " in "
              + file
              + ": "
              + e.getMessage(),
          e);
    }
    return List.copyOf(rows);
  }

  private static void rollback(Statement tx, Exception cause) {
    try {
      tx.execute("ROLLBACK");
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private long insert(StoredAttempt a, Instant at) throws SQLException {
    long id;
    try (PreparedStatement ps =
        connection.prepareStatement(
            "INSERT INTO attempts (at, question_id, bank, category, rubric_hash, answer, total,"
                + " band, skipped, avoid_penalty, used_seconds, limit_seconds, self_rating,"
                + " loop_id, round_name, mode, scorer) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            Statement.RETURN_GENERATED_KEYS)) {
      ps.setLong(1, at.toEpochMilli());
      ps.setString(2, a.questionId());
      ps.setString(3, a.bank());
      ps.setString(4, a.category());
      ps.setString(5, a.rubricHash());
      ps.setString(6, a.answer());
      ps.setInt(7, a.total());
      ps.setString(8, a.band().label());
      ps.setInt(9, a.skipped() ? 1 : 0);
      ps.setDouble(10, a.avoidPenalty());
      ps.setLong(11, a.usedSeconds());
      setLong(ps, 12, a.limitSeconds());
      if (a.selfRating().isPresent()) {
        ps.setInt(13, a.selfRating().getAsInt());
      } else {
        ps.setNull(13, Types.INTEGER);
      }
      ps.setString(14, a.loop().orElse(null));
      ps.setString(15, a.round().orElse(null));
      ps.setString(16, a.mode());
      ps.setInt(17, a.scorer());
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        if (!keys.next()) {
          throw new SQLException("no row id came back for the new attempt");
        }
        id = keys.getLong(1);
      }
    }
    try (PreparedStatement ps =
        connection.prepareStatement(
            "INSERT INTO attempt_criteria (attempt_id, position, category, kind, name, dimension,"
                + " weight, score, penalty) VALUES (?,?,?,?,?,?,?,?,?)")) {
      int position = 0;
      for (StoredCriterion c : a.criteria()) {
        ps.setLong(1, id);
        ps.setInt(2, position++);
        ps.setString(3, a.category());
        ps.setString(4, c.kind());
        ps.setString(5, c.name());
        ps.setString(6, c.dimension().orElse(null));
        ps.setDouble(7, c.weight());
        ps.setDouble(8, c.score());
        ps.setDouble(9, c.penalty());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    return id;
  }

  private static void setLong(PreparedStatement ps, int index, OptionalLong value)
      throws SQLException {
    if (value.isPresent()) {
      ps.setLong(index, value.getAsLong());
    } else {
      ps.setNull(index, Types.INTEGER);
    }
  }

  /**
   * The question's card is reviewed with the rating of the attempt's band. Within the category, a
   * criterion that scored below 1 is reviewed as Again (its card made on the first miss); one that
   * already has a card and was met this time is reviewed as Good.
   */
  private void reviewCards(StoredAttempt a, Instant at) throws SQLException {
    String questionKey = questionKey(a.questionId());
    Card question = card(questionKey).orElse(Card.fresh(at));
    saveCard(
        questionKey,
        QUESTION,
        a.questionId(),
        a.category(),
        null,
        null,
        fsrs.review(question, Rating.of(a.band()), at));
    Map<String, StoredCriterion> byKey = new LinkedHashMap<>();
    for (StoredCriterion c : a.criteria()) {
      byKey.merge(c.key(), c, (x, y) -> x.score() <= y.score() ? x : y);
    }
    for (StoredCriterion c : byKey.values()) {
      String key = criterionKey(a.category(), c.kind(), c.name());
      Optional<Card> existing = card(key);
      if (c.missed() || existing.isPresent()) {
        Card reviewed =
            fsrs.review(
                existing.orElse(Card.fresh(at)), c.missed() ? Rating.AGAIN : Rating.GOOD, at);
        saveCard(key, CRITERION, null, a.category(), c.kind(), c.name(), reviewed);
      }
    }
  }

  static String questionKey(String questionId) {
    return "question:" + questionId;
  }

  static String criterionKey(String category, String kind, String name) {
    return "criterion:" + category + ":" + kind + ":" + name;
  }

  private Optional<Card> card(String key) throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "SELECT difficulty, stability, due, reps, lapses, last_review FROM cards WHERE key = ?")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(card(rs)) : Optional.empty();
      }
    }
  }

  private static Card card(ResultSet rs) throws SQLException {
    long last = rs.getLong("last_review");
    Optional<Instant> lastReview =
        rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(last));
    return new Card(
        rs.getDouble("difficulty"),
        rs.getDouble("stability"),
        Instant.ofEpochMilli(rs.getLong("due")),
        rs.getInt("reps"),
        rs.getInt("lapses"),
        lastReview);
  }

  private void saveCard(
      String key,
      String type,
      String questionId,
      String category,
      String kind,
      String name,
      Card card)
      throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "INSERT INTO cards (key, type, question_id, category, kind, name, difficulty,"
                + " stability, due, reps, lapses, last_review) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
                + " ON CONFLICT (key) DO UPDATE SET difficulty = excluded.difficulty,"
                + " stability = excluded.stability, due = excluded.due, reps = excluded.reps,"
                + " lapses = excluded.lapses, last_review = excluded.last_review")) {
      ps.setString(1, key);
      ps.setString(2, type);
      ps.setString(3, questionId);
      ps.setString(4, category);
      ps.setString(5, kind);
      ps.setString(6, name);
      ps.setDouble(7, card.difficulty());
      ps.setDouble(8, card.stability());
      ps.setLong(9, card.due().toEpochMilli());
      ps.setInt(10, card.reps());
      ps.setInt(11, card.lapses());
      if (card.lastReview().isPresent()) {
        ps.setLong(12, card.lastReview().get().toEpochMilli());
      } else {
        ps.setNull(12, Types.INTEGER);
      }
      ps.executeUpdate();
    }
  }

  /** Every attempt, newest first. */
  public List<StoredAttemptRow> attempts() {
    return attempts(OptionalInt.empty());
  }

  /** The newest {@code limit} attempts, newest first. */
  public List<StoredAttemptRow> attempts(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit cannot be negative: " + limit);
    }
    return attempts(OptionalInt.of(limit));
  }

  private List<StoredAttemptRow> attempts(OptionalInt limit) {
    return read(
        c -> {
          String sql =
              "SELECT * FROM attempts ORDER BY at DESC, id DESC"
                  + (limit.isPresent() ? " LIMIT " + limit.getAsInt() : "");
          return rows(c, sql, List.of());
        });
  }

  public Optional<StoredAttemptRow> attempt(long id) {
    return read(
        c -> rows(c, "SELECT * FROM attempts WHERE id = ?", List.of(id)).stream().findFirst());
  }

  public long count() {
    return read(
        c -> {
          try (Statement s = c.createStatement();
              ResultSet rs = s.executeQuery("SELECT count(*) FROM attempts")) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }

  /** Whether the question's prompt or rubric changed since the attempt was scored. */
  public boolean rubricChanged(StoredAttemptRow row, Question current) {
    return !RubricHash.matches(row.attempt().rubricHash(), current);
  }

  private static List<StoredAttemptRow> rows(Connection c, String sql, List<Object> params)
      throws SQLException {
    Map<Long, Instant> times = new LinkedHashMap<>();
    Map<Long, Partial> partial = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        ps.setObject(i + 1, params.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long id = rs.getLong("id");
          times.put(id, Instant.ofEpochMilli(rs.getLong("at")));
          partial.put(id, Partial.from(rs));
        }
      }
    }
    if (times.isEmpty()) {
      return List.of();
    }
    long min = times.keySet().stream().min(Comparator.naturalOrder()).orElseThrow();
    long max = times.keySet().stream().max(Comparator.naturalOrder()).orElseThrow();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT attempt_id, kind, name, dimension, weight, score, penalty FROM attempt_criteria"
                + " WHERE attempt_id BETWEEN ? AND ? ORDER BY attempt_id, position")) {
      ps.setLong(1, min);
      ps.setLong(2, max);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Partial b = partial.get(rs.getLong("attempt_id"));
          if (b != null) {
            b.criteria.add(
                new StoredCriterion(
                    stored(rs, "kind"),
                    stored(rs, "name"),
                    Optional.ofNullable(stored(rs, "dimension")),
                    rs.getDouble("weight"),
                    rs.getDouble("score"),
                    rs.getDouble("penalty")));
          }
        }
      }
    }
    List<StoredAttemptRow> rows = new ArrayList<>(times.size());
    times.forEach((id, at) -> rows.add(new StoredAttemptRow(id, at, partial.get(id).build())));
    return List.copyOf(rows);
  }

  /** An attempt row read before its criteria. */
  private static final class Partial {
    private final String questionId;
    private final String bank;
    private final String category;
    private final String rubricHash;
    private final String answer;
    private final int total;
    private final Band band;
    private final boolean skipped;
    private final double avoidPenalty;
    private final long usedSeconds;
    private final OptionalLong limitSeconds;
    private final OptionalInt selfRating;
    private final String mode;
    private final Optional<String> loop;
    private final Optional<String> round;
    private final int scorer;
    final List<StoredCriterion> criteria = new ArrayList<>();

    private Partial(ResultSet rs) throws SQLException {
      questionId = stored(rs, "question_id");
      bank = stored(rs, "bank");
      category = stored(rs, "category");
      rubricHash = stored(rs, "rubric_hash");
      answer = stored(rs, "answer");
      total = rs.getInt("total");
      band = band(stored(rs, "band"));
      skipped = rs.getInt("skipped") != 0;
      avoidPenalty = rs.getDouble("avoid_penalty");
      usedSeconds = rs.getLong("used_seconds");
      long limit = rs.getLong("limit_seconds");
      limitSeconds = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(limit);
      int rating = rs.getInt("self_rating");
      selfRating = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(rating);
      mode = stored(rs, "mode");
      loop = Optional.ofNullable(stored(rs, "loop_id"));
      round = Optional.ofNullable(stored(rs, "round_name"));
      scorer = rs.getInt("scorer");
    }

    static Partial from(ResultSet rs) throws SQLException {
      return new Partial(rs);
    }

    StoredAttempt build() {
      return new StoredAttempt(
          questionId,
          bank,
          category,
          rubricHash,
          answer,
          total,
          band,
          skipped,
          criteria,
          avoidPenalty,
          usedSeconds,
          limitSeconds,
          selfRating,
          mode,
          loop,
          round,
          scorer);
    }
  }

  static Band band(String label) {
    return Band.valueOf(label.toUpperCase(Locale.ROOT));
  }

  /** The question's card, once it has been attempted. */
  public Optional<Card> questionCard(String questionId) {
    return read(c -> card(questionKey(questionId)));
  }

  /** The card of a criterion within a category, once it has been missed there. */
  public Optional<Card> criterionCard(String category, String kind, String name) {
    return read(c -> card(criterionKey(category, kind, name)));
  }

  /** Questions due for review at {@code now} (overdue included), soonest due first. */
  public List<DueQuestion> dueQuestions(Instant now) {
    return dueBy(now);
  }

  /** Questions due within a week of {@code now} (overdue included), soonest due first. */
  public List<DueQuestion> dueThisWeek(Instant now) {
    return dueBy(now.plus(Duration.ofDays(7)));
  }

  /** How many questions are due at {@code now}: the size of {@link #dueQuestions}, counted. */
  public long countDue(Instant now) {
    return countDueBy(now);
  }

  /** How many questions are due within a week: the size of {@link #dueThisWeek}, counted. */
  public long countDueThisWeek(Instant now) {
    return countDueBy(now.plus(Duration.ofDays(7)));
  }

  private long countDueBy(Instant by) {
    return read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT count(*) FROM cards WHERE type = 'question' AND due <= ?")) {
            ps.setLong(1, by.toEpochMilli());
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          }
        });
  }

  private List<DueQuestion> dueBy(Instant by) {
    return read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT * FROM cards WHERE type = 'question' AND due <= ?"
                      + " ORDER BY due, question_id")) {
            ps.setLong(1, by.toEpochMilli());
            List<DueQuestion> due = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                due.add(
                    new DueQuestion(stored(rs, "question_id"), stored(rs, "category"), card(rs)));
              }
            }
            return List.copyOf(due);
          }
        });
  }

  /**
   * The criteria missed most often within their category, most misses first (then the higher share
   * of misses); criteria never missed are left out.
   */
  public List<WeakCriterion> weakestCriteria(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit cannot be negative: " + limit);
    }
    return read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT category, kind, name, dimension, missed, seen FROM criterion_misses"
                      + " WHERE missed > 0"
                      + " ORDER BY missed DESC, CAST(missed AS REAL) / seen DESC,"
                      + " category, kind, name LIMIT ?")) {
            ps.setInt(1, limit);
            List<WeakCriterion> weak = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                weak.add(
                    new WeakCriterion(
                        stored(rs, "category"),
                        stored(rs, "kind"),
                        stored(rs, "name"),
                        Optional.ofNullable(stored(rs, "dimension")),
                        rs.getLong("missed"),
                        rs.getLong("seen")));
              }
            }
            return List.copyOf(weak);
          }
        });
  }

  /**
   * Of {@code candidates}, the ids of the questions whose rubrics hold the most-missed criteria:
   * each question scores the misses of its criteria within its category; questions with no missed
   * criterion are left out; highest first, then by id.
   */
  public List<String> questionsForWeakCriteria(Collection<Question> candidates, int limit) {
    Map<String, Long> missed = new HashMap<>();
    for (WeakCriterion w : weakestCriteria(Integer.MAX_VALUE)) {
      missed.put(criterionKey(w.category(), w.kind(), w.name()), w.missed());
    }
    record Ranked(String id, long misses) {}
    return candidates.stream()
        .map(
            q ->
                new Ranked(
                    q.id(),
                    q.rubric().criteria().stream()
                        .map(k -> criterionKey(q.category(), k.kind(), k.name()))
                        .distinct()
                        .mapToLong(k -> missed.getOrDefault(k, 0L))
                        .sum()))
        .filter(r -> r.misses() > 0)
        .sorted(Comparator.comparingLong(Ranked::misses).reversed().thenComparing(Ranked::id))
        .limit(limit)
        .map(Ranked::id)
        .toList();
  }

  /** Work on the connection, for this package's readers (stats, export). */
  interface SqlWork<T> {
    T run(Connection c) throws SQLException;
  }

  synchronized <T> T read(SqlWork<T> work) {
    try {
      return work.run(connection);
    } catch (SQLException e) {
      throw new HistoryException("could not read the history " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new HistoryException("could not close the history " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * A text column as it may be shown: attempts stored before answers were cleaned, or written by
   * another program, may hold escape sequences a terminal would obey.
   */
  private static String stored(java.sql.ResultSet rs, String column) throws SQLException {
    String value = rs.getString(column);
    return value == null ? null : ControlCharacters.strip(value);
  }
}
