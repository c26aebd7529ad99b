package dev.pmdrill.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How an estimate's distance from the reference reads in the feedback: percent off, or times. */
class NumbersRatioTest {
  @ParameterizedTest(name = "{0} against {1}: {2}")
  @CsvSource({
    "600, 640, 6% below the reference",
    "800, 640, 25% above the reference",
    "640, 640, on the reference",
    "1600, 640, 2.5 times the reference",
    "64, 640, 10% of the reference",
    "0, 640, not a positive number",
    "641, 640, under 1% above the reference"
  })
  void readsAsPercentOffOrTimes(double read, double reference, String expected) {
    assertThat(Numbers.ratio(read, reference)).isEqualTo(expected);
  }
}
