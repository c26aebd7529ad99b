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

  /** Drops the problems noted since {@code mark} that stand at one of {@code places}. */
  void dropAfter(int mark, java.util.Set<Location> places) {
    if (places.isEmpty()) {
      return;
    }
    List<Problem> later = found.subList(mark, found.size());
    later.removeIf(p -> places.contains(p.location()));
  }

  int size() {
    return found.size();
  }

  List<Problem> sorted() {
    return found.stream().sorted().distinct().toList();
  }
}
