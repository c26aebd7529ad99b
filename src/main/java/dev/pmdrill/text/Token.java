package dev.pmdrill.text;

/**
 * One token of an answer or a term.
 *
 * @param text the normalised surface form (NFKC, case-folded, full-width folded to half-width)
 * @param stem what phrase matching compares: the English stem, or {@code text} itself for CJK
 *     characters and tokens holding a digit
 * @param span where the token stands in the original string
 * @param script whether this is a word or a single CJK character
 */
public record Token(String text, String stem, Span span, Script script) {}
