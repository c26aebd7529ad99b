package dev.pmdrill.history;

import dev.pmdrill.scoring.Band;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Computes the {@link StatsView} with SQL aggregates over covering indexes and the counts kept at
 * write time, so a history of 10,000 attempts takes a few milliseconds and no attempt comes back
 * row by row.
 */
public final class Stats {
  /**
   * The criterion dimensions the P7 figure reads, in the order they are shown: each evidences one
   * {@link P7Pillar}.
   */
  public static final List<String> PILLARS =
      List.of("technical-depth", "business-acumen", "leadership", "communication");

  /**
   * The weight of each of {@link #PILLARS} in the P7 figure: that of the {@link P7Pillar} it
   * evidences, so technical depth, business acumen and leadership (leadership with business impact)
   * weigh 3 and communication (cross-department influence) 2, as the p7-engineer loop's rounds do.
   */
  public static final Map<String, Double> P7_WEIGHTS = p7Weights();

  static final int TREND_DAYS = 30;
  static final int WEAKEST = 5;

  private Stats() {}

  private static Map<String, Double> p7Weights() {
    Map<String, Double> weights = new HashMap<>();
    for (P7Pillar pillar : P7Pillar.ALL) {
      pillar.dimensions().forEach(d -> weights.put(d, pillar.weight()));
    }
    if (!weights.keySet().equals(Set.copyOf(PILLARS))) {
      throw new IllegalStateException(
          "the P7 pillars' dimensions " + weights.keySet() + " are not those shown: " + PILLARS);
    }
    return Map.copyOf(weights);
  }

  /** Stats with the four pillars weighted equally. */
  public static StatsView compute(HistoryStore store, Clock clock) {
    return compute(store, clock, Map.of());
  }

