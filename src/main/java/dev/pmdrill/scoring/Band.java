package dev.pmdrill.scoring;

import java.util.Locale;

/** The contract's bands: 85+ strong, 70-84 solid, 50-69 borderline, below 50 weak. */
public enum Band {
  STRONG(85),
  SOLID(70),
  BORDERLINE(50),
  WEAK(0);

  private final int from;

  Band(int from) {
    this.from = from;
  }

  public static Band of(int score) {
    for (Band band : values()) {
      if (score >= band.from) {
        return band;
      }
    }
    return WEAK;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
