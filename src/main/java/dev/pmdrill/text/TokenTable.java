package dev.pmdrill.text;

/**
 * The tokens of one text as parallel arrays (positions in the normalised text, and the shared
 * {@link Lexeme}), so analysing an answer allocates a few arrays rather than an object per token.
 */
final class TokenTable {

  final int count;
  final int[] starts;
  final int[] ends;
  final Lexeme[] terms;

  TokenTable(int count, int[] starts, int[] ends, Lexeme[] terms) {
    this.count = count;
    this.starts = starts;
    this.ends = ends;
    this.terms = terms;
  }
}
