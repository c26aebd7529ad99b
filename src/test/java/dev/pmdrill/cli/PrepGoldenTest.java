package dev.pmdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pmdrill.bank.BankLoader;
import dev.pmdrill.bank.BankSource;
import dev.pmdrill.bank.Catalog;
import dev.pmdrill.bank.Question;
import dev.pmdrill.golden.GoldenFolder;
import dev.pmdrill.history.HistoryStore;
import dev.pmdrill.history.StoredAttempt;
import dev.pmdrill.session.Attempt;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code pmdrill prep} as golden files under {@code golden/prep/}: on an empty history and on a
 * full one (attempts in every category, ten guesstimates, a mock loop, framework questions from the
 * fixture bank, the sample stories and packet with a board date), at 80 and 40 columns, and the
 * full one as JSON. {@code -Dgolden.update=true} rewrites them.
 */
class PrepGoldenTest {
  private static final GoldenFolder GOLDEN = GoldenFolder.of("src/test/resources/golden/prep");
  private static final String FIXTURE = "src/test/resources/prep/frameworks.yaml";

  @TempDir Path dir;

  @ParameterizedTest(name = "{0} columns")
  @ValueSource(ints = {80, 40})
  void emptyHistory(int columns) {
    CliRun run = CliRun.run(Path.of("."), env(columns), "prep").expectCode(ExitCode.OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.out().lines()).allMatch(l -> l.length() <= columns, "fits the width");
    GOLDEN.check("empty-" + columns + ".text", run.out());
  }

  @ParameterizedTest(name = "{0} columns")
  @ValueSource(ints = {80, 40})
  void fullHistory(int columns) throws IOException {
    fill();
    CliRun run = CliRun.run(Path.of("."), env(columns), full("text")).expectCode(ExitCode.OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.out().lines())
        .allMatch(
            l -> org.jline.utils.AttributedString.fromAnsi(l).columnLength() <= columns,
            "fits the width");
    GOLDEN.check("full-" + columns + ".text", run.out());
  }

  @Test
  void fullHistoryAsJson() throws IOException {
    fill();
    CliRun run = CliRun.run(Path.of("."), env(80), full("json")).expectCode(ExitCode.OK);
    assertThat(run.err()).isEmpty();
    GOLDEN.check("full.json", run.out());
  }

  @Test
  void everyFileBelongsToACase() {
    GOLDEN.assertNoOrphans(
        List.of("empty-80.text", "empty-40.text", "full-80.text", "full-40.text", "full.json"));
  }

  private static String[] full(String format) {
    return new String[] {
      "prep",
      "--bank",
      "questions",
      "--bank",
      FIXTURE,
      "--stories",
      "docs/examples/stories.md",
      "--packet",
      "docs/examples/packet-staff.md",
      "--board",
      "2027-03-15",
      "--format",
      format
    };
  }

  private Map<String, String> env(int columns) {
    return Map.of(
        "COLUMNS", String.valueOf(columns), "PMDRILL_HOME", dir.resolve("data").toString());
  }

  /** A history over the last two weeks before the runs' fixed day. */
  private void fill() throws IOException {
    List<BankSource> sources = new ArrayList<>(BankSource.builtIn());
    sources.addAll(BankSource.fromPaths(List.of(Path.of(FIXTURE))));
    Catalog catalog = new BankLoader().load(sources).catalog();
    List<StoredAttempt> attempts = new ArrayList<>();
    // one answer in every built-in category but two, graded examples so the scores are stable
    List<String> categories = new ArrayList<>(catalog.categories().keySet());
    categories.removeAll(List.of("offer", "promotion", "strategy"));
    for (String category : categories) {
      Question q = first(catalog, category, 0);
      attempts.add(
          drill(
              q,
              q.examples().isEmpty()
                  ? q.modelAnswer().orElseThrow()
                  : q.examples().get(0).answer()));
    }
    // ten different guesstimates, one of them twice
    for (int i = 1; i < 10; i++) {
      Question q = first(catalog, "guesstimate", i);
      attempts.add(drill(q, q.examples().get(i % q.examples().size()).answer()));
    }
    // a mock loop, and a skip that counts for nothing
    Question culture = first(catalog, "culture-fit", 1);
    attempts.add(
        StoredAttempt.of(
            Attempt.answered(culture, culture.examples().get(0).answer(), Duration.ofMinutes(4)),
            "loop",
            Optional.of("alibaba-pm"),
            Optional.of("Culture fit")));
    attempts.add(
        StoredAttempt.of(
            Attempt.skipped(first(catalog, "technical", 1), Duration.ofMinutes(1)),
            "loop",
            Optional.of("p7-engineer"),
            Optional.of("Technical depth")));
    // the fixture's framework questions: MECE and SWOT answered, 4P not
    attempts.add(
        drill(
            catalog.question("fx-mece-guess").orElseThrow(),
            "I split the city into three buckets by district, then count parcels per buyer in each."));
    attempts.add(drill(catalog.question("fx-swot-tag").orElseThrow(), "Its strength is supply."));
    for (int i = 0; i < attempts.size(); i++) {
      Clock at =
          Clock.fixed(
              CliRun.CLOCK.instant().minus(Duration.ofHours(6L * (attempts.size() - i))),
              ZoneOffset.UTC);
      try (HistoryStore store = HistoryStore.open(dir.resolve("data"), at)) {
        store.record(attempts.get(i));
      }
    }
  }

  private static Question first(Catalog catalog, String category, int nth) {
    return catalog.questions().stream()
        .filter(q -> q.category().equals(category))
        .skip(nth)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no question " + nth + " in " + category));
  }

  private static StoredAttempt drill(Question q, String answer) {
    return StoredAttempt.of(
        Attempt.answered(q, answer, Duration.ofMinutes(3)),
        "drill",
        Optional.empty(),
        Optional.empty());
  }
}
