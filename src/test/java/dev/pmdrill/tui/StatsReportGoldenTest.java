package dev.pmdrill.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pmdrill.bank.BuiltInBanks;
import dev.pmdrill.bank.Catalog;
import dev.pmdrill.bank.Example;
import dev.pmdrill.bank.Question;
import dev.pmdrill.golden.GoldenFolder;
import dev.pmdrill.history.HistoryStore;
import dev.pmdrill.history.Stats;
import dev.pmdrill.history.StoredAttempt;
import dev.pmdrill.session.Attempt;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The stats screen as a golden file, over a history built from the banks' own graded examples on
 * fixed days, so the figures are stable: {@code golden/stats/history-plain.txt} and {@code
 * -color.txt}. {@code -Dgolden.update=true} rewrites them.
 */
class StatsReportGoldenTest {
  private static final GoldenFolder GOLDEN = GoldenFolder.of("src/test/resources/golden/stats");
  private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void statsScreen(boolean color) throws IOException {
    Catalog catalog = BuiltInBanks.catalog();
    for (int day = 0; day < 6; day++) {
      Clock clock = Clock.fixed(NOW.minus(Duration.ofDays(5 - day)), ZoneOffset.UTC);
      try (HistoryStore store = HistoryStore.open(dir, clock)) {
        for (Question q : catalog.questions().subList(day * 7, day * 7 + 7)) {
          Example example = q.examples().get(day % q.examples().size());
          Attempt attempt = Attempt.answered(q, example.answer(), Duration.ofMinutes(3 + day));
          store.record(StoredAttempt.of(attempt, "drill", Optional.empty(), Optional.empty()));
        }
      }
    }
    String rendered;
    try (HistoryStore store = HistoryStore.open(dir, Clock.fixed(NOW, ZoneOffset.UTC))) {
      rendered =
          StatsReport.render(
              Stats.compute(store, Clock.fixed(NOW, ZoneOffset.UTC), Stats.P7_WEIGHTS),
              store.dueQuestions(NOW).size(),
              store.dueThisWeek(NOW).size(),
              color);
    }
    GOLDEN.check(expected(color), rendered);
  }

  @Test
  void everyFileBelongsToACase() {
    GOLDEN.assertNoOrphans(List.of(expected(false), expected(true)));
  }

  private static String expected(boolean color) {
    return "history-" + (color ? "color" : "plain") + ".txt";
  }

  @Test
  void anEmptyHistorySaysHowToStart() {
    try (HistoryStore store = HistoryStore.open(dir, Clock.fixed(NOW, ZoneOffset.UTC))) {
      String rendered =
          StatsReport.render(Stats.compute(store, Clock.fixed(NOW, ZoneOffset.UTC)), 0, 0, false);
      assertThat(rendered).startsWith("No attempts yet.");
    }
  }
}
