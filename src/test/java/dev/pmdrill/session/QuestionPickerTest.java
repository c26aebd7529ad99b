package dev.pmdrill.session;

import static dev.pmdrill.session.Fixtures.BUILT_IN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pmdrill.bank.Catalog;
import dev.pmdrill.bank.Question;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuestionPickerTest {
  private static List<String> ids(List<Question> questions) {
    return questions.stream().map(Question::id).toList();
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 1, 42, 2024})
  void theSameSeedGivesTheSameQuestions(long seed) {
    Selection s = Selection.of(List.of("culture-fit", "metrics"), 5);
    assertThat(ids(QuestionPicker.pick(BUILT_IN, s, new Random(seed))))
        .hasSize(5)
        .isEqualTo(ids(QuestionPicker.pick(BUILT_IN, s, new Random(seed))));
  }

  @Test
  void theOrderQuestionsWereLoadedInDoesNotMatter() {
    List<Question> reversed = new ArrayList<>(BUILT_IN.questions());
    Collections.reverse(reversed);
    Catalog other = new Catalog(BUILT_IN.banks(), reversed, BUILT_IN.loops());
    Selection s = Selection.any(10);
    assertThat(ids(QuestionPicker.pick(other, s, new Random(7))))
        .isEqualTo(ids(QuestionPicker.pick(BUILT_IN, s, new Random(7))));
  }

  @Test
  void differentSeedsShuffleDifferently() {
    Selection s = Selection.any(20);
    assertThat(ids(QuestionPicker.pick(BUILT_IN, s, new Random(1))))
        .isNotEqualTo(ids(QuestionPicker.pick(BUILT_IN, s, new Random(2))));
  }

  @Test
  void anyRandomGeneratorWillDo() {
    Selection s = Selection.any(3);
    assertThat(QuestionPicker.pick(BUILT_IN, s, new SplittableRandom(3)))
        .isEqualTo(QuestionPicker.pick(BUILT_IN, s, new SplittableRandom(3)));
  }

  @Test
  void onlyTheSelectedCategories() {
    List<Question> picked =
        QuestionPicker.pick(BUILT_IN, Selection.of(List.of("guesstimate"), 4), new Random(0));
    assertThat(picked)
        .hasSize(4)
        .allSatisfy(q -> assertThat(q.category()).isEqualTo("guesstimate"));
    assertThat(ids(picked)).doesNotHaveDuplicates();
  }

  @Test
  void aCountLargerThanTheMatchesGivesAllThatMatch() {
    int culture = BUILT_IN.categories().get("culture-fit");
    List<Question> picked =
        QuestionPicker.pick(BUILT_IN, Selection.of(List.of("culture-fit"), 1000), new Random(0));
    assertThat(picked).hasSize(culture);
    assertThat(ids(picked)).doesNotHaveDuplicates();
  }

  @Test
  void difficultyFilters() {
    Question easy = Fixtures.question("easy", "cat", OptionalInt.of(1));
    Question hard = Fixtures.question("hard", "cat", OptionalInt.of(5));
    Question unrated = Fixtures.question("unrated", "cat");
    Catalog c = new Catalog(List.of(), List.of(easy, hard, unrated), List.of());
    assertThat(QuestionPicker.pick(c, Selection.any(5).withDifficulty(5), new Random(0)))
        .containsExactly(hard);
    assertThatThrownBy(
            () -> QuestionPicker.pick(c, Selection.any(5).withDifficulty(3), new Random(0)))
        .isInstanceOf(SelectionException.class)
        .hasMessage("no questions in the loaded banks at difficulty 3");
  }

  @Test
  void oneQuestionById() {
    assertThat(QuestionPicker.pick(BUILT_IN, Selection.question("cf-reorg-pivot"), new Random(0)))
        .extracting(Question::id)
        .containsExactly("cf-reorg-pivot");
  }

  @Test
  void anUnknownCategoryNamesTheNearest() {
    assertThatThrownBy(
            () ->
                QuestionPicker.pick(
                    BUILT_IN, Selection.of(List.of("culture-fti"), 2), new Random(0)))
        .isInstanceOf(SelectionException.class)
        .hasMessage("unknown category 'culture-fti'; did you mean 'culture-fit'?");
  }

  @Test
  void anUnknownQuestionNamesTheNearest() {
    assertThatThrownBy(
            () ->
                QuestionPicker.pick(BUILT_IN, Selection.question("cf-reorg-pivto"), new Random(0)))
        .isInstanceOf(SelectionException.class)
        .hasMessage("unknown question 'cf-reorg-pivto'; did you mean 'cf-reorg-pivot'?");
  }

  @Test
  void anUnknownNameFarFromAnyHasNoSuggestion() {
    assertThatThrownBy(
            () -> QuestionPicker.pick(BUILT_IN, Selection.question("zzzzzzzzzzzz"), new Random(0)))
        .hasMessage("unknown question 'zzzzzzzzzzzz'");
  }

  @Test
  void aSelectionChecksItsValues() {
    assertThatThrownBy(() -> Selection.any(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Selection(List.of(), Optional.empty(), 1, OptionalInt.of(6)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
