package dev.pmdrill.tui;

import java.util.function.UnaryOperator;

/** A run of text in one style. */
record Span(String text, UnaryOperator<String> style) {
  static Span plain(String text) {
    return new Span(text, UnaryOperator.identity());
  }
}
