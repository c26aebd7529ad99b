package dev.pmdrill.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.pmdrill.bank.Question;
import dev.pmdrill.history.HistoryFixtures.TestClock;
import dev.pmdrill.scoring.Band;
import dev.pmdrill.scoring.Rubric;
import dev.pmdrill.scoring.ScorerVersion;
import dev.pmdrill.session.Attempt;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryStoreTest {
  @TempDir Path dir;
  private final TestClock clock = new TestClock(HistoryFixtures.T0);

  private static StoredAttempt stored(String questionId, String category, Band band) {
    return new StoredAttempt(
        questionId,
        "test-bank",
        category,
        "hash",
        "an answer",
        band == Band.STRONG ? 90 : band == Band.SOLID ? 75 : band == Band.BORDERLINE ? 55 : 20,
        band,
        false,
        List.of(
            new StoredCriterion("concept", "segments", Optional.of("business-acumen"), 1, 1, 0),
            new StoredCriterion(
                "concept", "sanity check", Optional.of("technical-depth"), 2, 0, 0)),
        0,
        60,
        OptionalLong.of(300),
        OptionalInt.empty(),
        "drill",
        Optional.empty(),
        Optional.empty(),
        ScorerVersion.CURRENT);
  }

  @Test
  void migratesAnEmptyFileToTheLatestSchema() throws Exception {
    Files.createFile(dir.resolve("history.db"));
    try (HistoryStore store = HistoryStore.open(dir, clock)) {
      assertThat(store.notice()).isEmpty();
      assertThat(store.schemaVersion()).isEqualTo(Migrations.latest()).isEqualTo(3);
      assertThat(store.count()).isZero();
      store.record(stored("q1", "guesstimate", Band.SOLID));
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("history.db"));
        Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
      }
      List<String> tables = new ArrayList<>();
      try (ResultSet rs =
          s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      assertThat(tables)
          .containsExactly("attempt_criteria", "attempts", "cards", "criterion_misses");
    }
    // Opening again applies nothing and keeps the data.
    try (HistoryStore store = HistoryStore.open(dir, clock)) {
      assertThat(store.schemaVersion()).isEqualTo(3);
      assertThat(store.count()).isEqualTo(1);
    }
  }

  @Test
  void attemptsStoredBeforeTheScorerColumnWereScoredByRevisionOne() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("history.db"));
        Statement s = c.createStatement()) {
      for (Migrations.Migration m : Migrations.ALL.subList(0, 2)) {
        for (String sql : m.statements()) {
          s.execute(sql);
        }
      }
      s.execute("PRAGMA user_version = 2");
      s.execute(
          "INSERT INTO attempts (id, at, question_id, bank, category, rubric_hash, answer,"
              + " total, band, skipped, avoid_penalty, used_seconds, mode)"
              + " VALUES (1, 0, 'q', 'bank', 'metrics', 'hash', 'answer', 50, 'borderline', 0,"
              + " 0, 60, 'drill')");
    }
    try (HistoryStore store = HistoryStore.open(dir, clock)) {
      assertThat(store.schemaVersion()).isEqualTo(3);
      StoredAttempt old = store.attempt(1).orElseThrow().attempt();
      assertThat(old.scorer()).isEqualTo(ScorerVersion.REVISION_1);
      assertThat(old.olderScorer()).isTrue();
      assertThat(old.total()).isEqualTo(50);
      StoredAttempt now = store.record(stored("q2", "metrics", Band.SOLID)).attempt();
      assertThat(now.scorer()).isEqualTo(ScorerVersion.CURRENT);
      assertThat(now.olderScorer()).isFalse();
      assertThat(store.attempts())
          .extracting(r -> r.attempt().scorer())
          .containsExactly(ScorerVersion.CURRENT, ScorerVersion.REVISION_1);
    }
  }

  @Test
  void aRealAttemptKeepsTheScorerThatScoredIt() {
    Question q = HistoryFixtures.guesstimate("umbrellas");
    Attempt attempt = Attempt.answered(q, "Segment by household, 3M.", Duration.ofSeconds(60));
    assertThat(attempt.score().scorer()).isEqualTo(ScorerVersion.CURRENT);
    try (HistoryStore store = HistoryStore.open(dir, clock)) {
      StoredAttemptRow row =
          store.record(StoredAttempt.of(attempt, "drill", Optional.empty(), Optional.empty()));
      assertThat(store.attempt(row.id()).orElseThrow().attempt().scorer())
          .isEqualTo(ScorerVersion.CURRENT);
    }
  }

  @Test
  void createsTheDataDirectoryAndTheFile() {
    Path nested = dir.resolve("a/b");
    try (HistoryStore store = HistoryStore.open(nested, clock)) {
      assertThat(store.path()).isEqualTo(nested.resolve("history.db")).exists();
    }
  }

  @Test
  void refusesAFileFromANewerSchema() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("history.db"));
        Statement s = c.createStatement()) {
      s.execute("PRAGMA user_version = 99");
    }
    assertThatThrownBy(() -> HistoryStore.open(dir, clock))
        .isInstanceOf(HistoryException.class)
        .hasMessageContaining("newer pmdrill");
  }

  @Test
  void roundTripsARealAttempt() {
    Question q = HistoryFixtures.guesstimate("umbrellas");
    Attempt attempt =
        Attempt.answered(
                q,
                "Segment by household, then a sanity check, \"roughly\" 3M.",
                Duration.ofSeconds(400))
            .withSelfRating(4);
    StoredAttempt a = StoredAttempt.of(attempt, "loop", Optional.of("p7"), Optional.of("Round 1"));
    try (HistoryStore store = HistoryStore.open(dir, clock)) {
      StoredAttemptRow row = store.record(a);
      assertThat(row.at()).isEqualTo(HistoryFixtures.T0);
      StoredAttemptRow read = store.attempt(row.id()).orElseThrow();
      assertThat(read).isEqualTo(row);
      assertThat(read.attempt().criteria())
          .extracting(StoredCriterion::name, StoredCriterion::score)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("segments", 1.0),
              org.assertj.core.groups.Tuple.tuple("sanity check", 1.0));
      assertThat(read.attempt().total()).isEqualTo(attempt.total());
      assertThat(read.attempt().usedSeconds()).isEqualTo(400);
      assertThat(read.attempt().limitSeconds()).hasValue(300);
      assertThat(read.attempt().overtime()).isTrue();
      assertThat(read.attempt().selfRating()).hasValue(4);
      assertThat(read.attempt().rubricHash()).hasSize(64).isEqualTo(RubricHash.of(q));
      assertThat(store.attempt(row.id() + 1)).isEmpty();
      assertThat(store.count()).isEqualTo(1);
    }
  }

  @Test
  void attemptsComeNewestFirstWithALimit() {
    try (HistoryStore store = HistoryStore.open(dir, clock)) {
      for (int i = 0; i < 5; i++) {
        store.record(stored("q" + i, "metrics", Band.SOLID));
        clock.advance(Duration.ofMinutes(1));
      }
      assertThat(store.attempts())
          .extracting(r -> r.attempt().questionId())
          .containsExactly("q4", "q3", "q2", "q1", "q0");
      assertThat(store.attempts(2))
          .extracting(r -> r.attempt().questionId())
          .containsExactly("q4", "q3");
      assertThat(store.attempts(0)).isEmpty();
    }
  }

  @Test
  void aSkippedAttemptIsStoredAsMissedEverywhere() {
    Question q = HistoryFixtures.guesstimate("umbrellas");
    StoredAttempt a =
        StoredAttempt.of(
            Attempt.skipped(q, Duration.ofSeconds(5)), "drill", Optional.empty(), Optional.empty());
    try (HistoryStore store = HistoryStore.open(dir, clock)) {
      StoredAttempt read = store.record(a).attempt();
      assertThat(store.attempts().get(0).attempt()).isEqualTo(read);
      assertThat(read.skipped()).isTrue();
      assertThat(read.band()).isEqualTo(Band.WEAK);
      assertThat(read.criteria()).allMatch(StoredCriterion::missed);
    }
  }

  @Test
  void rubricHashIsStableAndNoticesAChangedRubric() {
    Question q = HistoryFixtures.guesstimate("umbrellas");
    assertThat(RubricHash.of(q)).isEqualTo(RubricHash.of(HistoryFixtures.guesstimate("umbrellas")));
    Question reworded =
        q.withRubric(
            new Rubric(
                List.of(
                    q.rubric().criteria().get(0), q.rubric().criteria().get(1).timesWeight(2))));
    try (HistoryStore store = HistoryStore.open(dir, clock)) {
      StoredAttemptRow row =
          store.record(
              StoredAttempt.of(
                  Attempt.answered(q, "segment", Duration.ofSeconds(1)),
                  "score",
                  Optional.empty(),
                  Optional.empty()));
      assertThat(store.rubricChanged(row, q)).isFalse();
      assertThat(store.rubricChanged(row, reworded)).isTrue();
      // The old score stays as it was scored.
      assertThat(store.attempt(row.id()).orElseThrow().attempt().total())
          .isEqualTo(row.attempt().total());
    }
  }

  @Test
  void aCorruptFileIsMovedAsideAndANewHistoryStarts() throws Exception {
    Path file = dir.resolve("history.db");
    byte[] garbage = new byte[8192];
    new Random(7).nextBytes(garbage);
    Files.write(file, garbage);
    try (HistoryStore store = HistoryStore.open(dir, clock)) {
      Path aside = dir.resolve("history.db.corrupt-2025-03-01T09-00-00Z");
      assertThat(store.notice()).hasValueSatisfying(n -> assertThat(n).contains(aside.toString()));
      assertThat(aside).exists().hasBinaryContent(garbage);
      assertThat(store.count()).isZero();
      store.record(stored("q1", "metrics", Band.SOLID));
      assertThat(store.count()).isEqualTo(1);
    }
    try (HistoryStore store = HistoryStore.open(dir, clock)) {
      assertThat(store.notice()).isEmpty();
      assertThat(store.count()).isEqualTo(1);
    }
  }

  @Test
  void aFailedWriteThrowsWithAClearMessage() {
    HistoryStore store = HistoryStore.open(dir, clock);
    store.close();
    assertThatThrownBy(() -> store.record(stored("q1", "metrics", Band.SOLID)))
        .isInstanceOf(HistoryException.class)
        .hasMessageContaining("could not record the attempt in " + dir.resolve("history.db"));
  }

  @Test
  void aFailedBatchStoresNothingAndSaysWhy() throws Exception {
    try (HistoryStore store = HistoryStore.open(dir, clock)) {
      store.record(stored("q0", "metrics", Band.SOLID));
      // A trigger stands in for a failing disk: the second attempt of the batch is refused.
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.path());
          Statement s = c.createStatement()) {
        s.execute(
            "CREATE TRIGGER boom BEFORE INSERT ON attempts WHEN NEW.question_id = 'boom'"
                + " BEGIN SELECT RAISE(ABORT, 'disk on fire'); END");
      }
      List<StoredAttempt> batch =
          List.of(stored("q1", "metrics", Band.SOLID), stored("boom", "metrics", Band.SOLID));
      assertThatThrownBy(() -> store.recordAll(batch))
          .isInstanceOf(HistoryException.class)
          .hasMessageContaining("could not record 2 attempts")
          .hasMessageContaining("disk on fire");
      assertThatThrownBy(() -> store.record(stored("boom", "metrics", Band.SOLID)))
          .isInstanceOf(HistoryException.class)
          .hasMessageContaining("could not record the attempt");
      assertThat(store.count()).isEqualTo(1);
      assertThat(store.questionCard("q1")).isEmpty();
      // The store goes on working after a failed write.
      store.record(stored("q2", "metrics", Band.SOLID));
      assertThat(store.count()).isEqualTo(2);
    }
  }

  @Test
  void twoStoresOnOneFileWritingAtOnceLoseNothing() throws Exception {
    int each = 150;
    Clock fixed = Clock.fixed(HistoryFixtures.T0, ZoneOffset.UTC);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    try (HistoryStore a = HistoryStore.open(dir, fixed);
        HistoryStore b = HistoryStore.open(dir, fixed)) {
      List<Future<List<Long>>> results = new ArrayList<>();
      for (HistoryStore store : List.of(a, b)) {
        String prefix = store == a ? "a" : "b";
        Callable<List<Long>> writer =
            () -> {
              start.await();
              List<Long> ids = new ArrayList<>();
              for (int i = 0; i < each; i++) {
                ids.add(store.record(stored(prefix + i, "metrics", Band.SOLID)).id());
              }
              return ids;
            };
        results.add(pool.submit(writer));
      }
      start.countDown();
      List<Long> ids = new ArrayList<>();
      for (Future<List<Long>> f : results) {
        ids.addAll(f.get(60, TimeUnit.SECONDS));
      }
      assertThat(ids).hasSize(2 * each).doesNotHaveDuplicates();
    } finally {
      pool.shutdownNow();
    }
    try (HistoryStore store = HistoryStore.open(dir, clock)) {
      assertThat(store.count()).isEqualTo(2 * each);
      assertThat(store.dueThisWeek(HistoryFixtures.T0)).hasSize(2 * each);
    }
  }

  @Test
  void questionCardsFollowTheBands() {
    Fsrs fsrs = Fsrs.defaults();
    Instant t0 = HistoryFixtures.T0;
    try (HistoryStore store = HistoryStore.open(dir, clock)) {
      store.record(stored("strong", "metrics", Band.STRONG));
      store.record(stored("weak", "metrics", Band.WEAK));
      store.record(stored("borderline", "metrics", Band.BORDERLINE));
      store.record(stored("solid", "metrics", Band.SOLID));

      Card strong = store.questionCard("strong").orElseThrow();
      assertThat(strong.stability()).isCloseTo(13.8206, within(1e-9)); // w3, Easy
      assertThat(strong.due()).isEqualTo(t0.plus(Duration.ofDays(14)));
      assertThat(store.questionCard("weak").orElseThrow().stability())
          .isCloseTo(0.4872, within(1e-9)); // w0, Again
      assertThat(store.questionCard("borderline").orElseThrow().stability())
          .isCloseTo(1.4003, within(1e-9)); // w1, Hard
      assertThat(store.questionCard("solid").orElseThrow().due())
          .isEqualTo(t0.plus(Duration.ofDays(4))); // w2 = 3.7145, Good
      assertThat(store.questionCard("never")).isEmpty();

      assertThat(store.dueQuestions(t0)).isEmpty();
      assertThat(store.dueQuestions(t0.plus(Duration.ofDays(1))))
          .extracting(DueQuestion::questionId)
          .containsExactly("borderline", "weak"); // S = 1.4003 and 0.4872: both one day
      assertThat(store.dueThisWeek(t0))
          .extracting(DueQuestion::questionId)
          .containsExactly("borderline", "weak", "solid");
      assertThat(store.dueQuestions(t0.plus(Duration.ofDays(30)))).hasSize(4);
      for (int day = 0; day <= 30; day++) {
        Instant at = t0.plus(Duration.ofDays(day));
        assertThat(store.countDue(at)).isEqualTo(store.dueQuestions(at).size());
        assertThat(store.countDueThisWeek(at)).isEqualTo(store.dueThisWeek(at).size());
      }

      // Strong again when due: a second review from the stored state, as FSRS computes it.
      clock.set(strong.due());
      store.record(stored("strong", "metrics", Band.WEAK));
      Card lapsed = store.questionCard("strong").orElseThrow();
      assertThat(lapsed).isEqualTo(fsrs.review(strong, Rating.AGAIN, strong.due()));
      assertThat(lapsed.reps()).isEqualTo(2);
      assertThat(lapsed.lapses()).isEqualTo(1);
      assertThat(lapsed.difficulty()).isGreaterThan(strong.difficulty());
    }
  }

  @Test
  void criterionCardsAreMadeOnTheFirstMissWithinACategory() {
    try (HistoryStore store = HistoryStore.open(dir, clock)) {
      store.record(stored("q1", "guesstimate", Band.SOLID));
      // "sanity check" scored 0: a card, reviewed as Again; "segments" scored 1: none yet.
      Card missed = store.criterionCard("guesstimate", "concept", "sanity check").orElseThrow();
      assertThat(missed.reps()).isEqualTo(1);
      assertThat(missed.stability()).isCloseTo(0.4872, within(1e-9));
      assertThat(store.criterionCard("guesstimate", "concept", "segments")).isEmpty();
      assertThat(store.criterionCard("metrics", "concept", "sanity check")).isEmpty();
      clock.advance(Duration.ofDays(1));
      store.record(stored("q2", "guesstimate", Band.SOLID));
      Card again = store.criterionCard("guesstimate", "concept", "sanity check").orElseThrow();
      assertThat(again.reps()).isEqualTo(2);
      assertThat(again.lapses()).isEqualTo(1);
    }
  }

  @Test
  void weakestCriteriaCountMissesWithinTheirCategory() {
    Question q = HistoryFixtures.guesstimate("umbrellas");
    try (HistoryStore store = HistoryStore.open(dir, clock)) {
      // 9 guesstimates: the sanity check is missed in 7, the segments in 2.
      for (int i = 0; i < 9; i++) {
        String answer =
            (i < 7 ? "" : "a sanity check against the census. ")
                + (i < 2 ? "one number" : "segment by age");
        store.record(
            StoredAttempt.of(
                Attempt.answered(q, answer, Duration.ofSeconds(60)),
                "drill",
                Optional.empty(),
                Optional.empty()));
        clock.advance(Duration.ofHours(1));
      }
      assertThat(store.weakestCriteria(10))
          .containsExactly(
              new WeakCriterion(
                  "guesstimate", "concept", "sanity check", Optional.of("technical-depth"), 7, 9),
              new WeakCriterion(
                  "guesstimate", "concept", "segments", Optional.of("business-acumen"), 2, 9));
      assertThat(store.weakestCriteria(1)).hasSize(1);
      assertThat(store.weakestCriteria(1).get(0).missRate()).isCloseTo(7 / 9.0, within(1e-9));

      // Of the candidates, the one holding the missed criteria comes first; others are left out.
      Question other = HistoryFixtures.BUILT_IN.questions().get(0);
      assertThat(store.questionsForWeakCriteria(List.of(other, q), 5)).containsExactly("umbrellas");
    }
  }

  @Test
  void aHistoryAndItsWalFilesAnOlderVersionLeftReadableByOthersAreMadePrivate() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
        "the file system has no POSIX permissions");
    try (HistoryStore store = HistoryStore.open(dir, clock)) {
      store.count();
    }
    var open = java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
    List<Path> files =
        List.of(
            dir.resolve("history.db"),
            dir.resolve("history.db-wal"),
            dir.resolve("history.db-shm"));
    for (Path f : files) {
      if (!Files.exists(f)) {
        Files.createFile(f);
      }
      Files.setPosixFilePermissions(f, open);
    }
    Files.setPosixFilePermissions(
        dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    try (HistoryStore store = HistoryStore.open(dir, clock)) {
      assertThat(store.count()).isZero();
      assertThat(
              java.nio.file.attribute.PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(dir)))
          .isEqualTo("rwx------");
      for (Path f : files) {
        assertThat(
                java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(f)))
            .as("%s", f)
            .isEqualTo("rw-------");
      }
    }
  }
}
