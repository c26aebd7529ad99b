package dev.pmdrill.tui;

import dev.pmdrill.scoring.Band;
import java.util.function.UnaryOperator;

/** ANSI styling that turns itself off for pipes and NO_COLOR, so callers never branch on it. */
final class Style {
  private final boolean color;

  Style(boolean color) {
    this.color = color;
  }

  String bold(String s) {
    return wrap("1", s);
  }

  String dim(String s) {
    return wrap("2", s);
  }

  String red(String s) {
    return wrap("31", s);
  }

  String yellow(String s) {
    return wrap("33", s);
  }

  String green(String s) {
    return wrap("32", s);
  }

  /** The colour of a score's band: green from solid up, yellow for borderline, red for weak. */
  UnaryOperator<String> band(Band band) {
    return band == Band.WEAK ? this::red : band == Band.BORDERLINE ? this::yellow : this::green;
  }

  private String wrap(String code, String s) {
    return color ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
  }
}
