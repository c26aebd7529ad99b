package dev.pmdrill.bank;

import dev.pmdrill.scoring.RegexCost;
import dev.pmdrill.scoring.Term;

/**
 * The regex work one bank file may ask of every answer: the programs of all its regex terms added
 * up. Each term is bounded on its own ({@link RegexCost}); this bounds the many, so that no file
 * can make scoring one long answer take more than a few seconds.
 */
final class RegexBudget {
  /**
   * Two of the largest terms: about 3.5 s over a 100 KB answer when both are as slow as a term can
   * be (measured on two shared cores).
   */
  static final long MAX_INSTRUCTIONS = 2 * RegexCost.MAX_INSTRUCTIONS;

  private long spent;
  private boolean reported;

  /** Adds a term's cost; the term that goes over the budget is reported, once per file. */
  void spend(Term term, Location location, Problems problems) {
    String written = term.text();
    if (!(written.length() >= 2 && written.startsWith("/") && written.endsWith("/"))) {
      return;
    }
    spent += RegexCost.of(written.substring(1, written.length() - 1)).instructions();
    if (spent > MAX_INSTRUCTIONS && !reported) {
      reported = true;
      problems.error(
          location,
          "the regex terms of this file add up to about "
              + spent
              + " steps for each character of an answer (at most "
              + MAX_INSTRUCTIONS
              + " in one file): scoring a long answer would take too long; use plain terms or"
              + " smaller counts");
    }
  }
}
