package dev.pmdrill.bank;

import dev.pmdrill.bank.DeclaredFile.DeclaredRubric;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds rubrics that use themselves, directly or through others, whether or not a question uses
 * them; also reports {@code use} of unknown names inside rubrics. Each cycle is named once.
 */
final class RubricCycles {
  private enum Mark {
    VISITING,
    DONE
  }

  private final Map<String, DeclaredRubric> rubrics;
  private final Problems problems;
  private final Map<String, Mark> marks = new HashMap<>();
  private final Set<Set<String>> reported = new HashSet<>();

  RubricCycles(Map<String, DeclaredRubric> rubrics, Problems problems) {
    this.rubrics = rubrics;
    this.problems = problems;
  }

  void report() {
    for (String name : rubrics.keySet()) {
      visit(name, new ArrayList<>());
    }
  }

  private void visit(String name, List<String> path) {
    if (marks.get(name) == Mark.DONE) {
      return;
    }
    marks.put(name, Mark.VISITING);
    path.add(name);
    for (RubricEntry entry : rubrics.get(name).entries()) {
      if (!(entry instanceof RubricEntry.Use)) {
        continue;
      }
      RubricEntry.Use use = (RubricEntry.Use) entry;
      if (!rubrics.containsKey(use.rubric())) {
        problems.error(use.nameLocation(), RubricEntry.unknown(use.rubric(), rubrics.keySet()));
        continue;
      }
      if (marks.get(use.rubric()) == Mark.VISITING) {
        List<String> cycle = new ArrayList<>(path.subList(path.indexOf(use.rubric()), path.size()));
        if (reported.add(new HashSet<>(cycle))) {
          cycle.add(use.rubric());
          problems.error(
              use.nameLocation(),
              "rubric cycle: "
                  + String.join(" -> ", cycle)
                  + " (a rubric may not use itself, directly or through others)");
        }
        continue;
      }
      visit(use.rubric(), path);
    }
    path.remove(path.size() - 1);
    marks.put(name, Mark.DONE);
  }
}
