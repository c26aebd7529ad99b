package dev.pmdrill.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantitiesTest {

  private static double[] values(String text) {
    return AnalyzedText.of(text).quantities().stream().mapToDouble(Quantity::value).toArray();
  }

  private static double[] parse(String expected) {
    if (expected.isBlank()) {
      return new double[0];
    }
    return Arrays.stream(expected.trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray();
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      12%                                 | 12
      lifted CTR by 12 %                  | 12
      a 3.5x lift                         | 3.5
      $50M                                | 5e7
      $50MM budget                        | 5e7
      1.2 billion                         | 1.2e9
      1.2billion                          | 1.2e9
      2 trillion                          | 2e12
      5 thousand stores                   | 5000
      200k                                | 200000
      200K DAU                            | 200000
      1.5B                                | 1.5e9
      1.5bn                               | 1.5e9
      3m users                            | 3e6
      15亿                                | 1.5e9
      3万                                 | 3e4
      1.2万亿                             | 1.2e12
      3千万                               | 3e7
      5千                                 | 5000
      GMV增长了15%                        | 15
      ¥800                                | 800
      ￥800                               | 800
      RMB 800                             | 800
      RMB800                              | 800
      800 RMB                             | 800
      800RMB                              | 800
      800元                               | 800
      €20                                 | 20
      2e9                                 | 2e9
      1.5e9                               | 1.5e9
      1.5E+9                              | 1.5e9
      1,500,000,000                       | 1.5e9
      1,000.5                             | 1000.5
      1.045                               | 1.045
      11.11                               | 11.11
      the 11.11 festival                  | 11.11
      2023                                | 2023
      in 2023 we grew                     | 2023
      -5%                                 | -5
      (-3)                                | -3
      +7                                  | 7
      15-40                               | 15 40
      range 15 - 40 minutes               | 15 40
      2023-11-11                          | 2023 11 11
      1,2,3                               | 1 2 3
      5 members                           | 5
      3mins                               | 3
      .5 of users                         | 0.5
      １２％                              | 12
      １５亿                              | 1.5e9
      12 percent                          | 12
      Q3 revenue was 40                   | 40
      P7 promo at 2x speed                | 2
      a 5G rollout                        | 5
      '1. first point\n2. second'         | ''
      '1) first\n2) second 30%'           | 30
      '  3. indented item 7'              | 7
      '(1) first'                         | ''
      '1、首先 2、其次'                   | 2
      '1.5 billion orders'                | 1.5e9
      'intro\n3.Then 12 users'            | 12
      'text 1. more'                      | 1
      """)
  void readsQuantities(String input, String expected) {
    String text = input.replace("\\n", "\n");
    double[] want = parse(expected);
    double[] got = values(text);
    assertThat(got).hasSize(want.length);
    for (int i = 0; i < want.length; i++) {
      assertThat(got[i]).isCloseTo(want[i], within(Math.abs(want[i]) * 1e-9));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Q3",
        "P7",
        "H2",
        "B2B and B2C",
        "v1.2.3",
        "no numbers here",
        "",
        "---",
        "CTR x CVR",
        "1. only a list marker",
        "  2) another",
        "(3) a third",
        "4、第四",
        "p90 latency",
        "SKU123"
      })
  void findsNoQuantity(String input) {
    assertThat(AnalyzedText.of(input).quantities()).isEmpty();
  }

  @Test
  void flagsPercentAndMultiplier() {
    List<Quantity> found =
        AnalyzedText.of("CTR rose 12% and RPV 1.5x, from 40 visits").quantities();
    assertThat(found).extracting(Quantity::percent).containsExactly(true, false, false);
    assertThat(found).extracting(Quantity::multiplier).containsExactly(false, true, false);
  }

  @Test
  void quotesTheOriginalText() {
    String answer = "Budget is $50M, or ＲＭＢ 800 per user, up -5% on 15亿 orders.";
    assertThat(AnalyzedText.of(answer).quantities())
        .extracting(Quantity::text)
        .containsExactly("$50M", "ＲＭＢ 800", "-5%", "15亿");
    for (Quantity q : AnalyzedText.of(answer).quantities()) {
      assertThat(answer.substring(q.span().start(), q.span().end())).isEqualTo(q.text());
    }
  }

  @Test
  void sameNumberInEveryNotation() {
    for (String written : List.of("1.5 billion", "1.5B", "15亿", "1,500,000,000", "1.5e9")) {
      assertThat(values("about " + written + " orders")).as(written).containsExactly(1.5e9);
    }
  }

  @Test
  void dropsNumbersTooLargeForADouble() {
    assertThat(AnalyzedText.of("1e9999 and 7").quantities())
        .extracting(Quantity::value)
        .containsExactly(7.0);
  }
}
