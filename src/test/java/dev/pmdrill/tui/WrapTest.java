package dev.pmdrill.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The one measure of width, and the wrappers that use it. */
class WrapTest {
  @Test
  void chinesePunctuationTakesTwoColumnsLikeChineseCharacters() {
    for (String wide : List.of("。", "、", "，", "「", "」", "！", "用", "ｶ")) {
      assertThat(Wrap.columns(wide)).as(wide).isEqualTo(wide.equals("ｶ") ? 1 : 2);
    }
    assertThat(Wrap.columns("用户。、，「增长」")).isEqualTo(18);
    assertThat(Wrap.columns("ab")).isEqualTo(2);
    assertThat(Wrap.columns("e\u0301")).as("a combining accent takes no column").isEqualTo(1);
    assertThat(Wrap.columns("\uD83D\uDE00"))
        .as("an emoji, one code point of two chars")
        .isEqualTo(2);
  }

  @Test
  void widthIsMeasuredInOnePlace() throws IOException {
    List<String> measuring = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        if (Files.readString(file).contains("WCWidth")) {
          measuring.add(file.getFileName().toString());
        }
      }
    }
    assertThat(measuring)
        .as("classes that measure terminal width themselves")
        .containsExactly("Wrap.java");
  }

  @Test
  void aParagraphWithChinesePunctuationFitsItsWidth() {
    Text text = new Text(20);
    text.para(2, 4, Styled.plain("我们先明确目标，再拆解用户、频次和转化。「客户第一」是底线。"));
    assertThat(text.toString().lines())
        .hasSizeGreaterThan(2)
        .allSatisfy(line -> assertThat(Wrap.columns(line)).isLessThanOrEqualTo(20));
  }

  @Test
  void plainTextWrapsToTheSameMeasure() {
    String wrapped = Wrap.wrap("我们先明确目标，再拆解用户、频次和转化。「客户第一」是底线。", 20, "  ");
    assertThat(wrapped.lines())
        .allSatisfy(line -> assertThat(Wrap.columns(line)).isLessThanOrEqualTo(20));
  }

  @Test
  void aWordListBreaksOnlyBetweenWords() {
    List<String> words = List.of("因为", "所以", "但是", "并且", "然而", "比如", "例如", "首先");
    String wrapped = Wrap.wrapWords(words, 14, "  ");
    assertThat(wrapped).isEqualTo("  因为 所以\n  但是 并且\n  然而 比如\n  例如 首先\n");
    assertThat(Wrap.wrapWords(List.of("a", "b", "c"), 80, "  ")).isEqualTo("  a b c\n");
  }

  @Test
  void styledParagraphsAndPlainTextBreakTheSameWay() {
    String sentence =
        "We split GMV into 用户数、转化率和客单价，then check each against last year's 11.11 numbers,"
            + " and 「客户第一」 stays the tie-breaker when the metrics disagree.";
    for (int width : List.of(20, 33, 40, 61, 80)) {
      Text text = new Text(width);
      text.para(2, 2, Styled.plain(sentence));
      assertThat(text.toString())
          .as("at %d columns", width)
          .isEqualTo(Wrap.wrap(sentence, width, "  "));
    }
  }

  @Test
  void closingPunctuationNeverStartsALineAndOpeningNeverEndsOne() {
    String sentence = "我们先明确目标，再拆解用户、频次和转化。「客户第一」是底线，（一）先试点，（二）再全量。";
    for (int width = 6; width <= 40; width++) {
      for (String line : Wrap.lines(sentence, width)) {
        assertThat(line).as("at %d columns", width).doesNotStartWith("，").doesNotStartWith("。");
        assertThat(line).doesNotStartWith("、").doesNotStartWith("」").doesNotStartWith("）");
        assertThat(line).doesNotEndWith("「").doesNotEndWith("（");
      }
    }
  }

  @Test
  void aWordThatOpensWithLatinLettersOrABracketStaysWhole() {
    assertThat(Wrap.lines("A story showing ownership (担当): no story file given", 30))
        .containsExactly("A story showing ownership", "(担当): no story file given");
    assertThat(Wrap.lines("found: \"去年\", \"负责\", \"我决定\", \"结果\"", 32))
        .containsExactly("found: \"去年\", \"负责\", \"我决定\",", "\"结果\"");
  }

  @Test
  void spacesRunsAreKeptInsideALineAndDroppedAtABreak() {
    assertThat(Wrap.lines("revenue per visitor  x2", 80))
        .containsExactly("revenue per visitor  x2");
    assertThat(Wrap.lines("revenue per visitor  x2", 19))
        .containsExactly("revenue per visitor", "x2");
    Text text = new Text(80);
    text.para(0, 0, Styled.plain("one  two"));
    assertThat(text.toString()).as("a styled paragraph writes one space").isEqualTo("one two\n");
  }
}
