package dev.pmdrill.bench;

import dev.pmdrill.bank.BankLoader;
import dev.pmdrill.bank.BankSource;
import dev.pmdrill.bank.Question;
import dev.pmdrill.history.HistoryStore;
import dev.pmdrill.history.Stats;
import dev.pmdrill.history.StatsView;
import dev.pmdrill.history.StoredAttempt;
import dev.pmdrill.session.Attempt;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The stats of a history of 10,000 attempts: the built-in questions answered with their model
 * answers, prompts and hints, 250 a day over 40 days, recorded once in the set-up (a day's attempts
 * in one transaction, as a loop stores its rounds). {@code bench/stats} measures the same history
 * end to end through the launcher; the figures' correctness is the unit tests' ({@code StatsTest}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StatsBenchmark {
  private static final int ATTEMPTS = 10_000;
  private static final int PER_DAY = 250;
  private static final Instant END = Instant.parse("2025-03-01T09:00:00Z");

  private Path dir;
  private HistoryStore store;
  private Clock clock;

  @Setup
  public void setUp() throws IOException {
    List<Question> questions = new BankLoader().load(BankSource.builtIn()).catalog().questions();
    Random random = new Random(11);
    List<StoredAttempt> pool = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      Question q = questions.get(random.nextInt(questions.size()));
      String text =
          switch (random.nextInt(3)) {
            case 0 -> q.modelAnswer().orElse(q.prompt());
            case 1 -> String.join("\n", q.hints());
            default -> q.prompt();
          };
      Attempt a = Attempt.answered(q, text, Duration.ofSeconds(random.nextInt(1200)));
      String mode = List.of("drill", "loop", "script", "score").get(i % 4);
      pool.add(StoredAttempt.of(a, mode, Optional.empty(), Optional.empty()));
    }
    dir = Files.createTempDirectory("pmdrill-stats-bench");
    int days = ATTEMPTS / PER_DAY;
    for (int d = 0; d < days; d++) {
      Instant day = END.minus(Duration.ofDays(days - 1L - d));
      try (HistoryStore dayStore = HistoryStore.open(dir, Clock.fixed(day, ZoneOffset.UTC))) {
        List<StoredAttempt> batch = new ArrayList<>();
        for (int i = 0; i < PER_DAY; i++) {
          batch.add(pool.get((d * PER_DAY + i) % pool.size()));
        }
        dayStore.recordAll(batch);
      }
    }
    clock = Clock.fixed(END.plus(Duration.ofHours(1)), ZoneOffset.UTC);
    store = HistoryStore.open(dir, clock);
    if (Stats.compute(store, clock).attempts() != ATTEMPTS) {
      throw new IllegalStateException("the history should hold " + ATTEMPTS + " attempts");
    }
  }

  @TearDown
  public void tearDown() throws IOException {
    store.close();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Benchmark
  public StatsView statsOverTenThousandAttempts() {
    return Stats.compute(store, clock, Stats.P7_WEIGHTS);
  }
}
