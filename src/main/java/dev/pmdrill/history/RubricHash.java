package dev.pmdrill.history;

import dev.pmdrill.bank.Question;
import dev.pmdrill.scoring.Criterion;
import dev.pmdrill.scoring.CriterionInfo;
import dev.pmdrill.scoring.Term;
import dev.pmdrill.scoring.Where;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Fingerprints a question as it was scored: SHA-256 (lower-case hex) of its prompt, whether it is
 * timed, and every criterion in order with every field that can change a score. The same question
 * gives the same hash in every run, so an attempt scored against an older rubric can be told apart.
 *
 * <p>A criterion is hashed from its record components, whatever its kind: its kind, then each
 * component by name and value (terms by their written text, {@code like} sentences, {@code min},
 * {@code where}, {@code penalty}, an estimate's {@code value}, ...). A field added to a kind is
 * thus covered without anyone remembering to add it here; only the wording a candidate reads and
 * that no score depends on ({@link #TEXT_ONLY}: tip, probe, dimension) is left out. A component of
 * a type this class does not know fails loudly, and the built-in banks are all hashed in a test.
 */
public final class RubricHash {
  /** Fields of {@link CriterionInfo} that are shown to a candidate and never change a score. */
  static final Set<String> TEXT_ONLY = Set.of("tip", "probe", "dimension");

  private RubricHash() {}

  public static String of(Question question) {
    MessageDigest sha = sha256();
    update(sha, "rubric-hash-2");
    update(sha, "prompt");
    update(sha, question.prompt());
    update(sha, "timed");
    update(sha, Boolean.toString(question.time().isPresent()));
    for (Criterion c : question.rubric().criteria()) {
      update(sha, "criterion");
      update(sha, c.kind());
      value(sha, c);
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /**
   * Whether {@code stored}, a hash kept with an attempt, is the fingerprint of {@code question} as
   * it is now. Attempts stored before the hash covered every field kept the first form (prompt, and
   * each criterion's kind, name, weight and terms); those match when that much is unchanged.
   */
  public static boolean matches(String stored, Question question) {
    return stored.equals(of(question)) || stored.equals(firstForm(question));
  }

  /** The hash as pmdrill stored it with bank format revision 1's scorer. Never change it. */
  static String firstForm(Question question) {
    MessageDigest sha = sha256();
    update(sha, "prompt");
    update(sha, question.prompt());
    for (Criterion c : question.rubric().criteria()) {
      update(sha, "criterion");
      update(sha, c.kind());
      update(sha, c.name());
      update(sha, Double.toString(c.info().weight()));
      for (Term t : c.ownTerms()) {
        update(sha, "term");
        update(sha, t.text());
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /** Writes one value of a criterion, walking records, lists and optionals. */
  private static void value(MessageDigest sha, Object value) {
    if (value instanceof Term t) {
      // A term's compiled form is derived from what the bank wrote.
      update(sha, "term");
      update(sha, t.text());
    } else if (value instanceof String s) {
      update(sha, s);
    } else if (value instanceof Double || value instanceof Float) {
      // Double.toString is exact and locale-free, so the same number always hashes the same.
      update(sha, Double.toString(((Number) value).doubleValue()));
    } else if (value instanceof Integer || value instanceof Long) {
      update(sha, value.toString());
    } else if (value instanceof Boolean b) {
      update(sha, b.toString());
    } else if (value instanceof Where w) {
      update(sha, w.key());
    } else if (value instanceof List<?> list) {
      update(sha, "list " + list.size());
      list.forEach(v -> value(sha, v));
    } else if (value instanceof Optional<?> o) {
      update(sha, o.isPresent() ? "some" : "none");
      o.ifPresent(v -> value(sha, v));
    } else if (value instanceof OptionalInt o) {
      update(sha, o.isPresent() ? Integer.toString(o.getAsInt()) : "none");
    } else if (value instanceof OptionalDouble o) {
      update(sha, o.isPresent() ? Double.toString(o.getAsDouble()) : "none");
    } else if (value instanceof Record r) {
      components(sha, r);
    } else {
      throw new IllegalStateException(
          "the rubric hash cannot fingerprint a " + value.getClass().getName());
    }
  }

  private static void components(MessageDigest sha, Record r) {
    for (RecordComponent rc : r.getClass().getRecordComponents()) {
      if (r instanceof CriterionInfo && TEXT_ONLY.contains(rc.getName())) {
        continue;
      }
      update(sha, rc.getName());
      try {
        value(sha, rc.getAccessor().invoke(r));
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("could not read " + rc.getName() + " of " + r, e);
      }
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** Each field is written with its length first, so no two field lists run together alike. */
  private static void update(MessageDigest sha, String field) {
    byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
    sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
    sha.update((byte) ':');
    sha.update(bytes);
  }
}
