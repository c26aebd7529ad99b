package dev.pmdrill.text;

import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The stemming stage: Snowball's English (Porter2) stemmer behind a keyword guard, like Lucene's
 * KeywordMarkerFilter in front of a SnowballFilter. Not thread-safe, as the Snowball program it
 * wraps keeps state.
 */
final class Stemmer {

  /** Longer runs are not words (URLs, hashes, a key held down) and stemming them buys nothing. */
  private static final int LONGEST_STEMMED = 40;

  private final EnglishStemmer snowball = new EnglishStemmer();

  /**
   * Words Porter2 would fold onto a different word, each family kept apart under a stem of its own:
   * "conversation" is not "conversion", "organization" not "organic", "authority" not "author",
   * "personalized" not "person", "newness" not "new".
   */
  private static final String[][] KEPT_APART = {
    {"conversation", "conversation"},
    {"organiz", "organiz"},
    {"organis", "organiz"},
    {"authorit", "authorit"},
    {"personal", "personal"},
    {"newness", "newness"},
  };

  /** The stem of a lower-case token; protected tokens come back unchanged. */
  String stem(String folded) {
    if (isProtected(folded)) {
      return folded;
    }
    for (String[] family : KEPT_APART) {
      if (folded.startsWith(family[0])) {
        return family[1];
      }
    }
    snowball.setCurrent(folded);
    snowball.stem();
    String stem = snowball.getCurrent();
    return stem.equals(folded) ? folded : stem;
  }

  /**
   * Numbers and codes such as "11", "p90" or "b2b" must match exactly: stemming "p90s" or a
   * suffix-looking code would conflate different things.
   */
  private static boolean isProtected(String folded) {
    if (folded.length() > LONGEST_STEMMED) {
      return true;
    }
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (c >= '0' && c <= '9' || Character.isDigit(c)) {
        return true;
      }
    }
    return false;
  }
}
