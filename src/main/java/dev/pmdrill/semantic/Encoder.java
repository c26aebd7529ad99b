package dev.pmdrill.semantic;

/** Turns a sentence into its raw embedding; implementations are safe to call from many threads. */
interface Encoder {
  float[] encode(String sentence);
}
