package dev.pmdrill.bank;

import dev.pmdrill.scoring.Answer;
import dev.pmdrill.scoring.Criterion;
import dev.pmdrill.scoring.PlainTerm;
import dev.pmdrill.scoring.Score;
import dev.pmdrill.scoring.Scorer;
import dev.pmdrill.scoring.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Tests each question's rubric the way a grammar checker tests its rules on example sentences:
 * every graded example must land in its {@code expect} range, and a rubric that cannot tell answers
 * apart is flagged.
 */
public final class RubricChecks {
  /** A score an answer with no substance must stay below. */
  static final int GAMEABLE = 50;

  /** What an attempt with no substance may score at most (bank format revision 2). */
  static final int GAMED = 25;

  /** Examples a question needs before "same score on every example" means something. */
  static final int ENOUGH_EXAMPLES = 3;

  private RubricChecks() {}

  /** The load's problems plus those the examples and rubrics reveal. */
  public static LoadResult check(LoadResult loaded) {
    List<Problem> problems = new ArrayList<>(loaded.problems());
    // A rubric read from a file with errors may be missing criteria or terms; scoring it would
    // only add noise to the errors that explain it.
    java.util.Set<String> broken =
        loaded.problems().stream()
            .filter(Problem::isError)
            .map(p -> p.location().file())
            .collect(Collectors.toSet());
    List<Question> questions = loaded.catalog().questions();
    List<Question> checked =
        questions.stream().filter(q -> !broken.contains(q.location().file())).toList();
    // Each question's checks are independent; scoring with sentence models is the slow part.
    checked.parallelStream()
        .map(q -> check(q, GamingAttempts.of(q, questions)))
        .toList()
        .forEach(problems::addAll);
    problems.sort(null);
    return new LoadResult(loaded.catalog(), problems, loaded.files());
  }

  static List<Problem> check(Question q) {
    return check(q, List.of());
  }

  static List<Problem> check(Question q, List<GamingAttempts.Attempt> attempts) {
    List<Problem> problems = new ArrayList<>();
    List<Score> scores = new ArrayList<>();
    for (int i = 0; i < q.examples().size(); i++) {
      Example example = q.examples().get(i);
      if (Placeholders.is(example.answer())) {
        continue; // its grade means nothing until the answer is written; the reader warns
      }
      Score score = score(q, Answer.of(example.answer()));
      scores.add(score);
      if (!example.expect().contains(score.total())) {
        problems.add(
            Problem.error(
                example.location(),
                String.format(
                    Locale.ROOT,
                    "example %d of '%s' scores %d, outside its expect %s%s",
                    i + 1,
                    q.id(),
                    score.total(),
                    example.expect().written(),
                    weakest(score))));
      }
    }
    Score prompt = Scorer.score(q.rubric(), q.prompt());
    if (prompt.total() >= GAMEABLE) {
      problems.add(
          Problem.warning(
              q.location(),
              String.format(
                  Locale.ROOT,
                  "the prompt of '%s' scores %d under its own rubric: restating the question earns credit,"
                      + " so make the terms what an answer adds",
                  q.id(),
                  prompt.total())));
    }
    String ownTerms =
        q.rubric().criteria().stream()
            .flatMap(c -> c.ownTerms().stream())
            .filter(t -> t instanceof PlainTerm)
            .map(Term::text)
            .collect(Collectors.joining(", "));
    if (!ownTerms.isEmpty()) {
      Score list = Scorer.score(q.rubric(), ownTerms);
      if (list.total() >= GAMEABLE) {
        problems.add(
            Problem.warning(
                q.location(),
                String.format(
                    Locale.ROOT,
                    "the terms of '%s' listed one after another score %d: add a prose criterion"
                        + " (or a lower cap) so a bag of keywords cannot pass",
                    q.id(),
                    list.total())));
      }
    }
    for (GamingAttempts.Attempt attempt : attempts) {
      Score gamed = Scorer.score(q.rubric(), attempt.text());
      if (gamed.total() > GAMED) {
        problems.add(
            Problem.warning(
                q.location(),
                String.format(
                    Locale.ROOT,
                    "%s scores %d under the rubric of '%s' (at most %d): %s",
                    attempt.name(),
                    gamed.total(),
                    q.id(),
                    GAMED,
                    attempt.advice())));
      }
    }
    if (scores.size() >= ENOUGH_EXAMPLES) {
      List<Criterion> criteria = q.rubric().criteria();
      for (int c = 0; c < criteria.size(); c++) {
        if (!criteria.get(c).weighted()) {
          continue;
        }
        double first = scores.get(0).results().get(c).score();
        final int index = c;
        if (scores.stream()
            .allMatch(s -> Math.abs(s.results().get(index).score() - first) < 1e-9)) {
          problems.add(
              Problem.warning(
                  q.location(),
                  String.format(
                      Locale.ROOT,
                      "criterion '%s' of '%s' scores %.2f on all %d examples, so it does not tell answers apart",
                      criteria.get(c).name(),
                      q.id(),
                      first,
                      scores.size())));
        }
      }
    }
    return problems;
  }

  /** An example's score: the one place validate and calibrate score a bank's examples. */
  static Score score(Question q, Answer answer) {
    return Scorer.score(q.rubric(), answer);
  }

  /** What cost the example most, so the author knows where to look. */
  private static String weakest(Score score) {
    if (score.cappedBy().isPresent()) {
      return "; capped by '" + score.cappedBy().get().criterion().name() + "'";
    }
    List<String> missed =
        score.results().stream()
            .filter(r -> r.criterion().weighted() && !r.met())
            .map(r -> r.criterion().name())
            .limit(3)
            .toList();
    String penalties =
        score.penalties().stream().map(r -> r.criterion().name()).collect(Collectors.joining(", "));
    return (missed.isEmpty() ? "" : "; missed: " + String.join(", ", missed))
        + (penalties.isEmpty() ? "" : "; penalised: " + penalties);
  }
}
