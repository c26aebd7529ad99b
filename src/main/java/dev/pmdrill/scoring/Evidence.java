package dev.pmdrill.scoring;

import dev.pmdrill.text.Span;
import java.util.Objects;

/** Words of the answer that earned (or cost) credit, quoted as written, and what they matched. */
public record Evidence(String quote, Span span, String matched) {
  public Evidence {
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(matched, "matched");
  }
}
