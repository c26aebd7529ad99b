package dev.pmdrill.bank;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A loop's rounds must be drawable from the questions loaded with it. */
final class LoopChecks {
  private final Map<String, Integer> byCategory = new TreeMap<>();
  private final Problems problems;

  LoopChecks(List<Question> questions, Problems problems) {
    questions.forEach(q -> byCategory.merge(q.category(), 1, Integer::sum));
    this.problems = problems;
  }

  void check(List<Loop> loops) {
    for (Loop loop : loops) {
      for (Round round : loop.rounds()) {
        int available = 0;
        boolean unknown = false;
        for (int i = 0; i < round.categories().size(); i++) {
          String category = round.categories().get(i);
          Integer count = byCategory.get(category);
          if (count == null) {
            unknown = true;
            problems.error(
                round.categoryLocation(i),
                "round '"
                    + round.name()
                    + "' of loop '"
                    + loop.id()
                    + "' names category '"
                    + category
                    + "', which no loaded question has"
                    + Suggestions.hint(category, byCategory.keySet()));
          } else {
            available += count;
          }
        }
        if (!unknown && available < round.questions()) {
          problems.error(
              round.location(),
              "round '"
                  + round.name()
                  + "' of loop '"
                  + loop.id()
                  + "' asks for "
                  + round.questions()
                  + " questions but its categories hold only "
                  + available);
        }
      }
    }
  }
}
