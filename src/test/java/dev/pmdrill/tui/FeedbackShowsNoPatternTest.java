package dev.pmdrill.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pmdrill.bank.BuiltInBanks;
import dev.pmdrill.bank.Question;
import dev.pmdrill.scoring.Criterion;
import dev.pmdrill.scoring.RegexTerm;
import dev.pmdrill.scoring.Scorer;
import dev.pmdrill.scoring.Term;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No feedback a candidate reads prints a raw pattern: for every built-in question with a regex
 * term, an empty answer, the prompt and the model answer's first sentence leave every regex term
 * missing somewhere, and the report says what each looks for instead.
 */
class FeedbackShowsNoPatternTest {
  static Stream<Question> questionsWithPatterns() {
    return BuiltInBanks.catalog().questions().stream().filter(q -> !patterns(q).isEmpty());
  }

  private static List<String> patterns(Question q) {
    return q.rubric().criteria().stream()
        .map(Criterion::ownTerms)
        .flatMap(List::stream)
        .filter(t -> t instanceof RegexTerm)
        .map(Term::text)
        .toList();
  }

  @ParameterizedTest
  @MethodSource("questionsWithPatterns")
  void noPatternReachesTheFeedback(Question q) {
    String first = q.modelAnswer().orElse("").split("(?<=[.!?。！？])\\s*", 2)[0];
    for (String answer : List.of("", q.prompt(), first)) {
      String report = ScoreReport.render(q.id(), Scorer.score(q.rubric(), answer), 10_000, false);
      for (String pattern : patterns(q)) {
        assertThat(report).as(q.id() + " on " + answer).doesNotContain(pattern);
      }
    }
  }
}
