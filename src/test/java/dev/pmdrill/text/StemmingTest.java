package dev.pmdrill.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Inflections that must and must not meet, as seen through {@link AnalyzedText#find}. */
class StemmingTest {

  private static boolean meet(String answerWord, String termWord) {
    return !AnalyzedText.of(answerWord).find(Phrase.of(termWord)).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] {0} ~ {1}")
  @CsvSource({
    "rates, rate",
    "rate, rates",
    "segmenting, segment",
    "segments, segment",
    "segmented, segment",
    "users, user",
    "customers, customer",
    "experiments, experiment",
    "experimenting, experimented",
    "launched, launch",
    "launching, launches",
    "prioritising, prioritise",
    "metrics, metric",
    "significant, significance",
    "Retention, retention",
    "conversations, conversation",
    "personalised, personalized",
    "organisations, organization",
    "authorities, authority",
  })
  void match(String answerWord, String termWord) {
    assertThat(meet(answerWord, termWord)).isTrue();
  }

  @ParameterizedTest(name = "[{index}] {0} !~ {1}")
  @CsvSource({
    "separate, rate",
    "rate, separate",
    "user, usage",
    "p90s, p90",
    "11s, 11",
    "news, new",
    "generation, general",
    "2b, 2",
    // Porter2 folds these onto a different word; they are kept apart
    "conversation, conversion",
    "personalized, person",
    "organization, organic",
    "authority, author",
    "newness, new",
  })
  void doNotMatch(String answerWord, String termWord) {
    assertThat(meet(answerWord, termWord)).isFalse();
  }
}
