/**
 * Text analysis for scoring answers, modelled on a Lucene analysis chain of small stages.
 *
 * <ol>
 *   <li>{@code NormalizedText}: NFKC, case folding and ASCII quotes, keeping a map back to the
 *       original so every {@link dev.pmdrill.text.Span} quotes what the user wrote;
 *   <li>{@code Tokenizer}: letter/digit runs and single CJK characters, punctuation dropped;
 *   <li>{@code Stemmer}: Snowball English on lower-case words, tokens holding a digit protected as
 *       keywords;
 *   <li>scanners over the normalised text for sentences, words, quantities and connecting words.
 * </ol>
 *
 * <p>Rubric terms go through the same chain ({@link dev.pmdrill.text.Phrase}) so that a term and an
 * answer meet on stems. The package depends on nothing but the JDK and Lucene's analysis module.
 */
package dev.pmdrill.text;
