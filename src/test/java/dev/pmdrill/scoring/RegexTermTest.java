package dev.pmdrill.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Pattern;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Trying a regex only where its required literal occurs finds exactly what a full scan finds. */
class RegexTermTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "ctr\\s*(x|×|\\*|times)", "\\bmarginal\\b", "\\bexperiment", "\\b95\\s*%",
            "launched \\d+ (ai )?features?",
        "revenue per visitors?", "\\d+\\s*%", "(team|their)\\W?s job", "ab+c",
            "\\bp\\s*[<=>]\\s*0?\\.\\d+",
        "gmv|rpv", "\\b(19|20)\\d\\d\\b", "k\\w+"
      })
  void literalShortcutAgreesWithAFullScan(String regex) {
    RegexTerm term =
        RegexTerm.of("/" + regex + "/", Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
    String alphabet = "abcegiklmnprstvxy CTRKXMARGINALEXPERIMENTS95%0123 _.-×*\u212A\u017F\n";
    String[] seeds = {
      "CTR x ",
      "marginal ",
      "experiment",
      "95 %",
      "launched 3 AI features",
      "revenue per visitor",
      "team's job",
      "abbbc",
      "p < 0.05",
      "gmv",
      "2023",
      "Kelvin",
      "\u212Aelvin",
      "\u017Fubmarginal"
    };
    Random random = new Random(7);
    for (int i = 0; i < 3000; i++) {
      StringBuilder text = new StringBuilder();
      int parts = random.nextInt(12);
      for (int p = 0; p < parts; p++) {
        if (random.nextBoolean()) {
          text.append(seeds[random.nextInt(seeds.length)]);
        } else {
          for (int c = random.nextInt(6); c > 0; c--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
          }
        }
      }
      String s = text.toString();
      assertThat(term.find(Answer.of(s))).as("%s on %s", regex, s).isEqualTo(term.scan(s));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"gmv|rpv", "(a)", "\\d+", "x?yz", "a"})
  void patternsWithoutACertainLiteralScanEverything(String regex) {
    assertThat(RequiredLiteral.of(regex)).isEqualTo(Optional.empty());
  }
}
