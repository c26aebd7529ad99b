package dev.pmdrill.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * A plain-text or CJK term of a rubric, analysed once when the bank loads, by the same chain as the
 * answers it is matched against. Regex terms are not phrases; they are matched elsewhere.
 */
public final class Phrase {

  private final String term;
  private final String[] stems;

  private Phrase(String term, String[] stems) {
    this.term = term;
    this.stems = stems;
  }

  public static Phrase of(String term) {
    Objects.requireNonNull(term, "term");
    TokenTable tokens = Tokenizer.tokenize(NormalizedText.of(term));
    String[] stems = new String[tokens.count];
    for (int t = 0; t < tokens.count; t++) {
      stems[t] = tokens.terms[t].stem();
    }
    return new Phrase(term, stems);
  }

  /** Whether the term has no tokens (only punctuation), and so matches nothing. */
  public boolean isEmpty() {
    return stems.length == 0;
  }

  /** The term as written in the bank. */
  public String term() {
    return term;
  }

  /** The stems the answer must hold consecutively. Do not modify. */
  String[] stemArray() {
    return stems;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Phrase && ((Phrase) other).term.equals(term);
  }

  @Override
  public int hashCode() {
    return term.hashCode();
  }

  @Override
  public String toString() {
    return "Phrase[" + term + " -> " + Arrays.toString(stems) + "]";
  }
}
