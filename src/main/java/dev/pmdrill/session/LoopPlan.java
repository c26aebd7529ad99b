package dev.pmdrill.session;

import dev.pmdrill.bank.Catalog;
import dev.pmdrill.bank.Loop;
import dev.pmdrill.bank.Question;
import dev.pmdrill.bank.Round;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/** Draws a mock loop's questions, round by round, never asking one question twice in a loop. */
public final class LoopPlan {
  private LoopPlan() {}

  /**
   * Each round's {@code questions} drawn from the questions it can ask (of its categories and, when
   * it names tags, carrying one of them), fixed by {@code random}.
   *
   * @throws SelectionException when a round has too few questions left over from the rounds before
   *     it
   */
  public static List<PlannedRound> draw(Loop loop, Catalog catalog, RandomGenerator random) {
    return draw(loop, catalog, random, q -> true);
  }

  /**
   * As {@link #draw(Loop, Catalog, RandomGenerator)}, drawing only among the questions {@code
   * askable} accepts (the questions of one P9 track, say).
   */
  public static List<PlannedRound> draw(
      Loop loop, Catalog catalog, RandomGenerator random, Predicate<Question> askable) {
    Objects.requireNonNull(loop, "loop");
    Objects.requireNonNull(askable, "askable");
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(random, "random");
    Set<String> asked = new HashSet<>();
    List<PlannedRound> plan = new ArrayList<>(loop.rounds().size());
    for (Round round : loop.rounds()) {
      List<Question> candidates =
          catalog.questions().stream()
              .filter(round::drawsFrom)
              .filter(askable)
              .filter(q -> !asked.contains(q.id()))
              .toList();
      if (candidates.size() < round.questions()) {
        throw new SelectionException(
            "loop '"
                + loop.id()
                + "': round '"
                + round.name()
                + "' asks for "
                + round.questions()
                + " question"
                + (round.questions() == 1 ? "" : "s")
                + " of "
                + round.sources()
                + " but only "
                + candidates.size()
                + " are left");
      }
      List<Question> drawn = Shuffle.byId(candidates, random).subList(0, round.questions());
      drawn.forEach(q -> asked.add(q.id()));
      plan.add(new PlannedRound(round, drawn));
    }
    return List.copyOf(plan);
  }
}
