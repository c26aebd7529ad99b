package dev.pmdrill.history;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * The FSRS-4.5 scheduler (Free Spaced Repetition Scheduler, version 4.5, as published by
 * open-spaced-repetition in "The Algorithm" on the fsrs4anki wiki), written from its formulas with
 * its published default parameters {@code w}. There are no learning steps and no fuzz: every review
 * is a long-term review, and the next one is due when retrievability falls to the desired
 * retention.
 *
 * <pre>
 * R(t, S)  = (1 + FACTOR · t / S)^DECAY,  DECAY = -0.5, FACTOR = 19/81
 * I(r, S)  = S / FACTOR · (r^(1/DECAY) - 1)              (= S when r = 0.9)
 * S0(G)    = w[G-1]
 * D0(G)    = w4 - (G - 3) · w5                           (clamped to 1..10)
 * D'(D, G) = w7 · D0(3) + (1 - w7) · (D - w6 · (G - 3))  (clamped to 1..10)
 * S'r      = S · (e^w8 · (11 - D) · S^-w9 · (e^(w10 · (1 - R)) - 1) · hard · easy + 1)
 *            hard = w15 when G = 2, easy = w16 when G = 4, else 1
 * S'f      = w11 · D^-w12 · ((S + 1)^w13 - 1) · e^(w14 · (1 - R))
 * </pre>
 */
public final class Fsrs {
  /** The FSRS-4.5 default parameters w0..w16. */
  private static final double[] DEFAULT_W = {
    0.4872, 1.4003, 3.7145, 13.8206, 5.1618, 1.2298, 0.8975, 0.031, 1.6474, 0.1367, 1.0461, 2.1072,
    0.0793, 0.3246, 1.587, 0.2272, 2.8755
  };

  static final double DECAY = -0.5;
  static final double FACTOR = 19.0 / 81.0;
  private static final double MAX_INTERVAL_DAYS = 36500;
  private static final double SECONDS_PER_DAY = 86400;

  private final double[] w;
  private final double retention;

  private Fsrs(double[] w, double retention) {
    if (w.length != DEFAULT_W.length) {
      throw new IllegalArgumentException("FSRS-4.5 takes 17 parameters, not " + w.length);
    }
    if (!(retention > 0 && retention < 1)) {
      throw new IllegalArgumentException("retention must lie between 0 and 1: " + retention);
    }
    this.w = w.clone();
    this.retention = retention;
  }

  /** The published defaults, scheduling for 90% retention. */
  public static Fsrs defaults() {
    return new Fsrs(DEFAULT_W, 0.9);
  }

  public static Fsrs of(double[] w, double retention) {
    return new Fsrs(w, retention);
  }

  public double[] parameters() {
    return w.clone();
  }

  /** The card after one review with {@code rating} at {@code now}. */
  public Card review(Card card, Rating rating, Instant now) {
    int g = rating.grade();
    double difficulty;
    double stability;
    int lapses = card.lapses();
    if (card.isNew()) {
      difficulty = initialDifficulty(g);
      stability = initialStability(g);
    } else {
      double elapsed =
          Math.max(0, Duration.between(card.lastReview().orElse(now), now).getSeconds())
              / SECONDS_PER_DAY;
      double r = retrievability(elapsed, card.stability());
      difficulty = nextDifficulty(card.difficulty(), g);
      if (rating == Rating.AGAIN) {
        stability = stabilityAfterFailure(card.difficulty(), card.stability(), r);
        lapses++;
      } else {
        stability = stabilityAfterSuccess(card.difficulty(), card.stability(), r, g);
      }
    }
    double days = interval(stability);
    Instant due = now.plusSeconds(Math.round(days * SECONDS_PER_DAY));
    return new Card(difficulty, stability, due, card.reps() + 1, lapses, Optional.of(now));
  }

  /** S0(G) = w[G-1]. */
  double initialStability(int g) {
    return Math.max(w[g - 1], 0.1);
  }

  /** D0(G) = w4 - (G - 3) · w5, clamped to 1..10. */
  double initialDifficulty(int g) {
    return clampDifficulty(w[4] - (g - 3) * w[5]);
  }

  /** D' = w7 · D0(3) + (1 - w7) · (D - w6 · (G - 3)), clamped to 1..10. */
  double nextDifficulty(double d, int g) {
    double next = d - w[6] * (g - 3);
    return clampDifficulty(w[7] * initialDifficulty(3) + (1 - w[7]) * next);
  }

  /** R(t, S) = (1 + FACTOR · t / S)^DECAY. */
  static double retrievability(double elapsedDays, double stability) {
    return Math.pow(1 + FACTOR * elapsedDays / stability, DECAY);
  }

  /** I(r, S) = S / FACTOR · (r^(1/DECAY) - 1), rounded to whole days, 1 to 36500. */
  double interval(double stability) {
    double days = stability / FACTOR * (Math.pow(retention, 1 / DECAY) - 1);
    return Math.min(MAX_INTERVAL_DAYS, Math.max(1, Math.round(days)));
  }

  double stabilityAfterSuccess(double d, double s, double r, int g) {
    double hard = g == 2 ? w[15] : 1;
    double easy = g == 4 ? w[16] : 1;
    return s
        * (Math.exp(w[8])
                * (11 - d)
                * Math.pow(s, -w[9])
                * (Math.exp(w[10] * (1 - r)) - 1)
                * hard
                * easy
            + 1);
  }

  double stabilityAfterFailure(double d, double s, double r) {
    return w[11] * Math.pow(d, -w[12]) * (Math.pow(s + 1, w[13]) - 1) * Math.exp(w[14] * (1 - r));
  }

  private static double clampDifficulty(double d) {
    return Math.min(10, Math.max(1, d));
  }

  @Override
  public String toString() {
    return "FSRS-4.5 " + Arrays.toString(w) + " retention " + retention;
  }
}
