package dev.pmdrill.scoring;

import java.util.Objects;

/**
 * Text matched case-insensitively on word boundaries, insensitive to punctuation and inflection.
 */
public record PlainTerm(String text) implements Term {
  public PlainTerm {
    Objects.requireNonNull(text, "text");
  }

  static PlainTerm of(String written) {
    if (written.strip().isEmpty()) {
      throw new IllegalArgumentException("a term is empty");
    }
    if (written.codePoints().noneMatch(Character::isLetterOrDigit)) {
      throw new IllegalArgumentException(
          "the term '" + written + "' has no letters or digits, so it can never match");
    }
    return new PlainTerm(written);
  }
}
