package dev.pmdrill.review;

import dev.pmdrill.text.Span;
import java.util.Objects;

/** One stretch of a stored answer that earned credit, or cost points ({@code avoid}). */
public record Highlight(Span span, String criterion, boolean penalty) {
  public Highlight {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(criterion, "criterion");
  }
}
