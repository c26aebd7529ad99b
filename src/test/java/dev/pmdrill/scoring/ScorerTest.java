package dev.pmdrill.scoring;

import static dev.pmdrill.scoring.Criteria.avoid;
import static dev.pmdrill.scoring.Criteria.concept;
import static dev.pmdrill.scoring.Criteria.prose;
import static dev.pmdrill.scoring.Criteria.quantified;
import static dev.pmdrill.scoring.Criteria.weighted;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The total: weighted mean, penalties, clamp, prose cap, rounding and bands. */
class ScorerTest {
  private static final Rubric RUBRIC =
      new Rubric(
          List.of(
              weighted(concept("revenue per visitor"), 2),
              concept("significance"),
              quantified(1),
              avoid(5, 15, "make the app better")));

  @Test
  void weightedMeanOfTheCriteria() {
    // 2 x 1 + 1 x 0 + 1 x 1 over 4 = 75
    Score s = Scorer.score(RUBRIC, "Revenue per visitor rose 4.5%, so I would launch it.");
    assertThat(s.total()).isEqualTo(75);
    assertThat(s.band()).isEqualTo(Band.SOLID);
  }

  @Test
  void penaltiesComeOffTheTotalAndTheTotalNeverGoesBelowZero() {
    assertThat(
            Scorer.score(RUBRIC, "Revenue per visitor rose 4.5%; it will make the app better.")
                .total())
        .isEqualTo(70);
    Rubric harsh =
        new Rubric(List.of(concept("launch"), avoid(30, 90, "better", "engaging", "nicer")));
    assertThat(Scorer.score(harsh, "It is better, nicer and more engaging.").total()).isZero();
  }

  @Test
  void aListOfTermsIsCappedByProse() {
    Rubric r =
        new Rubric(
            List.of(
                prose(), concept("revenue per visitor"), concept("significance"), quantified(1)));
    Score list = Scorer.score(r, "revenue per visitor, significance, 4.5%");
    assertThat(list.total()).isEqualTo(25);
    assertThat(list.cappedBy()).isPresent();
    Score prose =
        Scorer.score(
            r,
            "I would look at the revenue per visitor, which rose 4.5%, and check its significance before I decide.");
    assertThat(prose.total()).isEqualTo(100);
    assertThat(prose.cappedBy()).isEmpty();
  }

  @Test
  void theProseCapDoesNotRaiseALowerScore() {
    Rubric r =
        new Rubric(
            List.of(
                prose(),
                concept("revenue per visitor"),
                concept("significance"),
                concept("segment"),
                concept("novelty"),
                concept("retention")));
    Score s = Scorer.score(r, "significance");
    assertThat(s.total()).isEqualTo(20);
    assertThat(s.cappedBy()).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "100, strong",
    "85, strong",
    "84, solid",
    "70, solid",
    "69, borderline",
    "50, borderline",
    "49, weak",
    "0, weak"
  })
  void bands(int total, String band) {
    assertThat(Band.of(total).label()).isEqualTo(band);
  }

  @Test
  void roundsHalfUp() {
    // 1 of 8 equal weights met = 12.5 -> 13; 1 of 6 = 16.67 -> 17
    Rubric eight =
        new Rubric(
            List.of(
                concept("a1"),
                concept("b1"),
                concept("c1"),
                concept("d1"),
                concept("e1"),
                concept("f1"),
                concept("g1"),
                concept("h1")));
    assertThat(Scorer.score(eight, "a1").total()).isEqualTo(13);
  }

  @Test
  void emptyAndBlankAnswersScoreZeroWithEverythingMissing() {
    for (String answer : new String[] {"", "   \n\t "}) {
      Score s = Scorer.score(RUBRIC, answer);
      assertThat(s.total()).isZero();
      assertThat(s.words()).isZero();
      assertThat(s.results().stream().filter(r -> r.criterion().weighted()))
          .noneMatch(CriterionResult::met);
    }
  }

  @Test
  void aHostileRegexStaysLinear() {
    Rubric r =
        new Rubric(
            List.of(
                new Concept(
                    CriterionInfo.named("evil"), Criteria.terms("/(a+)+$/"), 1, Where.ANYWHERE)));
    Score s = Scorer.score(r, "a".repeat(200_000) + "b");
    assertThat(s.total()).isZero();
  }

  @Test
  void anyTextScoresWithoutException() {
    Random random = new Random(20261124);
    Rubric r =
        new Rubric(
            List.of(
                prose(),
                concept("revenue per visitor", "用户", "/\\d+%/"),
                Criteria.sequence("S|when I", "T|my goal", "A|I decided"),
                quantified(2),
                Criteria.estimate(1e6, 3, "cups"),
                avoid(5, 15, "better"),
                Criteria.length(10, 100)));
    String alphabet = "ab 1.,%$¥亿万用户\n\t\0\uD83D\uDE00\uD800é-–'’";
    for (int i = 0; i < 2000; i++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(200);
      for (int j = 0; j < n; j++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      Score s = Scorer.score(r, sb.toString());
      assertThat(s.total()).isBetween(0, 100);
    }
  }
}
