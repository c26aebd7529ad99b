package dev.pmdrill.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every span quotes the user's own characters, whatever normalisation did to them. */
class OffsetsTest {

  private static String quote(String original, Span span) {
    return original.substring(span.start(), span.end());
  }

  @ParameterizedTest(name = "[{index}] \"{1}\" in \"{0}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Ｔｈｅ　ＣＯＮＶＥＲＳＩＯＮ　ＲＡＴＥＳ  | conversion rate | ＣＯＮＶＥＲＳＩＯＮ　ＲＡＴＥＳ
      our customer’s journey                    | customer        | customer
      the “North Star” metric                   | north star      | North Star
      ﬁnal offer                                | final           | ﬁnal
      café visits                               | cafe            | ''
      café visits                               | café            | café
      cafe\u0301 visits                         | café            | cafe\u0301
      ends in cafe\u0301                        | café            | cafe\u0301
      a ﬁ                                       | fi              | ﬁ
      ｶﾞｲﾄﾞ is Japanese                          | ガイド           | ｶﾞｲﾄﾞ
      ① first                                   | 1               | ①
      𠀀𠀁 rare Han                              | 𠀁              | 𠀁
      """)
  void spansPointIntoTheOriginal(String answer, String term, String quoted) {
    String text = unescape(answer);
    List<Span> found = AnalyzedText.of(text).find(Phrase.of(unescape(term)));
    if (quoted.isEmpty()) {
      assertThat(found).isEmpty();
    } else {
      assertThat(found).extracting(span -> quote(text, span)).containsExactly(unescape(quoted));
    }
  }

  private static String unescape(String s) {
    return s.replace("\\u0301", "\u0301");
  }

  @Test
  void tokensCarryNormalisedTextAndOriginalSpans() {
    String answer = "ＧＭＶ rose １５％ — the customer’s ＤＡＵ";
    List<Token> tokens = AnalyzedText.of(answer).tokens();
    assertThat(tokens)
        .extracting(Token::text)
        .containsExactly("gmv", "rose", "15", "the", "customer", "dau");
    assertThat(tokens)
        .extracting(token -> quote(answer, token.span()))
        .containsExactly("ＧＭＶ", "rose", "１５", "the", "customer", "ＤＡＵ");
    assertThat(tokens).extracting(Token::script).containsOnly(Script.WORD);
    assertThat(tokens.get(1).stem()).isEqualTo("rose");
  }

  @Test
  void cjkCharactersAreTokensOfTheirOwn() {
    String answer = "用户GMV增长";
    List<Token> tokens = AnalyzedText.of(answer).tokens();
    assertThat(tokens).extracting(Token::text).containsExactly("用", "户", "gmv", "增", "长");
    assertThat(tokens)
        .extracting(Token::script)
        .containsExactly(Script.CJK, Script.CJK, Script.WORD, Script.CJK, Script.CJK);
    assertThat(tokens).extracting(Token::stem).containsExactly("用", "户", "gmv", "增", "长");
    assertThat(tokens.get(2).span()).isEqualTo(new Span(2, 5));
  }

  @Test
  void stemsWordsButNotNumbersOrCodes() {
    List<Token> tokens = AnalyzedText.of("Segmenting p90s in 2023s").tokens();
    assertThat(tokens).extracting(Token::stem).containsExactly("segment", "p90s", "in", "2023s");
  }

  @Test
  void sentencesAndQuantitiesQuoteTheOriginal() {
    String answer = "ＧＭＶ grew １５％．  We’ll hit ￥１.２万亿!";
    AnalyzedText text = AnalyzedText.of(answer);
    assertThat(text.sentences())
        .extracting(span -> quote(answer, span))
        .containsExactly("ＧＭＶ grew １５％．", "We’ll hit ￥１.２万亿!");
    assertThat(text.quantities()).extracting(Quantity::text).containsExactly("１５％", "￥１.２万亿");
    assertThat(text.quantities()).extracting(Quantity::value).containsExactly(15.0, 1.2e12);
    assertThat(text.original()).isSameAs(answer);
  }
}
