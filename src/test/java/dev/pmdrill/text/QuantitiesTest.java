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
      -5%                                 | -5
      (-3)                                | -3
      +7                                  | 7
      15-40                               | 15 40
      range 15 - 40 minutes               | 15 40
      1,2,3                               | 1 2 3
      5 members                           | 5
      3mins                               | 3
      .5 of users                         | 0.5
      １２％                              | 12
      １５亿                              | 1.5e9
      12 percent                          | 12
      Q3 revenue was 40                   | 40
      P7 promo at 2x speed                | 2
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
        "(3) the third item",
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

  // ---------------------------------------------------------------- rev 2: names are not numbers

  @ParameterizedTest(name = "[{index}] not a quantity: {0}")
  @ValueSource(
      strings = {
        // festivals
        "11.11",
        "the 11.11 festival",
        "during 12.12",
        "the 6.18 sale",
        "on 11/11",
        "双11",
        "双 11",
        "双12当天",
        "双十一",
        "双十二",
        "618",
        "the 618 sale",
        "during 618",
        "618大促",
        "618期间",
        "JD 618",
        // dates
        "11 November",
        "on 11 Nov",
        "Nov 11",
        "Nov. 11",
        "November 11th",
        "the 11th",
        "the 1st, 2nd and 3rd",
        "11月11日",
        "11月",
        "11号",
        "十一月十一日",
        "十一号",
        "2023-11-11",
        "2023/11/11",
        "2023.11.11",
        // years
        "2023",
        "2023年",
        "in 2023",
        "in 2023 orders grew",
        "since 1999",
        "2023 and 2024",
        "Q3 2023",
        "FY2024",
        "2023Q3",
        // clock times
        "20:00",
        "00:00",
        "at 9:30pm",
        "9:30 pm",
        "23:59:59",
        "9pm",
        "9 a.m.",
        "8 o'clock",
        "晚上8点",
        "20点开抢",
        "8点钟",
        "8点30分",
        "零点二十分",
        // versions and ids
        "ap-southeast-1",
        "cn-hangzhou-2",
        "COVID-19",
        "Java 17",
        "JDK 8",
        "P7",
        "P8",
        "阿里P8",
        "1688",
        "1688.com",
        "1688平台",
        "Q3",
        "iPhone 15",
        "HTTP/2",
        "MySQL 8.0",
        "5G",
        "a 5G rollout",
        "4G",
        "step 2",
        "phase 3",
        "tier 1 cities",
        "#3",
        "第3",
        "第十二",
        "第一",
        // escapes
        "\u001b[31mred\u001b[0m",
        "\u001b[38;5;208mtext",
        "\u001b]8;;https://x.test/42\u0007link\u001b]8;;\u0007"
      })
  void namesDatesTimesAndIdsAreNotQuantities(String input) {
    assertThat(AnalyzedText.of(input).quantities()).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      618 orders                                  | 618
      618个订单                                    | 618
      about 618                                   | 618
      2023 orders                                 | 2023
      about 2000.                                 | 2000
      roughly 2000 stores                         | 2000
      2000 x 3                                    | 2000 3
      约2000家                                     | 2000
      1688 suppliers were signed, 1688 x 2        | 1688 2
      6.4 billion parcels collected on the 11th   | 6.4e9
      Nov 11 had 6.4 billion parcels              | 6.4e9
      11月11日当天6.4亿件                           | 6.4e8
      at 20:00 we saw 583,000 payments            | 583000
      ap-southeast-1 runs 150k servers            | 150000
      5 may churn                                 | 5
      5GB of images                               | 5
      500g of tea                                 | 500
      3 days                                      | 3
      30日留存                                     | 30
      3个月                                        | 3
      7-day retention                             | 7
      12 PMs                                      | 12
      '\u001b[1m42\u001b[0m users'                | 42
      """)
  void countsNumbersBesideNames(String input, String expected) {
    assertValues(input, expected);
  }

  // ---------------------------------------------------------------- rev 2: numbers in words

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      six hundred and forty million parcels       | 6.4e8
      Six Hundred Forty Million                   | 6.4e8
      two thirds of buyers                        | 0.6666666666666666
      two-thirds                                  | 0.6666666666666666
      a third of users                            | 0.3333333333333333
      about a third.                              | 0.3333333333333333
      one quarter of orders                       | 0.25
      three quarters of orders                    | 0.75
      half a million                              | 5e5
      half a dozen                                | 6
      half of the users                           | 0.5
      three point five billion                    | 3.5e9
      one point two five million                  | 1.25e6
      twelve percent                              | 12
      twelve per cent                             | 12
      five percent                                | 5
      a dozen                                     | 12
      two dozen stores                            | 24
      a hundred stores                            | 100
      a million users                             | 1e6
      one hundred                                 | 100
      twenty                                      | 20
      twenty-five                                 | 25
      forty two                                   | 42
      eleven                                      | 11
      nineteen hundred                            | 1900
      twenty-five hundred                         | 2500
      one thousand two hundred and five           | 1205
      one million two hundred thousand            | 1.2e6
      one and a half million                      | 1.5e6
      two and a half                              | 2.5
      1.5 billion and three hundred million       | 1.5e9 3e8
      六亿四千万                                   | 6.4e8
      六亿四千万件包裹                              | 6.4e8
      三分之一                                     | 0.3333333333333333
      三分之一的用户                                | 0.3333333333333333
      十分之三                                     | 0.3
      百分之十二                                   | 12
      百分之十二点五                               | 12.5
      百分之百                                     | 100
      千分之五                                     | 0.005
      两千万                                       | 2e7
      两千万元                                     | 2e7
      十二                                         | 12
      三十                                         | 30
      一百                                         | 100
      一万                                         | 1e4
      十万                                         | 1e5
      百万用户                                     | 1e6
      一千二百三十四                               | 1234
      一千零五                                     | 1005
      一千五                                       | 1500
      三万五                                       | 35000
      两亿五                                       | 2.5e8
      一万亿                                       | 1e12
      三点五亿                                     | 3.5e8
      一个亿                                       | 1e8
      三千多万                                     | 3e7
      一半                                         | 0.5
      翻了三倍                                     | 3
      二十一世纪前三十年                            | 30
      """)
  void readsNumbersInWords(String input, String expected) {
    assertValues(input, expected);
  }

  @ParameterizedTest(name = "[{index}] rough Chinese number {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      四五十万                                     | 4.5e5
      四五十万单                                   | 4.5e5
      三四千人                                     | 3500
      一两百个                                     | 150
      二三十                                       | 25
      三四万                                       | 3.5e4
      五六亿                                       | 5.5e8
      七八成                                       | 0.75
      """)
  void readsRoughChineseNumbersAsTheirMiddle(String input, String expected) {
    assertValues(input, expected);
  }

  @ParameterizedTest(name = "[{index}] share {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      三成                                         | 0.3
      三成用户                                     | 0.3
      两成半                                       | 0.25
      比去年多两成                                  | 0.2
      十成                                         | 1
      about a third                               | 0.3333333333333333
      a quarter of users                          | 0.25
      """)
  void readsSharesInTenths(String input, String expected) {
    assertValues(input, expected);
  }

  @ParameterizedTest(name = "[{index}] no number in: {0}")
  @ValueSource(
      strings = {
        "one",
        "one of the options",
        "a",
        "an idea",
        "ten",
        "three reasons",
        "no one",
        "one-on-one",
        "a third party",
        "a third option",
        "one quarter later",
        "in two quarters",
        "next quarter",
        "the first half of the year",
        "the other half",
        "twenty-first century",
        "seven-eleven",
        "percent",
        "and a half",
        "hundreds of stores",
        "dozens",
        "point",
        "一",
        "一个",
        "一起",
        "一些",
        "一定",
        "一直",
        "统一",
        "唯一",
        "第一",
        "之一",
        "万一",
        "一一对应",
        "五一",
        "五六个",
        "乱七八糟",
        "一成不变",
        "三心二意",
        "十分重要",
        "千万不要",
        "百姓",
        "半年",
        "十"
      })
  void smallWordsAreNotNumbers(String input) {
    assertThat(AnalyzedText.of(input).quantities()).isEmpty();
  }

  @Test
  void percentFlagOnWordsAndCharacters() {
    assertThat(AnalyzedText.of("twelve percent, 百分之十二, 三倍").quantities())
        .extracting(Quantity::percent, Quantity::multiplier)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(true, false),
            org.assertj.core.groups.Tuple.tuple(true, false),
            org.assertj.core.groups.Tuple.tuple(false, true));
  }

  @Test
  void quotesNumbersInWordsAsWritten() {
    String answer = "About Six Hundred and Forty Million parcels, 约六亿四千万件.";
    assertThat(AnalyzedText.of(answer).quantities())
        .extracting(Quantity::text)
        .containsExactly("Six Hundred and Forty Million", "六亿四千万");
  }

  @Test
  void staysLinearOnLongRunsOfNumberWords() {
    String[] pieces = {
      "one hundred and ",
      "twenty-",
      "three point five ",
      "a third ",
      "half a ",
      "六亿四千万",
      "三分之",
      "百分之",
      "十一",
      "双11 ",
      "2023 ",
      "20:00 ",
      "ap-southeast-",
      "\u001b[3"
    };
    StringBuilder big = new StringBuilder(500_000);
    java.util.Random random = new java.util.Random(12);
    while (big.length() < 500_000) {
      big.append(pieces[random.nextInt(pieces.length)]);
    }
    String text = big.toString();
    long start = System.nanoTime();
    List<Quantity> found = AnalyzedText.of(text).quantities();
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(found).isNotEmpty();
    for (Quantity q : found) {
      assertThat(text.substring(q.span().start(), q.span().end())).isEqualTo(q.text());
    }
    // linear: half a megabyte of the worst pieces in far less than a quadratic scan would take
    assertThat(millis).isLessThan(5_000);
  }

  private static void assertValues(String input, String expected) {
    String text = input.replace("\\n", "\n").replace("\\u001b", "\u001b");
    double[] want = parse(expected);
    double[] got = values(text);
    assertThat(got).as(input).hasSize(want.length);
    for (int i = 0; i < want.length; i++) {
      assertThat(got[i]).as(input).isCloseTo(want[i], within(Math.abs(want[i]) * 1e-9));
    }
  }
}
