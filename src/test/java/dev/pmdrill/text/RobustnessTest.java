package dev.pmdrill.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Any string a user can paste must analyse without an exception and with spans in bounds. */
class RobustnessTest {

  private static final String ALPHABET =
      "aAzZ09 .,!?-+()%$¥€'’\"“”\n\r\t\u0000。！？，、用户客户第一万亿千的了我们ｶﾞＡ１％　ﬁé\u0301"
          + "kmbxeE\u2028\uD83D\uDE00\uD840\uDC00";

  @Test
  void neverThrowsAndKeepsSpansInBounds() {
    Random random = new Random(20240611L);
    List<Phrase> phrases =
        List.of(
            Phrase.of("rate"),
            Phrase.of("用户"),
            Phrase.of("a 1"),
            Phrase.of("客户第一"),
            Phrase.of("ｶﾞ"),
            Phrase.of("é"));
    for (int round = 0; round < 2000; round++) {
      String s = randomString(random, random.nextInt(80));
      check(s, phrases);
    }
  }

  @Test
  void handlesEdgeStrings() {
    List<Phrase> phrases = List.of(Phrase.of("x"), Phrase.of("\uD800"), Phrase.of("1"));
    for (String s :
        List.of(
            "",
            " ",
            "\u0000",
            "\uD800",
            "\uDC00",
            "\uDC00\uD800",
            "a\uD800b",
            "\u0301",
            "\u0301\u0301",
            "1.",
            "1,",
            "1e",
            "1e+",
            "$",
            "-",
            "(1)",
            "1)",
            "１.",
            "5\uD800",
            "\uFDFA",
            "\u3000\u3000",
            "'s",
            "s's'",
            "9".repeat(400),
            "1,000,".repeat(50),
            "a" + "\u0301".repeat(200))) {
      check(s, phrases);
    }
  }

  /**
   * Twice the largest answer pmdrill accepts (1 MiB): enough for anything worse than linear to
   * show, without spending the unit tests' time on sheer size.
   */
  @Test
  void analysesTwoMegabytes() {
    String[] pieces = {
      "We would segment users by region. ",
      "GMV grew 15% to $1.5B, ",
      "用户增长了3万，",
      "1. first point\n",
      "the p-value was 0.03! ",
      "客户第一。",
      "ＦＵＬＬ　ｗｉｄｔｈ １２％ "
    };
    StringBuilder big = new StringBuilder(2_100_000);
    Random random = new Random(7);
    while (big.length() < 2_000_000) {
      big.append(pieces[random.nextInt(pieces.length)]);
      if (random.nextInt(50) == 0) {
        big.append(randomString(random, 20));
      }
    }
    AnalyzedText text = AnalyzedText.of(big.toString());
    assertThat(text.wordCount()).isPositive();
    assertThat(text.find(Phrase.of("用户"))).isNotEmpty();
    assertThat(text.quantities()).isNotEmpty();
    assertThat(text.sentences()).isNotEmpty();
    // single pathological runs
    AnalyzedText.of("9".repeat(2_000_000)).quantities();
    AnalyzedText.of("a".repeat(2_000_000)).tokens();
    AnalyzedText.of("\u0301".repeat(1_000_000)).tokens();
  }

  private static void check(String s, List<Phrase> phrases) {
    // plain checks: AssertJ per token would dominate the run time of thousands of strings
    AnalyzedText text = AnalyzedText.of(s);
    expect(text.original().equals(s), s, "original");
    List<Span> all = new ArrayList<>();
    for (Token token : text.tokens()) {
      inBounds(s, token.span());
      expect(!token.text().isEmpty() && !token.stem().isEmpty(), s, "empty token");
      all.add(token.span());
    }
    text.sentences().forEach(span -> inBounds(s, span));
    for (Quantity q : text.quantities()) {
      inBounds(s, q.span());
      expect(q.text().equals(s.substring(q.span().start(), q.span().end())), s, "quantity text");
      expect(Double.isFinite(q.value()), s, "finite quantity");
    }
    for (Phrase phrase : phrases) {
      int previousEnd = 0;
      for (Span span : text.find(phrase)) {
        inBounds(s, span);
        expect(span.start() >= previousEnd, s, "overlapping matches");
        previousEnd = span.end();
        all.add(span);
      }
    }
    int words = text.wordCount();
    expect(words >= 0, s, "word count");
    int connecting = text.connectingWordCount();
    expect(connecting >= 0 && connecting <= Math.max(words, text.tokens().size()), s, "connecting");
    int inside = text.wordsInside(all);
    expect(inside >= 0 && inside <= words, s, "words inside");
    int whole = text.wordsInside(List.of(new Span(0, s.length())));
    expect(whole >= 0 && whole <= words, s, "words inside the whole");
  }

  private static void inBounds(String s, Span span) {
    expect(
        span.start() >= 0 && span.start() <= span.end() && span.end() <= s.length(),
        s,
        "span " + span);
  }

  private static void expect(boolean holds, String input, String what) {
    if (!holds) {
      throw new AssertionError(what + " for input " + escape(input));
    }
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    s.chars()
        .forEach(
            c ->
                sb.append(
                    c < 0x20 || c > 0x7E ? String.format("\\u%04x", c) : String.valueOf((char) c)));
    return sb.toString();
  }

  private static String randomString(Random random, int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      int pick = random.nextInt(10);
      if (pick == 0) {
        sb.append((char) random.nextInt(0x10000));
      } else {
        sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
    }
    return sb.toString();
  }
}
