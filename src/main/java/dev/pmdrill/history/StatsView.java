package dev.pmdrill.history;

import dev.pmdrill.scoring.Band;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/** Everything {@code pmdrill stats} shows, computed once from the history. */
public record StatsView(
    long attempts,
    List<Group> categories,
    List<Group> banks,
    List<Day> trend,
    List<WeakCriterion> weakest,
    OptionalDouble overtimeRate,
    SelfRating selfRating,
    List<Dimension> dimensions,
    Readiness p7) {

  public StatsView {
    categories = List.copyOf(categories);
    banks = List.copyOf(banks);
    trend = List.copyOf(trend);
    weakest = List.copyOf(weakest);
    Objects.requireNonNull(overtimeRate, "overtimeRate");
    Objects.requireNonNull(selfRating, "selfRating");
    dimensions = List.copyOf(dimensions);
    Objects.requireNonNull(p7, "p7");
  }

  /** Attempts, average total and best total of a category or a bank. */
  public record Group(String name, long attempts, double average, int best) {
    public Group {
      Objects.requireNonNull(name, "name");
    }
  }

  /** The average total of the attempts made on one day (in the clock's time zone). */
  public record Day(LocalDate date, long attempts, double average) {
    public Day {
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * The candidate's own rating against the score. A rating r of 1-5 reads as (r - 1) × 25 on the
   * 0-100 scale; the difference is that minus the total, so a positive mean is overconfidence.
   */
  public record SelfRating(long rated, OptionalDouble meanDifference, List<BandDifference> byBand) {
    public SelfRating {
      Objects.requireNonNull(meanDifference, "meanDifference");
      byBand = List.copyOf(byBand);
    }
  }

  /** The self-rating difference among the attempts that scored in one band. */
  public record BandDifference(Band band, long rated, double meanDifference) {
    public BandDifference {
      Objects.requireNonNull(band, "band");
    }
  }

  /** The average criterion score × 100 of every criterion tagged with a dimension. */
  public record Dimension(String name, long criteria, double readiness) {
    public Dimension {
      Objects.requireNonNull(name, "name");
    }
  }

  /** One pillar of the P7 figure: its readiness (0 when never practised) and weight. */
  public record Pillar(String name, long criteria, double readiness, double weight) {
    public Pillar {
      Objects.requireNonNull(name, "name");
    }
  }

  /** The weighted average of the pillars' readiness, and the weakest of them. */
  public record Readiness(double overall, List<Pillar> pillars, String weakest) {
    public Readiness {
      pillars = List.copyOf(pillars);
      Objects.requireNonNull(weakest, "weakest");
    }
  }
}
