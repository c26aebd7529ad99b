package dev.pmdrill.scoring;

/**
 * Which scorer gave a score: a whole number that goes up with every release that changes any score
 * (the contract's {@code scorer}). Scores stored by an older scorer are kept as they were given,
 * and named as older wherever they are shown again.
 */
public final class ScorerVersion {
  /**
   * The scorer of bank format revision 1, which gave every score stored before the history kept a
   * scorer.
   */
  public static final int REVISION_1 = 1;

  /**
   * The scorer in this build: bank format revision 2, with reports of what others would do and
   * negations over lists earning nothing (3). Raise it with any change to any score.
   */
  public static final int CURRENT = 3;

  private ScorerVersion() {}

  /** Whether a score given by {@code scorer} may differ from what this build would give. */
  public static boolean isOlder(int scorer) {
    return scorer < CURRENT;
  }

  /** Names an older scorer for a candidate: "an older scorer (1; this pmdrill's is 2)". */
  public static String older(int scorer) {
    return "an older scorer (" + scorer + "; this pmdrill's is " + CURRENT + ")";
  }
}
