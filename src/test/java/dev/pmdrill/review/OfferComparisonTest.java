package dev.pmdrill.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pmdrill.bank.Location;
import dev.pmdrill.material.Offer;
import dev.pmdrill.review.OfferComparison.OfferYears;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Offers compared year by year as the whole package, beside the guide's bands. */
class OfferComparisonTest {
  private static Offer offer(
      String company,
      String level,
      double base,
      double bonus,
      double rsu,
      List<Double> vesting,
      double signOn,
      int signOnYear) {
    return new Offer(
        company,
        Optional.ofNullable(level),
        base,
        bonus,
        rsu,
        vesting,
        signOn,
        signOnYear,
        new Location("o.yaml", 1, 1));
  }

  @Test
  void eachYearCountsBaseBonusTheRsuVestingThatYearAndTheSignOnInItsYear() {
    Offer a =
        offer("A", "P7", 480_000, 120_000, 800_000, List.of(25.0, 25.0, 25.0, 25.0), 100_000, 1);
    Offer b = offer("B", "P6", 500_000, 0, 600_000, List.of(10.0, 20.0, 30.0, 40.0), 50_000, 2);
    OfferComparison c = OfferComparison.of(List.of(a, b));
    OfferYears first = c.offers().get(0);
    assertThat(first.years())
        .extracting(OfferComparison.Year::total)
        .containsExactly(900_000.0, 800_000.0, 800_000.0, 800_000.0);
    assertThat(c.offers().get(1).years())
        .extracting(OfferComparison.Year::total)
        .containsExactly(560_000.0, 670_000.0, 680_000.0, 740_000.0);
    assertThat(c.leads()).extracting(OfferComparison.Lead::offer).containsExactly(0, 0, 0, 0);
    assertThat(c.leads().get(0).margin()).isEqualTo(340_000.0);
    // the bands are the guide's: P7 600k-1.2M, P6 300k-600k
    assertThat(first.band().orElseThrow().position(900_000)).isEqualTo("within");
    assertThat(c.offers().get(1).band().orElseThrow().position(670_000)).isEqualTo("above");
  }

  @Test
  void theLongestScheduleSetsTheYearsAndTheLeaderCanChange() {
    Offer cash = offer("Cash", null, 1_000_000, 0, 0, List.of(), 0, 1);
    Offer stock =
        offer("Stock", "P7", 700_000, 0, 1_600_000, List.of(10.0, 20.0, 30.0, 40.0), 0, 1);
    OfferComparison c = OfferComparison.of(List.of(cash, stock));
    // year 1: 1.0M cash against 860k; from year 2 the back-loaded stock wins (1.02M, 1.18M, 1.34M)
    assertThat(c.leads()).extracting(OfferComparison.Lead::offer).containsExactly(0, 1, 1, 1);
    assertThat(c.leads().get(1).margin()).isEqualTo(20_000.0);
    assertThat(c.offers().get(0).years()).hasSize(4);
  }

  @Test
  void aLevelTheGuideGivesNoBandForShowsNone() {
    assertThat(OfferComparison.band(offer("X", "P8", 1, 0, 0, List.of(), 0, 1))).isEmpty();
    assertThat(OfferComparison.band(offer("X", null, 1, 0, 0, List.of(), 0, 1))).isEmpty();
    assertThat(OfferComparison.band(offer("X", "p7 PM", 1, 0, 0, List.of(), 0, 1)))
        .map(OfferComparison.Band::level)
        .hasValue("P7");
  }

  @Test
  void theQuestionsFollowWhatTheOfferSaysAndLeavesOut() {
    Offer low = offer("Low", "P7", 400_000, 0, 200_000, List.of(10.0, 20.0, 30.0, 40.0), 80_000, 1);
    List<String> qs = OfferComparison.of(List.of(low)).offers().get(0).questions();
    assertThat(qs)
        .anyMatch(q -> q.startsWith("Is P7 the level in writing"))
        .anyMatch(q -> q.contains("below the guide's P7 band (600k-1.2M)"))
        .anyMatch(q -> q.contains("vesting cliff"))
        .anyMatch(q -> q.contains("refresh grants"))
        .anyMatch(q -> q.contains("back-loaded (10/20/30/40)"))
        .anyMatch(q -> q.contains("Is there an annual bonus"))
        .anyMatch(q -> q.contains("clawed back"));
    Offer bare = offer("Bare", null, 700_000, 70_000, 0, List.of(), 0, 1);
    List<String> bareQs = OfferComparison.of(List.of(bare)).offers().get(0).questions();
    assertThat(bareQs)
        .anyMatch(q -> q.startsWith("What level is this offer?"))
        .anyMatch(q -> q.contains("Is there an RSU grant?"))
        .anyMatch(q -> q.contains("bonus actually paid"))
        .noneMatch(q -> q.contains("clawed back"));
    assertThat(OfferComparison.of(List.of(bare)).leads()).isEmpty();
  }
}
