package dev.pmdrill.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Regex terms said in words: what the feedback shows a candidate instead of the pattern. */
class RegexReadingTest {
  @ParameterizedTest(name = "{0} reads {1}")
  @CsvSource(
      delimiter = '\t',
      textBlock =
          """
          /\\bexperiment/	experiment
          /\\bmarginal\\b/	marginal
          /launch|ship/	launch or ship
          /go live|launch|ship it/	go live, launch or ship it
          /\\b14\\s*%/	14%
          /\\d+(\\.\\d+)?\\s*%/	a number%
          /\\d+\\s*% of (buyers|users|spend|gmv|orders)/	a number% of buyers/users/spend/gmv/orders
          /\\b(19|20)\\d\\d\\b/	a number
          /\\b(in|during|by) (19|20)\\d\\d\\b/	in/during/by a number
          /1\\.1\\s*(x|×|\\*|times)\\s*0?\\.95/	1.1 x/×/*/times 0.95
          /ctr\\s*(x|×|\\*|times)/	ctr x/×/*/times
          /shipped \\d+ features?/	shipped a number features
          /launched \\d+ (ai )?features?/	launched a number (ai) features
          /\\b(two|three|four|five|2|3|4|5) other (BUs|business units|teams)\\b/	a number other BUs/business units/teams
          /\\b(in|from) (the|our) ([\\w-]+ )?(data|logs|tickets|numbers)\\b/	in/from the/our … data/logs/tickets/numbers
          /\\bp\\s*[<=>]\\s*0?\\.\\d+/	p </=/> a number
          /\\d+(\\.\\d+)?\\s*(million|billion|%|万|亿)/	a number million/billion/%/万/亿
          /(19|20)\\d\\d年/	a number年
          /(上线|交付|做)了[0-9一二三四五六七八九十]+个功能/	上线/交付/做了a number个功能
          /不在[^。，；]{0,10}规划/	不在…规划
          /从[一二三四五六七八九十百\\d]+(步|个步骤|个字段)/	从a number步/个步骤/个字段
          /流量\\s*[×x*乘]\\s*转化/	流量 ×/x/*/乘 转化
          /(?:north star|NSM)/	north star/NSM
          /\\b(i.d|we.ll|let.s) launch\\b/	i'd/we'll/let's launch
          /\\bdon.t (launch|ship)/	don't launch/ship
          /\\b(i.d|i would|we|we.ll|we would|then|should) launch\\b/	i'd/i would/we/we'll/… launch
          /a|b|c|d|e|f/	a, b, c, d, …
          /\\d+\\s*% of (buyers|users|spend|gmv|orders|visits)/	a number% of buyers/users/spend/gmv/…
          /\\bp.value/	p…value
          """)
  void aPatternReadsAsWhatItLooksFor(String term, String reading) {
    assertThat(Term.compile(term).readable()).hasValue(reading);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/(a)\\1/", "/\\p{Han}+/", "/(ab)+/", "/[^x]+/", "/(?i)x/", "/\\S+/"})
  void aPatternWithNoPlainReadingHasNone(String term) {
    assertThat(RegexReading.of(term.substring(1, term.length() - 1))).isEqualTo(Optional.empty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"revenue per visitor", "11.11", "转化率"})
  void aPlainTermReadsAsWritten(String term) {
    assertThat(Term.compile(term).readable()).hasValue(term);
  }
}
