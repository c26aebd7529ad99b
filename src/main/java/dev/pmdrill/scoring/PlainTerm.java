package dev.pmdrill.scoring;

import dev.pmdrill.text.Phrase;
import dev.pmdrill.text.Span;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Text matched case-insensitively on word boundaries, insensitive to punctuation and inflection; a
 * term with Chinese, Japanese or Korean characters matches wherever they occur.
 */
public record PlainTerm(String text, Phrase phrase) implements Term {
  public PlainTerm {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(phrase, "phrase");
  }

  static PlainTerm of(String written) {
    if (written.strip().isEmpty()) {
      throw new IllegalArgumentException("a term is empty");
    }
    Phrase phrase = Phrase.of(written);
    if (phrase.isEmpty()) {
      throw new IllegalArgumentException(
          "the term '" + written + "' has no letters or digits, so it can never match");
    }
    return new PlainTerm(written, phrase);
  }

  @Override
  public Optional<String> readable() {
    return Optional.of(text);
  }

  @Override
  public List<Span> find(Answer answer) {
    return answer.text().find(phrase);
  }

  @Override
  public boolean matchesVary() {
    return false;
  }
}
