package dev.pmdrill.history;

import dev.pmdrill.scoring.Band;

/** The four FSRS grades, numbered 1-4 as in the FSRS formulas. */
public enum Rating {
  AGAIN(1),
  HARD(2),
  GOOD(3),
  EASY(4),
  ;

  private final int grade;

  Rating(int grade) {
    this.grade = grade;
  }

  /** The grade G of the FSRS formulas: Again 1, Hard 2, Good 3, Easy 4. */
  public int grade() {
    return grade;
  }

  /** weak → Again, borderline → Hard, solid → Good, strong → Easy. */
  public static Rating of(Band band) {
    switch (band) {
      case STRONG:
        return EASY;
      case SOLID:
        return GOOD;
      case BORDERLINE:
        return HARD;
      default:
        return AGAIN;
    }
  }
}
