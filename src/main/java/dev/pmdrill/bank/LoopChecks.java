package dev.pmdrill.bank;

import dev.pmdrill.bank.DeclaredFile.DeclaredLoop;
import dev.pmdrill.bank.DeclaredFile.DeclaredRound;
import dev.pmdrill.bank.DeclaredFile.Item;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A loop's rounds must be drawable from the questions loaded with it: every category and tag a
 * round names brings at least one question to it (an error pointing at the item otherwise, with the
 * nearest known name), and together they hold at least what the round asks for.
 */
final class LoopChecks {
  private final List<Question> questions;
  private final Set<String> categories = new TreeSet<>();
  private final Set<String> tags = new TreeSet<>();
  private final Problems problems;

  LoopChecks(List<Question> questions, Problems problems) {
    this.questions = List.copyOf(questions);
    questions.forEach(
        q -> {
          categories.add(q.category());
          tags.addAll(q.tags());
        });
    this.problems = problems;
  }

  void check(List<DeclaredLoop> loops) {
    for (DeclaredLoop loop : loops) {
      for (DeclaredRound round : loop.rounds()) {
        check(loop.loop(), round);
      }
    }
  }

  private void check(Loop loop, DeclaredRound declared) {
    Round round = declared.round();
    String who = "round '" + round.name() + "' of loop '" + loop.id() + "'";
    boolean empty = false;
    boolean badTag = false;
    // A tag is checked against the round's categories that exist; a misspelt category is its own
    // error, not a reason to blame the tag.
    List<String> known = round.categories().stream().filter(categories::contains).toList();
    for (Item tag : declared.tags()) {
      if (!tags.contains(tag.id())) {
        badTag = true;
        problems.error(
            tag.location(),
            who
                + " names tag '"
                + tag.id()
                + "', which no loaded question carries"
                + Suggestions.hint(tag.id(), ids(tags)));
      } else if (!known.isEmpty()
          && questions.stream()
              .noneMatch(q -> known.contains(q.category()) && q.tags().contains(tag.id()))) {
        badTag = true;
        problems.error(
            tag.location(),
            who
                + " names tag '"
                + tag.id()
                + "', which no question of its categories ("
                + String.join(", ", known)
                + ") carries"
                + Suggestions.hint(tag.id(), ids(tagsOf(known))));
      }
    }
    for (Item category : declared.categories()) {
      List<Question> of =
          questions.stream().filter(q -> q.category().equals(category.id())).toList();
      if (of.isEmpty()) {
        empty = true;
        problems.error(
            category.location(),
            who
                + " names category '"
                + category.id()
                + "', which no loaded question has"
                + Suggestions.hint(category.id(), categories));
      } else if (!badTag && !round.tags().isEmpty() && of.stream().noneMatch(round::drawsFrom)) {
        empty = true;
        problems.error(
            category.location(),
            who
                + " names category '"
                + category.id()
                + "', but no question of it carries "
                + (round.tags().size() == 1 ? "the tag " : "any of the tags ")
                + String.join(", ", round.tags()));
      }
    }
    long available = questions.stream().filter(round::drawsFrom).count();
    if (!empty && !badTag && available < round.questions()) {
      problems.error(
          declared.questionsAt(),
          who
              + " asks for "
              + count(round.questions())
              + " but "
              + (round.tags().isEmpty()
                  ? "its categories hold only " + available
                  : round.categories().isEmpty()
                      ? "only " + available + " loaded " + carry(available) + " its tags"
                      : "only "
                          + available
                          + " of its categories' "
                          + carry(available)
                          + " its tags"));
    }
  }

  private Collection<String> tagsOf(List<String> categories) {
    Set<String> found = new TreeSet<>();
    questions.stream()
        .filter(q -> categories.contains(q.category()))
        .forEach(q -> found.addAll(q.tags()));
    return found;
  }

  /** Only a tag a round can name (an id) is worth suggesting: a question's tags are free text. */
  private static List<String> ids(Collection<String> tags) {
    return tags.stream().filter(t -> Fields.ID.matcher(t).matches()).toList();
  }

  private static String carry(long n) {
    return n == 1 ? "question carries" : "questions carry";
  }

  private static String count(long n) {
    return n + " question" + (n == 1 ? "" : "s");
  }
}
