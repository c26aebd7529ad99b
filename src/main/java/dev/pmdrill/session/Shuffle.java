package dev.pmdrill.session;

import dev.pmdrill.bank.Question;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The one shuffle of the package: sorted by id first, so the order questions were loaded in never
 * matters, then Fisher-Yates with the caller's generator, so a seed always gives the same draw.
 */
final class Shuffle {
  private Shuffle() {}

  static List<Question> byId(List<Question> questions, RandomGenerator random) {
    List<Question> list = new ArrayList<>(questions);
    list.sort(Comparator.comparing(Question::id));
    for (int i = list.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      Question swap = list.get(i);
      list.set(i, list.get(j));
      list.set(j, swap);
    }
    return list;
  }
}
