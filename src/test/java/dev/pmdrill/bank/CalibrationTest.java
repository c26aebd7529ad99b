package dev.pmdrill.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The arithmetic of {@link Calibration}, on figures worked out by hand and by rank-check. */
class CalibrationTest {
  @Test
  void spearmanAveragesTiedRanksAsRankCheckDoes() {
    // rank-check's Python gives 0.8 and 0.9117647058823529 for these.
    assertThat(
            Calibration.spearman(new double[] {1, 2, 3, 4}, new double[] {10, 30, 20, 40})
                .getAsDouble())
        .isCloseTo(0.8, within(1e-12));
    assertThat(
            Calibration.spearman(
                    new double[] {89, 71.5, 45, 22.5, 89, 70},
                    new double[] {100, 75, 13, 40, 90, 75})
                .getAsDouble())
        .isCloseTo(0.9117647058823529, within(1e-12));
  }

  @Test
  void spearmanIsUndefinedWhenNothingVaries() {
    assertThat(Calibration.spearman(new double[] {1, 2}, new double[] {5, 5})).isEmpty();
    assertThat(Calibration.spearman(new double[] {1}, new double[] {5})).isEmpty();
  }

  @Test
  void nearAnEdgeCountsOnlyEdgesInsideTheScale() {
    List<Calibration.NearEdge> near =
        Calibration.nearEdge(
            List.of(
                example(1, 98, "70-100"), // 100 is the scale's end, not an edge to fall off
                example(2, 72, ">= 70"), // 2 above 70
                example(3, 3, "0-40"), // 0 is the scale's start
                example(4, 36, "0-40"), // 4 below 40
                example(5, 55, "40-70"), // in the middle
                example(6, 30, "40-70"))); // outside: an error, not a near miss
    assertThat(near).extracting(n -> n.example().number()).containsExactly(2, 4);
    assertThat(near.get(0).edge()).isEqualTo(70);
    assertThat(near.get(0).distance()).isEqualTo(2);
    assertThat(near.get(1).edge()).isEqualTo(40);
    assertThat(near.get(1).distance()).isEqualTo(4);
  }

  private static Calibration.ExampleScore example(int number, int score, String expect) {
    return new Calibration.ExampleScore(
        number, Location.startOf("f"), score, Expect.parse(expect).orElseThrow());
  }
}
