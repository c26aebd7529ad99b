package dev.pmdrill.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * FSRS-4.5 against values worked out by hand from the published formulas and default parameters w =
 * [0.4872, 1.4003, 3.7145, 13.8206, 5.1618, 1.2298, 0.8975, 0.031, 1.6474, 0.1367, 1.0461, 2.1072,
 * 0.0793, 0.3246, 1.587, 0.2272, 2.8755], DECAY = -0.5, FACTOR = 19/81.
 */
class FsrsTest {
  private static final Offset<Double> CLOSE = within(1e-6);
  private static final Offset<Double> HAND = within(1e-4);
  private final Fsrs fsrs = Fsrs.defaults();
  private final Instant t0 = HistoryFixtures.T0;

  @Test
  void initialStabilityIsTheFirstFourParameters() {
    // S0(G) = w[G-1]
    assertThat(fsrs.initialStability(1)).isCloseTo(0.4872, CLOSE);
    assertThat(fsrs.initialStability(2)).isCloseTo(1.4003, CLOSE);
    assertThat(fsrs.initialStability(3)).isCloseTo(3.7145, CLOSE);
    assertThat(fsrs.initialStability(4)).isCloseTo(13.8206, CLOSE);
  }

  @Test
  void initialDifficulty() {
    // D0(G) = w4 - (G - 3) * w5 = 5.1618 - (G - 3) * 1.2298
    assertThat(fsrs.initialDifficulty(1)).isCloseTo(5.1618 + 2 * 1.2298, CLOSE); // 7.6214
    assertThat(fsrs.initialDifficulty(2)).isCloseTo(6.3916, CLOSE);
    assertThat(fsrs.initialDifficulty(3)).isCloseTo(5.1618, CLOSE);
    assertThat(fsrs.initialDifficulty(4)).isCloseTo(3.9320, CLOSE);
  }

  @Test
  void retrievability() {
    // R(t, S) = (1 + 19/81 * t / S)^-0.5; at t = S it is (100/81)^-0.5 = 0.9 exactly
    assertThat(Fsrs.retrievability(3.7145, 3.7145)).isCloseTo(0.9, CLOSE);
    assertThat(Fsrs.retrievability(0, 3.7145)).isCloseTo(1.0, CLOSE);
    // t = 4: 1 + 0.234568 * 4 / 3.7145 = 1.252597; ^-0.5 = 0.893500
    assertThat(Fsrs.retrievability(4, 3.7145)).isCloseTo(0.893500, HAND);
    // t = 10: 1 + 0.234568 * 10 / 3.7145 = 1.631493; ^-0.5 = 0.782902
    assertThat(Fsrs.retrievability(10, 3.7145)).isCloseTo(0.782902, HAND);
  }

  @Test
  void intervalForNinetyPercentRetentionIsTheStability() {
    // I(0.9, S) = S / FACTOR * (0.9^(1/-0.5) - 1) = S / (19/81) * (100/81 - 1) = S, in whole days
    assertThat(fsrs.interval(3.7145)).isEqualTo(4);
    assertThat(fsrs.interval(13.8206)).isEqualTo(14);
    assertThat(fsrs.interval(0.4872)).isEqualTo(1); // at least one day
    assertThat(fsrs.interval(1e6)).isEqualTo(36500); // at most 100 years
  }

  @Test
  void firstReviewSetsTheInitialState() {
    Card good = fsrs.review(Card.fresh(t0), Rating.GOOD, t0);
    assertThat(good.stability()).isCloseTo(3.7145, CLOSE);
    assertThat(good.difficulty()).isCloseTo(5.1618, CLOSE);
    assertThat(good.due()).isEqualTo(t0.plus(Duration.ofDays(4)));
    assertThat(good.reps()).isEqualTo(1);
    assertThat(good.lapses()).isZero();
    assertThat(good.lastReview()).contains(t0);

    Card again = fsrs.review(Card.fresh(t0), Rating.AGAIN, t0);
    assertThat(again.stability()).isCloseTo(0.4872, CLOSE);
    assertThat(again.due()).isEqualTo(t0.plus(Duration.ofDays(1)));
  }

