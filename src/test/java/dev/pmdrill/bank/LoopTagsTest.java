package dev.pmdrill.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rounds that draw by tag (bank format rev 2): what the reader keeps, and the errors that point at
 * the offending category or tag item. The golden case {@code golden/validate/loop-tags.yaml} shows
 * every message as a user sees it; these tests pin the rules behind them.
 */
class LoopTagsTest {
  private static final String QUESTIONS =
      """
      format: 1
      bank: tagged
      title: Tagged questions
      questions:
        - {id: t1, category: technical, prompt: P, tags: [cross-functional], rubric: [{quantified: N}]}
        - {id: t2, category: technical, prompt: P, tags: [latency], rubric: [{quantified: N}]}
        - {id: s1, category: singles-day, prompt: P, tags: [cross-functional, ops], rubric: [{quantified: N}]}
        - {id: s2, category: singles-day, prompt: P, rubric: [{quantified: N}]}
      """;

  private static LoadResult load(String loops) {
    return new BankLoader()
        .load(
            List.of(
                new BankSource("questions.yaml", QUESTIONS.getBytes(StandardCharsets.UTF_8)),
                new BankSource("loops.yaml", loops.getBytes(StandardCharsets.UTF_8))));
  }

  private static String loop(String round) {
    return "format: 1\nbank: loops\ntitle: Loops\nloops:\n  - id: l\n    title: L\n    pass: 70\n"
        + "    rounds:\n"
        + round.indent(6);
  }

  private static List<String> errors(LoadResult result) {
    return result.problems().stream()
        .filter(Problem::isError)
        .map(p -> p.location() + ": " + p.message())
        .toList();
  }

  @Test
  void roundKeepsItsTagsAndDrawsOnlyTaggedQuestionsOfItsCategories() {
    LoadResult result =
        load(
            loop(
                "- name: R\n  categories: [technical]\n  tags: [cross-functional]\n  questions: 1"));
    assertThat(errors(result)).isEmpty();
    Round round = result.catalog().loop("l").orElseThrow().rounds().get(0);
    assertThat(round.tags()).containsExactly("cross-functional");
    assertThat(result.catalog().questions().stream().filter(round::drawsFrom))
        .extracting(Question::id)
        .containsExactly("t1");
    assertThat(round.sources()).isEqualTo("technical tagged cross-functional");
  }

  @Test
  void tagsWithoutCategoriesDrawFromEveryCategory() {
    LoadResult result =
        load(loop("- name: R\n  tags: [cross-functional, latency]\n  questions: 3"));
    assertThat(errors(result)).isEmpty();
    Round round = result.catalog().loop("l").orElseThrow().rounds().get(0);
    assertThat(round.categories()).isEmpty();
    assertThat(result.catalog().questions().stream().filter(round::drawsFrom))
        .extracting(Question::id)
        .containsExactly("t1", "t2", "s1");
    assertThat(round.sources()).isEqualTo("any category tagged cross-functional or latency");
  }

  @Test
  void aRoundWithNeitherCategoriesNorTagsIsAnError() {
    assertThat(errors(load(loop("- name: R\n  questions: 1"))))
        .containsExactly(
            "loops.yaml:9:9: a round needs 'categories', 'tags' or both:"
                + " what its questions are drawn from");
  }

  @Test
  void aMisspeltTagPointsAtItsItemAndSuggestsTheNearestTag() {
    assertThat(
            errors(
                load(
                    loop(
                        "- name: R\n  categories: [technical]\n  tags: [latency, cross-functonal]\n"
                            + "  questions: 1"))))
        .containsExactly(
            "loops.yaml:11:25: round 'R' of loop 'l' names tag 'cross-functonal', which no loaded"
                + " question carries; did you mean 'cross-functional'?");
  }

  @Test
  void aTagOnlyOtherCategoriesCarryIsAnErrorAtTheTag() {
    assertThat(
            errors(
                load(loop("- name: R\n  categories: [technical]\n  tags: [ops]\n  questions: 1"))))
        .containsExactly(
            "loops.yaml:11:16: round 'R' of loop 'l' names tag 'ops', which no question of its"
                + " categories (technical) carries");
  }

  @Test
  void aCategoryWithNoTaggedQuestionIsAnErrorAtTheCategory() {
    assertThat(
            errors(
                load(
                    loop(
                        "- name: R\n  categories: [singles-day, technical]\n  tags: [latency]\n"
                            + "  questions: 1"))))
        .containsExactly(
            "loops.yaml:10:22: round 'R' of loop 'l' names category 'singles-day', but no"
                + " question of it carries the tag latency");
  }

  @Test
  void tooFewTaggedQuestionsIsAnErrorAtTheCount() {
    assertThat(
            errors(
                load(
                    loop(
                        "- name: R\n  categories: [technical, singles-day]\n"
                            + "  tags: [cross-functional]\n  questions: 3"))))
        .containsExactly(
            "loops.yaml:12:20: round 'R' of loop 'l' asks for 3 questions but only 2 of its"
                + " categories' questions carry its tags");
  }

  @Test
  void tagsAreIds() {
    assertThat(errors(load(loop("- name: R\n  tags: [Ops]\n  questions: 1"))))
        .singleElement()
        .asString()
        .startsWith("loops.yaml:10:16: 'tags' must be an id")
        .endsWith("did you mean 'ops'?");
  }

  @Test
  void emptyTagsAreAnErrorAtTheList() {
    assertThat(
            errors(load(loop("- name: R\n  categories: [technical]\n  tags: []\n  questions: 1"))))
        .containsExactly("loops.yaml:11:15: 'tags' needs at least one tag");
  }

  @Test
  void aFreeTextQuestionTagIsNeverSuggestedForARoundWhoseTagsAreIds() {
    String questions =
        "format: 1\nbank: free\ntitle: Free\nquestions:\n"
            + "  - {id: f1, category: technical, prompt: P, tags: [Latency Budget],"
            + " rubric: [{quantified: N}]}\n";
    LoadResult result =
        new BankLoader()
            .load(
                List.of(
                    new BankSource("free.yaml", questions.getBytes(StandardCharsets.UTF_8)),
                    new BankSource(
                        "loops.yaml",
                        loop("- name: R\n  tags: [latency-budgets]\n  questions: 1")
                            .getBytes(StandardCharsets.UTF_8))));
    assertThat(errors(result))
        .containsExactly(
            "loops.yaml:10:16: round 'R' of loop 'l' names tag 'latency-budgets', which no loaded"
                + " question carries");
  }
}
