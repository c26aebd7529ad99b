package dev.pmdrill.tui;

import java.util.function.UnaryOperator;

/** A run of text in one style. */
record Styled(String text, UnaryOperator<String> style) {
  static Styled plain(String text) {
    return new Styled(text, UnaryOperator.identity());
  }
}
