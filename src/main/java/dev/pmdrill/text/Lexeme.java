package dev.pmdrill.text;

import java.util.List;

/**
 * What the chain knows about one distinct token text. Shared between answers through {@link
 * TermCache}, so a word is stemmed and looked up once per thread rather than once per use.
 *
 * @param text the normalised token text
 * @param stem what phrase matching compares
 * @param script word or CJK character
 * @param connecting an English connecting word
 * @param connectivesFromHere Chinese connecting-word entries that start with this character,
 *     longest first
 * @param roles what {@link Negation} and {@link Attribution} read in the word ({@link
 *     Negation#rolesOf}, {@link Attribution#rolesOf}), found once per distinct word rather than
 *     once per use
 */
record Lexeme(
    String text,
    String stem,
    Script script,
    boolean connecting,
    List<String> connectivesFromHere,
    int roles) {

  Lexeme(
      String text,
      String stem,
      Script script,
      boolean connecting,
      List<String> connectivesFromHere) {
    this(
        text,
        stem,
        script,
        connecting,
        connectivesFromHere,
        Negation.rolesOf(text, script) | Attribution.rolesOf(text, script));
  }
}
