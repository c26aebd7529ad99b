package dev.pmdrill.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.pmdrill.history.HistoryFixtures.TestClock;
import dev.pmdrill.session.Attempt;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stats over generated attempts, checked against the same figures computed here in memory. */
class StatsTest {
  private static final Map<String, Double> P7_WEIGHTS = Stats.P7_WEIGHTS;

  @TempDir Path dir;
  private final TestClock clock = new TestClock(HistoryFixtures.T0);

  /** What was recorded, with its time, to compute the expected figures from. */
  private record Recorded(Instant at, StoredAttempt attempt) {}

  /**
   * Records {@code n} attempts (built from {@code distinct} scored ones), {@code perDay} a day over
   * the days before the clock's final time, in batches of one day.
   */
  private List<Recorded> fill(HistoryStore store, int n, int distinct, int perDay) {
    List<Attempt> pool = HistoryFixtures.builtInAttempts(distinct, 11);
    List<StoredAttempt> all = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String mode = List.of("drill", "loop", "script", "score").get(i % 4);
      all.add(StoredAttempt.of(pool.get(i % distinct), mode, Optional.empty(), Optional.empty()));
    }
    int days = (n + perDay - 1) / perDay;
    Instant start = HistoryFixtures.T0.minus(Duration.ofDays(days - 1L));
    List<Recorded> recorded = new ArrayList<>();
    for (int d = 0; d < days; d++) {
      clock.set(start.plus(Duration.ofDays(d)));
      List<StoredAttempt> batch = all.subList(d * perDay, Math.min(n, (d + 1) * perDay));
      store.recordAll(batch);
      batch.forEach(a -> recorded.add(new Recorded(clock.instant(), a)));
    }
    clock.set(HistoryFixtures.T0.plus(Duration.ofHours(1)));
    return recorded;
  }

  private static void assertGroups(
      List<StatsView.Group> groups, List<Recorded> recorded, Function<StoredAttempt, String> key) {
    Map<String, List<Integer>> totals = new TreeMap<>();
    recorded.forEach(
        r ->
            totals
                .computeIfAbsent(key.apply(r.attempt()), k -> new ArrayList<>())
                .add(r.attempt().total()));
    assertThat(groups).extracting(StatsView.Group::name).containsExactlyElementsOf(totals.keySet());
    for (StatsView.Group g : groups) {
      List<Integer> t = totals.get(g.name());
      assertThat(g.attempts()).isEqualTo(t.size());
      assertThat(g.best()).isEqualTo(t.stream().mapToInt(Integer::intValue).max().orElseThrow());
      assertThat(g.average())
          .isCloseTo(t.stream().mapToInt(Integer::intValue).average().orElseThrow(), within(1e-9));
    }
  }

  private void assertStats(StatsView stats, List<Recorded> recorded, HistoryStore store) {
    assertThat(stats.attempts()).isEqualTo(recorded.size());
    assertGroups(stats.categories(), recorded, StoredAttempt::category);
    assertGroups(stats.banks(), recorded, StoredAttempt::bank);

    // Trend: the 30 days ending today, one entry per day with attempts.
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    Map<LocalDate, List<Integer>> byDay = new TreeMap<>();
    for (Recorded r : recorded) {
      LocalDate day = LocalDate.ofInstant(r.at(), ZoneOffset.UTC);
      if (!day.isBefore(today.minusDays(29)) && !day.isAfter(today)) {
        byDay.computeIfAbsent(day, k -> new ArrayList<>()).add(r.attempt().total());
      }
    }
    assertThat(stats.trend()).hasSize(byDay.size()).hasSizeLessThanOrEqualTo(30);
    for (StatsView.Day day : stats.trend()) {
      List<Integer> t = byDay.get(day.date());
      assertThat(day.attempts()).isEqualTo(t.size());
      assertThat(day.average())
          .isCloseTo(t.stream().mapToInt(Integer::intValue).average().orElseThrow(), within(1e-9));
    }

    long limited = recorded.stream().filter(r -> r.attempt().limitSeconds().isPresent()).count();
    long over = recorded.stream().filter(r -> r.attempt().overtime()).count();
    assertThat(stats.overtimeRate().getAsDouble()).isCloseTo(over / (double) limited, within(1e-9));

    // Self-rating r reads as (r - 1) * 25; difference = that - total.
    List<Recorded> rated =
        recorded.stream().filter(r -> r.attempt().selfRating().isPresent()).toList();
    assertThat(stats.selfRating().rated()).isEqualTo(rated.size());
    assertThat(stats.selfRating().meanDifference().getAsDouble())
        .isCloseTo(
            rated.stream().mapToDouble(r -> difference(r.attempt())).average().orElseThrow(),
            within(1e-6));
    for (StatsView.BandDifference b : stats.selfRating().byBand()) {
      List<Recorded> inBand = rated.stream().filter(r -> r.attempt().band() == b.band()).toList();
      assertThat(b.rated()).isEqualTo(inBand.size());
      assertThat(b.meanDifference())
          .isCloseTo(
              inBand.stream().mapToDouble(r -> difference(r.attempt())).average().orElseThrow(),
              within(1e-6));
    }

    Map<String, double[]> dims = new TreeMap<>();
    for (Recorded r : recorded) {
      for (StoredCriterion c : r.attempt().criteria()) {
        c.dimension()
            .ifPresent(
                d -> {
                  double[] sum = dims.computeIfAbsent(d, k -> new double[2]);
                  sum[0]++;
                  sum[1] += c.score();
                });
      }
    }
    assertThat(stats.dimensions())
        .extracting(StatsView.Dimension::name)
        .containsExactlyElementsOf(dims.keySet());
    for (StatsView.Dimension d : stats.dimensions()) {
      assertThat(d.criteria()).isEqualTo((long) dims.get(d.name())[0]);
      assertThat(d.readiness())
          .isCloseTo(100 * dims.get(d.name())[1] / dims.get(d.name())[0], within(1e-6));
    }

    double weighted = 0;
    double weights = 0;
    String weakest = null;
    double lowest = Double.MAX_VALUE;
    for (String pillar : Stats.PILLARS) {
      double[] sum = dims.get(pillar);
      double readiness = sum == null ? 0 : 100 * sum[1] / sum[0];
      weighted += P7_WEIGHTS.get(pillar) * readiness;
      weights += P7_WEIGHTS.get(pillar);
      if (readiness < lowest) {
        lowest = readiness;
        weakest = pillar;
      }
    }
    assertThat(stats.p7().overall()).isCloseTo(weighted / weights, within(1e-6));
    assertThat(stats.p7().weakest()).isEqualTo(weakest);
    assertThat(stats.p7().pillars())
        .extracting(StatsView.Pillar::name)
        .containsExactlyElementsOf(Stats.PILLARS);
    assertThat(stats.weakest()).isEqualTo(store.weakestCriteria(Stats.WEAKEST));
  }

  private static double difference(StoredAttempt a) {
    return (a.selfRating().getAsInt() - 1) * 25.0 - a.total();
  }

  @Test
  void statsOverGeneratedAttempts() {
    try (HistoryStore store = HistoryStore.open(dir, clock)) {
      // 400 attempts at 10 a day: 40 days, of which the trend shows the last 30.
      List<Recorded> recorded = fill(store, 400, 120, 10);
      StatsView stats = Stats.compute(store, clock, P7_WEIGHTS);
      assertStats(stats, recorded, store);
      assertThat(stats.trend()).hasSize(30);
      assertThat(stats.categories()).hasSizeGreaterThan(3);
      assertThat(stats.weakest()).hasSize(Stats.WEAKEST);
      assertThat(stats.selfRating().byBand()).isNotEmpty();
    }
  }

  @Test
  void theTrendCountsDaysInTheClocksZoneAcrossDaylightSavingChanges() {
    // Berlin springs forward on 30 March 2025 (a 23-hour day); Santiago falls back at midnight on
    // 6 April 2025, so Saturday's last hour comes twice and Sunday starts an hour late. One history
    // is read in each zone: the instants stored are the same, only the days they fall on differ.
    Instant end = Instant.parse("2025-04-10T12:00:00Z");
    List<Instant> times = new ArrayList<>();
    try (HistoryStore store = HistoryStore.open(dir, clock)) {
      List<Attempt> pool = HistoryFixtures.builtInAttempts(20, 3);
      // An attempt every 47 minutes over 35 days: every hour of every day, boundaries included.
      Instant at = end.minus(Duration.ofDays(35));
      for (int i = 0; at.isBefore(end); i++, at = at.plus(Duration.ofMinutes(47))) {
        clock.set(at);
        store.record(
            StoredAttempt.of(pool.get(i % 20), "drill", Optional.empty(), Optional.empty()));
        times.add(at);
      }
      for (String zone : List.of("Europe/Berlin", "America/Santiago", "Asia/Kolkata")) {
        ZoneId id = ZoneId.of(zone);
        StatsView stats = Stats.compute(store, Clock.fixed(end, id));

        LocalDate today = LocalDate.ofInstant(end, id);
        Map<LocalDate, Long> expected = new TreeMap<>();
        for (Instant t : times) {
          LocalDate day = LocalDate.ofInstant(t, id);
          if (!day.isBefore(today.minusDays(29))) {
            expected.merge(day, 1L, Long::sum);
          }
        }
        assertThat(stats.trend())
            .as(zone)
            .extracting(StatsView.Day::date, StatsView.Day::attempts)
            .containsExactlyElementsOf(
                expected.entrySet().stream()
                    .map(e -> org.assertj.core.groups.Tuple.tuple(e.getKey(), e.getValue()))
                    .toList());
      }
    }
  }

  @Test
  void anEmptyHistoryHasEmptyStats() {
    try (HistoryStore store = HistoryStore.open(dir, clock)) {
      StatsView stats = Stats.compute(store, clock);
      assertThat(stats.attempts()).isZero();
      assertThat(stats.categories()).isEmpty();
      assertThat(stats.trend()).isEmpty();
      assertThat(stats.overtimeRate()).isEmpty();
      assertThat(stats.selfRating().meanDifference()).isEmpty();
      assertThat(stats.p7().overall()).isZero();
      assertThat(stats.p7().weakest()).isEqualTo("technical-depth");
    }
  }

  @Test
  void p7ReadinessWeighsThePillarsAndNamesTheWeakest() {
    StatsView.Readiness r =
        Stats.readiness(
            List.of(
                new StatsView.Dimension("technical-depth", 10, 80),
                new StatsView.Dimension("business-acumen", 10, 60),
                new StatsView.Dimension("leadership", 10, 70),
                new StatsView.Dimension("communication", 10, 90),
                new StatsView.Dimension("staff-track", 10, 10)),
            P7_WEIGHTS);
    // depth, business acumen and leadership weigh 3, communication 2:
    // (3 * 80 + 3 * 60 + 3 * 70 + 2 * 90) / 11 = 810 / 11
    assertThat(r.overall()).isCloseTo(810.0 / 11, within(1e-9));
    assertThat(r.weakest()).isEqualTo("business-acumen");
    // Equal weights when none are given: (80 + 60 + 70 + 90) / 4 = 75 as well; without
    // communication it counts 0: (80 + 60 + 70 + 0) / 4 = 52.5
    assertThat(
            Stats.readiness(
                    List.of(
                        new StatsView.Dimension("technical-depth", 1, 80),
                        new StatsView.Dimension("business-acumen", 1, 60),
                        new StatsView.Dimension("leadership", 1, 70)),
                    Map.of())
                .overall())
        .isCloseTo(52.5, within(1e-9));
  }
}
