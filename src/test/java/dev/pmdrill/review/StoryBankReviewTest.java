package dev.pmdrill.review;

import static dev.pmdrill.review.ReviewFixture.CATALOG;
import static dev.pmdrill.review.ReviewFixture.piece;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pmdrill.material.Piece;
import dev.pmdrill.material.StoryBank;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StoryBankReviewTest {
  private static final String STRONG =
      "Last year our team missed the target. My goal was to win back 5% conversion. I decided to"
          + " stop the live tab: I dropped the plan after I interviewed customers and read their"
          + " support tickets. I owned it end to end and took it on without waiting to be asked. As a"
          + " result conversion grew 12% in 6 weeks.";

  private static StoryBankReview review(Piece... stories) {
    return StoryBankReview.of(CATALOG, new StoryBank("s.md", Map.of(), List.of(stories)));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "'I dropped the plan after the pilot and changed course within a week', embrace-change, met",
    "'I dropped the plan', embrace-change, met",
    "'We interviewed customers', customer-first, partial",
    "'We interviewed customers and found the pain point', customer-first, met",
    "'I embrace change', embrace-change, none",
    "'It was my mistake', failure, met",
  })
  void aValueIsShownByItsEvidence(String text, String value, String level) {
    StoryReview story = review(piece("One", text)).stories().get(0);
    assertThat(story.signal(value).orElseThrow().coverage().label()).isEqualTo(level);
  }

  @Test
  void readsStarPartsNumbersAndLength() {
    StoryReview story = review(piece("Strong", STRONG)).stories().get(0);
    assertThat(story.star().orElseThrow().evidence())
        .extracting(e -> e.matched())
        .containsExactly("Situation", "Task", "Action", "Result");
    assertThat(story.numbers()).extracting(e -> e.quote()).contains("5%", "12%");
    assertThat(story.resultNumbers()).extracting(e -> e.quote()).containsExactly("12%", "6");
    assertThat(story.spoken().tooShort()).isTrue();
    assertThat(story.question().id()).isEqualTo("story:strong");
    assertThat(story.question().category()).isEqualTo("story");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          a number after 'as a result'      | In 2023 I owned it. As a result churn fell 12%.        | 12%           | true
          numbers only in the setting       | My goal was 5%. I ran it for 6 weeks. As a result it worked. | ''    | false
          a year is not a result            | As a result, in 2024 it was launched.                    | ''            | false
          a clock time is not a result      | I decided at 00:40. As a result we rolled back by 00:52. | ''            | false
          no result step: the last third    | I owned it and I built it and then the cost went to 11 RMB. | 11 RMB     | true
          """)
  void theResultIsQuantifiedByNumbersOnTheResult(
      String why, String text, String resultNumbers, boolean quantified) {
    StoryReview story = review(piece("One", text)).stories().get(0);
    assertThat(story.resultNumbers())
        .as(why)
        .extracting(e -> e.quote())
        .containsExactlyElementsOf(
            resultNumbers.isEmpty() ? List.of() : List.of(resultNumbers.split(";")));
    assertThat(story.quantified()).as(why).isEqualTo(quantified);
  }

  @Test
  void theGapsNameWhatNoStoryShowsAndWhichOnesOnlyTouchIt() {
    StoryBankReview review =
        review(
            piece("Strong", STRONG), piece("Partial", "A simple plan. We interviewed customers."));
    assertThat(review.gaps())
        .containsExactly(
            "2 stories prepared; the guide asks for 5, between them covering all four values",
            "no story shows a failure you owned: your mistake, what it cost, and what you changed",
            "no story shows a fast pivot: a change of course within days or weeks, on new evidence");
    StoryBankReview touched = review(piece("Partial", "We interviewed customers."));
    assertThat(touched.gaps())
        .anySatisfy(
            g ->
                assertThat(g)
                    .startsWith("no story shows customer first")
                    .endsWith("('Partial' only touches it; make it explicit)"));
  }

  @Test
  void theMatrixHasAColumnPerValueAndTheme() {
    StoryBankReview review = review(piece("Strong", STRONG));
    assertThat(review.columns())
        .extracting(StoryBankReview.Column::id)
        .containsExactly(
            "embrace-change", "customer-first", "ownership", "simplicity", "failure", "pivot");
    assertThat(review.columns()).filteredOn(StoryBankReview.Column::value).hasSize(4);
  }

  @Test
  void theWeakestStoryIsTheLowestScore() {
    StoryBankReview review =
        review(piece("Strong", STRONG), piece("Vague", "I am passionate about customers."));
    assertThat(review.weakest().orElseThrow().story().title()).isEqualTo("Vague");
  }

  @Test
  void aBankWhoseStoriesAreCompleteHasNothingToReworkFirst() {
    String full = STRONG + " " + "More detail about the work. ".repeat(60);
    StoryBankReview review = review(piece("Full", full));
    assertThat(review.stories().get(0).missed()).isEmpty();
    assertThat(review.stories().get(0).spoken().tooShort()).isFalse();
    assertThat(review.weakest()).isEmpty();
  }

  @Test
  void aStoryWithPartialValuesGetsTheirProbesAsFollowUps() {
    StoryReview story = review(piece("One", "We interviewed customers.")).stories().get(0);
    assertThat(story.question().followUps()).containsExactly("How did you find the pain point?");
  }

  @Test
  void spokenLengthCountsEnglishWordsAndChineseCharacters() {
    assertThat(SpokenLength.of("I cut 3.5% of the cost, end-to-end.").words()).isEqualTo(7);
    SpokenLength zh = SpokenLength.of("去年我负责直播频道 and GMV");
    assertThat(zh.characters()).isEqualTo(9);
    assertThat(zh.words()).isEqualTo(2);
    assertThat(SpokenLength.of("word ".repeat(350)).tooShort()).isFalse();
    assertThat(SpokenLength.of("word ".repeat(350)).tooLong()).isFalse();
    assertThat(SpokenLength.of("字".repeat(900)).tooLong()).isTrue();
  }

  @Test
  void titlesBecomeReadableQuestionIds() {
    assertThat(MaterialQuestions.slug("Killed the live-stream tab (2023)!"))
        .isEqualTo("killed-the-live-stream-tab-2023");
    assertThat(MaterialQuestions.slug("砍掉直播频道")).isEqualTo("砍掉直播频道");
    assertThat(MaterialQuestions.slug("!!!")).isEqualTo("untitled");
  }
}