  /**
   * @param pillarWeights weight of each pillar in the P7 figure (normally {@link #P7_WEIGHTS}); a
   *     pillar not named weighs 1
   */
  public static StatsView compute(
      HistoryStore store, Clock clock, Map<String, Double> pillarWeights) {
    pillarWeights.forEach(
        (pillar, weight) -> {
          if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException(
                "the weight of " + pillar + " must be a number of 0 or more: " + weight);
          }
        });
    return store.read(
        c -> {
          List<StatsView.Dimension> dimensions = dimensions(c);
          return new StatsView(
              count(c),
              groups(c, "category"),
              groups(c, "bank"),
              trend(c, clock),
              store.weakestCriteria(WEAKEST),
              overtimeRate(c),
              selfRating(c),
              dimensions,
              readiness(dimensions, pillarWeights));
        });
  }

  private static long count(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM attempts")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** {@code column} is one of two constants of this class, never user input. */
  private static List<StatsView.Group> groups(Connection c, String column) throws SQLException {
    List<StatsView.Group> groups = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT "
                    + column
                    + ", count(*), avg(CASE WHEN skipped = 0 THEN total END),"
                    + " coalesce(max(CASE WHEN skipped = 0 THEN total END), 0)"
                    + " FROM attempts GROUP BY "
                    + column
                    + " ORDER BY "
                    + column)) {
      while (rs.next()) {
        groups.add(
            new StatsView.Group(rs.getString(1), rs.getLong(2), rs.getDouble(3), rs.getInt(4)));
      }
    }
    return groups;
  }

  /**
   * Daily averages over the 30 days ending today (in the clock's zone), days with attempts only.
   * The days' bounds come from the zone's rules, as a day may last 23 or 25 hours; SQLite counts
   * each day's attempts in the (at, total) index, so no attempt row comes back to be grouped here.
   */
  private static List<StatsView.Day> trend(Connection c, Clock clock) throws SQLException {
    ZoneId zone = clock.getZone();
    LocalDate first = LocalDate.ofInstant(clock.instant(), zone).minusDays(TREND_DAYS - 1L);
    StringBuilder sql = new StringBuilder("WITH days (day, start, stop) AS (VALUES ");
    for (int d = 0; d < TREND_DAYS; d++) {
      sql.append(d == 0 ? "(?, ?, ?)" : ", (?, ?, ?)");
    }
    sql.append(
        ") SELECT day, count(*), sum(total) FROM days JOIN attempts ON at >= start AND at < stop"
            + " AND skipped = 0"
            + " GROUP BY day ORDER BY day");
    List<StatsView.Day> trend = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
      long start = startOf(first, zone);
      for (int d = 0; d < TREND_DAYS; d++) {
        long stop = startOf(first.plusDays(d + 1L), zone);
        ps.setInt(3 * d + 1, d);
        ps.setLong(3 * d + 2, start);
        ps.setLong(3 * d + 3, stop);
        start = stop;
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long attempts = rs.getLong(2);
          trend.add(
              new StatsView.Day(
                  first.plusDays(rs.getInt(1)), attempts, rs.getLong(3) / (double) attempts));
        }
      }
    }
    return trend;
  }

  private static long startOf(LocalDate day, ZoneId zone) {
    return day.atStartOfDay(zone).toInstant().toEpochMilli();
  }

  /** The share of attempts with a time limit that ran past it. */
  private static OptionalDouble overtimeRate(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT count(*), sum(used_seconds > limit_seconds) FROM attempts"
                    + " WHERE limit_seconds IS NOT NULL AND skipped = 0")) {
      rs.next();
      long limited = rs.getLong(1);
      return limited == 0
          ? OptionalDouble.empty()
          : OptionalDouble.of(rs.getLong(2) / (double) limited);
    }
  }

  private static StatsView.SelfRating selfRating(Connection c) throws SQLException {
    String difference = "((self_rating - 1) * 25.0 - total)";
    List<StatsView.BandDifference> byBand = new ArrayList<>();
    Map<Band, double[]> found = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT band, count(*), avg("
                    + difference
                    + ") FROM attempts WHERE self_rating IS NOT NULL GROUP BY band")) {
      while (rs.next()) {
        found.put(
            HistoryStore.band(rs.getString(1)), new double[] {rs.getLong(2), rs.getDouble(3)});
      }
    }
    long rated = 0;
    double sum = 0;
    for (Band band : Band.values()) {
      double[] f = found.get(band);
      if (f != null) {
        byBand.add(new StatsView.BandDifference(band, (long) f[0], f[1]));
        rated += (long) f[0];
        sum += f[0] * f[1];
      }
    }
    return new StatsView.SelfRating(
        rated, rated == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / rated), byBand);
  }

  private static List<StatsView.Dimension> dimensions(Connection c) throws SQLException {
    List<StatsView.Dimension> dimensions = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT dimension, count(*), avg(score) * 100 FROM attempt_criteria"
                    + " WHERE dimension IS NOT NULL GROUP BY dimension ORDER BY dimension")) {
      while (rs.next()) {
        dimensions.add(new StatsView.Dimension(rs.getString(1), rs.getLong(2), rs.getDouble(3)));
      }
    }
    return dimensions;
  }

  /**
   * The weighted average of the four pillars' readiness; a pillar never practised counts 0, since
   * nothing shows readiness there. The weakest pillar is the lowest, the first in {@link #PILLARS}
   * on a tie.
   */
  static StatsView.Readiness readiness(
      List<StatsView.Dimension> dimensions, Map<String, Double> weights) {
    Map<String, StatsView.Dimension> byName = new HashMap<>();
    dimensions.forEach(d -> byName.put(d.name(), d));
    List<StatsView.Pillar> pillars = new ArrayList<>();
    double weighted = 0;
    double totalWeight = 0;
    StatsView.Pillar weakest = null;
    for (String name : PILLARS) {
      StatsView.Dimension d = byName.get(name);
      double weight = weights.getOrDefault(name, 1.0);
      StatsView.Pillar p =
          new StatsView.Pillar(
              name, d == null ? 0 : d.criteria(), d == null ? 0 : d.readiness(), weight);
      pillars.add(p);
      weighted += weight * p.readiness();
      totalWeight += weight;
      if (weakest == null || p.readiness() < weakest.readiness()) {
        weakest = p;
      }
    }
    return new StatsView.Readiness(
        totalWeight == 0 ? 0 : weighted / totalWeight, pillars, weakest.name());
  }
}
