package dev.pmdrill.session;

/**
 * One thing a loop needs to pass: a round's gate, the pass mark, the board's vote. The loop passes
 * when every requirement holds; each says in a sentence how it went.
 */
public sealed interface Requirement permits GateVerdict, PassMark, BoardOutcome {
  boolean holds();

  /** One sentence for the report, such as "... scored 62, below its gate of 70: ...". */
  String summary();
}
