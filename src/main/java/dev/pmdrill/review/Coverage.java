package dev.pmdrill.review;

/** How far a piece of text shows a value, theme or packet question. */
public enum Coverage {
  MET("met"),
  PARTIAL("partial"),
  NONE("none");

  private final String label;

  Coverage(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  static Coverage of(double score) {
    if (score >= 1.0 - 1e-9) {
      return MET;
    }
    return score > 0 ? PARTIAL : NONE;
  }
}