  /** The card after Good on day 0 (D = 5.1618, S = 3.7145), reviewed on day 4 (R = 0.893500). */
  private Card secondReview(Rating rating) {
    Card first = new Card(5.1618, 3.7145, t0.plus(Duration.ofDays(4)), 1, 0, Optional.of(t0));
    return fsrs.review(first, rating, t0.plus(Duration.ofDays(4)));
  }

  @Test
  void stabilityAfterSuccess() {
    // S'r = S * (e^w8 * (11 - D) * S^-w9 * (e^(w10 * (1 - R)) - 1) + 1)
    //     = 3.7145 * (5.193459 * 5.8382 * 0.835785 * (e^(1.0461 * 0.106500) - 1) + 1)
    //     = 3.7145 * (25.341383 * 0.117853 + 1) = 3.7145 * 3.986566 = 14.808101
    // D' = 0.031 * 5.1618 + 0.969 * (5.1618 - 0.8975 * 0) = 5.1618
    Card good = secondReview(Rating.GOOD);
    assertThat(good.stability()).isCloseTo(14.808101, HAND);
    assertThat(good.difficulty()).isCloseTo(5.1618, CLOSE);
    assertThat(good.due()).isEqualTo(t0.plus(Duration.ofDays(4 + 15)));
    assertThat(good.reps()).isEqualTo(2);

    // Hard: D' = 0.031 * 5.1618 + 0.969 * (5.1618 + 0.8975) = 6.031478; the growth times w15
    // S'r = 3.7145 * (25.341383 * 0.117853 * 0.2272 + 1) = 6.234966
    Card hard = secondReview(Rating.HARD);
    assertThat(hard.stability()).isCloseTo(6.234966, HAND);
    assertThat(hard.difficulty()).isCloseTo(6.031478, HAND);

    // Easy: D' = 0.031 * 5.1618 + 0.969 * (5.1618 - 0.8975) = 4.292123; the growth times w16
    // S'r = 3.7145 * (25.341383 * 0.117853 * 2.8755 + 1) = 35.614148
    Card easy = secondReview(Rating.EASY);
    assertThat(easy.stability()).isCloseTo(35.614148, HAND);
    assertThat(easy.difficulty()).isCloseTo(4.292123, HAND);
  }

  @Test
  void stabilityAfterFailure() {
    // S'f = w11 * D^-w12 * ((S + 1)^w13 - 1) * e^(w14 * (1 - R))
    //     = 2.1072 * 5.1618^-0.0793 * (4.7145^0.3246 - 1) * e^(1.587 * 0.106500)
    //     = 2.1072 * 0.877960 * 0.654235 * 1.184139 = 1.433234
    // D' = 0.031 * 5.1618 + 0.969 * (5.1618 + 2 * 0.8975) = 6.901155
    Card again = secondReview(Rating.AGAIN);
    assertThat(again.stability()).isCloseTo(1.433234, HAND);
    assertThat(again.difficulty()).isCloseTo(6.901155, HAND);
    assertThat(again.lapses()).isEqualTo(1);
    assertThat(again.due()).isEqualTo(t0.plus(Duration.ofDays(4 + 1)));
  }

  @Test
  void difficultyStaysBetweenOneAndTen() {
    Card c = Card.fresh(t0);
    Instant now = t0;
    for (int i = 0; i < 30; i++) {
      c = fsrs.review(c, Rating.AGAIN, now);
      now = now.plus(Duration.ofDays(1));
    }
    assertThat(c.difficulty()).isCloseTo(10, within(0.5)).isLessThanOrEqualTo(10);
    for (int i = 0; i < 30; i++) {
      c = fsrs.review(c, Rating.EASY, now);
      now = c.due();
    }
    assertThat(c.difficulty()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void ratingsFollowTheBands() {
    assertThat(Rating.of(dev.pmdrill.scoring.Band.WEAK)).isEqualTo(Rating.AGAIN);
    assertThat(Rating.of(dev.pmdrill.scoring.Band.BORDERLINE)).isEqualTo(Rating.HARD);
    assertThat(Rating.of(dev.pmdrill.scoring.Band.SOLID)).isEqualTo(Rating.GOOD);
    assertThat(Rating.of(dev.pmdrill.scoring.Band.STRONG)).isEqualTo(Rating.EASY);
  }
}
