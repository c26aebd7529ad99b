package dev.pmdrill.history;

import dev.pmdrill.bank.Question;
import dev.pmdrill.scoring.Criterion;
import dev.pmdrill.scoring.Term;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Fingerprints a question as it was scored: SHA-256 (lower-case hex) of its prompt and, for each
 * criterion in order, its kind, name, weight and own terms. The same question gives the same hash
 * in every run, so an attempt scored against an older rubric can be told apart.
 */
public final class RubricHash {
  private RubricHash() {}

  public static String of(Question question) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
    update(sha, "prompt");
    update(sha, question.prompt());
    for (Criterion c : question.rubric().criteria()) {
      update(sha, "criterion");
      update(sha, c.kind());
      update(sha, c.name());
      // Double.toString is exact and locale-free, so the same weight always hashes the same.
      update(sha, Double.toString(c.info().weight()));
      for (Term t : c.ownTerms()) {
        update(sha, "term");
        update(sha, t.text());
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /** Each field is written with its length first, so no two field lists run together alike. */
  private static void update(MessageDigest sha, String field) {
    byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
    sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
    sha.update((byte) ':');
    sha.update(bytes);
  }
}
