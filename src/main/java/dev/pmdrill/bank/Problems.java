package dev.pmdrill.bank;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem found while reading, so one run reports them all. */
final class Problems {
  private final List<Problem> found = new ArrayList<>();

  void error(Location at, String message) {
    found.add(Problem.error(at, message));
  }

  void warning(Location at, String message) {
    found.add(Problem.warning(at, message));
  }

  void addAll(List<Problem> problems) {
    found.addAll(problems);
  }

  boolean hasErrors() {
    return found.stream().anyMatch(Problem::isError);
  }

  int size() {
    return found.size();
  }

  List<Problem> sorted() {
    return found.stream().sorted().distinct().toList();
  }
}
