package dev.pmdrill.scoring;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.pmdrill.text.Span;
import java.util.List;
import java.util.Optional;

/** A term of a rubric: plain text (stemmed, word boundaries) or an RE2 regular expression. */
public sealed interface Term permits PlainTerm, RegexTerm {

  /** The term as the bank wrote it. */
  String text();

  /** Every match in the answer, left to right, as spans of the user's own text. */
  List<Span> find(Answer answer);

  /**
   * The term as a candidate may read it in feedback: a plain term as written, a regex term as what
   * it looks for; empty when a pattern cannot be said in words (show the criterion's name then).
   */
  Optional<String> readable();

  /**
   * Whether two matches of the term may be different words: a pattern's can ("2.1%" and "2.6%"), so
   * only a match of the same words twice in a sentence repeats itself; a plain term's are the same
   * phrase each time.
   */
  boolean matchesVary();

  /**
   * Compiles a term once, when its bank loads.
   *
   * @throws IllegalArgumentException with a message for the bank author when it cannot match
   */
  static Term compile(String written) {
    if (written.length() >= 2 && written.startsWith("/") && written.endsWith("/")) {
      String body = written.substring(1, written.length() - 1);
      if (body.isEmpty()) {
        throw new IllegalArgumentException("the regex term '//' is empty");
      }
      java.util.Optional<String> tooCostly = RegexCost.of(body).refusal(written);
      if (tooCostly.isPresent()) {
        throw new IllegalArgumentException(tooCostly.get());
      }
      try {
        return RegexTerm.of(written, Pattern.compile(body, Pattern.CASE_INSENSITIVE));
      } catch (PatternSyntaxException e) {
        boolean perlOnly = e.getDescription().contains("Perl") || body.matches(".*\\\\[1-9].*");
        throw new IllegalArgumentException(
            "the regex term "
                + written
                + " is not valid RE2: "
                + e.getDescription()
                + (perlOnly ? " (RE2 has no lookarounds or back-references)" : ""));
      }
    }
    return PlainTerm.of(written);
  }
}
