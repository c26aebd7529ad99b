package dev.pmdrill.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A concept with {@code where} tells a term said in the wrong third apart from a term never said,
 * and the feedback's list of what is missing reads as words, never as a pattern.
 */
class MisplacedTermTest {
  private static final String OPENS_WITH_LAUNCH =
      "Launch is what I would lean to. First I would check the sample ratio, then look at revenue"
          + " per visitor across the segments, and at retention over the next weeks. All in all the"
          + " numbers are mixed and I want a longer test.";

  private static CriterionResult judge(Criterion c, String answer) {
    return c.evaluate(Answer.of(answer), new Rubric(List.of(c)));
  }

  @Test
  void aTermSaidOutsideTheLastThirdIsMisplacedNotJustMissing() {
    Concept ends = Criteria.concept(1, Where.END, "launch", "ship", "/do not (launch|ship)/");
    CriterionResult r = judge(ends, OPENS_WITH_LAUNCH);
    assertThat(r.score()).isZero();
    // The contract's list still names every term that earned nothing.
    assertThat(r.missing()).containsExactly("launch", "ship", "/do not (launch|ship)/");
    assertThat(r.misplaced())
        .containsExactly(
            new Misplaced("launch", "Launch", new dev.pmdrill.text.Span(0, 6), "last third"));
    assertThat(r.missingToShow()).containsExactly("ship", "do not launch/ship");
  }

  @Test
  void aTermSaidOutsideTheFirstThirdIsMisplacedThere() {
    Concept opens = Criteria.concept(1, Where.START, "retention", "framework");
    CriterionResult r = judge(opens, OPENS_WITH_LAUNCH);
    assertThat(r.misplaced())
        .extracting(Misplaced::term, Misplaced::quote, Misplaced::region)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("retention", "retention", "first third"));
    assertThat(r.missingToShow()).containsExactly("framework");
  }

  @Test
  void aMetConceptAndAConceptCountingAnywhereHaveNothingMisplaced() {
    assertThat(judge(Criteria.concept(1, Where.START, "launch"), OPENS_WITH_LAUNCH).misplaced())
        .isEmpty();
    assertThat(judge(Criteria.concept(1, Where.ANYWHERE, "hold"), OPENS_WITH_LAUNCH).misplaced())
        .isEmpty();
    // min 2: one term counted in the last third, another said only at the start.
    CriterionResult two =
        judge(Criteria.concept(2, Where.END, "longer test", "launch"), OPENS_WITH_LAUNCH);
    assertThat(two.score()).isEqualTo(0.5);
    assertThat(two.misplaced()).extracting(Misplaced::term).containsExactly("launch");
    assertThat(two.missingToShow()).isEmpty();
  }

  @Test
  void aTermWhoseOnlyMatchInTheThirdWasClaimedByAnotherIsStillMissing() {
    // "longer test" claims the words; "test" matches only inside them, in the right third.
    Concept ends = Criteria.concept(2, Where.END, "longer test", "test");
    CriterionResult r = judge(ends, OPENS_WITH_LAUNCH);
    assertThat(r.missing()).containsExactly("test");
    assertThat(r.misplaced()).isEmpty();
    assertThat(r.missingToShow()).containsExactly("test");
  }

  @Test
  void aPatternThatCannotBeSaidShowsTheCriterionsNameOnce() {
    Concept c =
        new Concept(
            CriterionInfo.named("Names the guardrail"),
            Criteria.terms("/\\p{Han}{2}指标/", "/(ab)+c/", "guardrail", "/\\bp\\s*<\\s*0?\\.05/"),
            1,
            Where.ANYWHERE);
    CriterionResult r = judge(c, "No idea.");
    assertThat(r.missingToShow())
        .containsExactly("Names the guardrail", "guardrail", "p < 0.05")
        .noneMatch(m -> m.startsWith("/"));
  }

  @Test
  void stepsAndSentencesAreShownAsTheyAre() {
    CriterionResult steps = judge(Criteria.sequence("goal", "decide"), "nothing");
    assertThat(steps.missingToShow()).isEqualTo(steps.missing()).containsExactly("goal", "decide");
    CriterionResult estimate = judge(Criteria.estimate(1000, 2), "no number");
    assertThat(estimate.missingToShow()).containsExactly("a final number");
  }
}
