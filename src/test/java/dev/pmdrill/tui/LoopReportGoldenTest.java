package dev.pmdrill.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pmdrill.bank.BuiltInBanks;
import dev.pmdrill.bank.Catalog;
import dev.pmdrill.bank.Durations;
import dev.pmdrill.bank.Loop;
import dev.pmdrill.bank.Question;
import dev.pmdrill.golden.GoldenFolder;
import dev.pmdrill.session.Attempt;
import dev.pmdrill.session.LoopOutcome;
import dev.pmdrill.session.RoundResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each mock loop under {@code golden/loop/} is a {@code NAME.loop} file (a built-in loop and, one a
 * line, {@code ROUND QUESTION ANSWER USED} with answers taken from the banks' own model answers and
 * examples) beside the exact report for it at 80 and 40 columns, plain and in colour: {@code
 * NAME.w80.txt}, {@code NAME.w80.color.txt}, {@code NAME.w40.txt}, {@code NAME.w40.color.txt}. A
 * new case is files, no Java. Run with {@code -Dgolden.update=true} to rewrite the expectations,
 * then review the diff like code.
 */
class LoopReportGoldenTest {
  static final GoldenFolder GOLDEN = GoldenFolder.of("src/test/resources/golden/loop");
  private static final Catalog CATALOG = BuiltInBanks.catalog();
  private static final List<Integer> WIDTHS = List.of(80, 40);

  static List<String> cases() {
    return GOLDEN.names(".loop").stream()
        .map(n -> n.substring(0, n.length() - ".loop".length()))
        .toList();
  }

  static Stream<Arguments> renderings() {
    List<Arguments> all = new ArrayList<>();
    for (String name : cases()) {
      for (int width : WIDTHS) {
        all.add(Arguments.of(name, width, false));
        all.add(Arguments.of(name, width, true));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} at {1} columns, colour {2}")
  @MethodSource("renderings")
  void reportMatches(String name, int width, boolean color) throws IOException {
    LoopOutcome outcome = outcome(GOLDEN.resolve(name + ".loop"));
    String report = LoopReport.render(outcome, width, color);
    GOLDEN.check(expected(name, width, color), report);
    String plain = color ? report.replaceAll("\u001b\\[[0-9;]*m", "") : report;
    assertThat(plain.lines())
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(width));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void colourChangesNothingButTheCodes(String name) throws IOException {
    LoopOutcome outcome = outcome(GOLDEN.resolve(name + ".loop"));
    for (int width : WIDTHS) {
      assertThat(LoopReport.render(outcome, width, true).replaceAll("\u001b\\[[0-9;]*m", ""))
          .isEqualTo(LoopReport.render(outcome, width, false));
    }
  }

  @Test
  void everyFileBelongsToALoop() {
    List<String> owned = new ArrayList<>();
    for (String name : cases()) {
      owned.add(name + ".loop");
      for (int width : WIDTHS) {
        owned.add(expected(name, width, false));
        owned.add(expected(name, width, true));
      }
    }
    GOLDEN.assertNoOrphans(owned);
  }

  private static String expected(String name, int width, boolean color) {
    return name + ".w" + width + (color ? ".color" : "") + ".txt";
  }

  /** Reads a case: the loop, then one attempt a line, each checked to fit its round. */
  static LoopOutcome outcome(Path file) throws IOException {
    Loop loop = null;
    List<List<Attempt>> rounds = new ArrayList<>();
    for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("loop:")) {
        String id = line.substring("loop:".length()).strip();
        loop = CATALOG.loop(id).orElseThrow(() -> new AssertionError("no loop " + id));
        loop.rounds().forEach(r -> rounds.add(new ArrayList<>()));
        continue;
      }
      assertThat(loop).as("%s: the loop comes first", file).isNotNull();
      String[] f = line.split("\\s+");
      assertThat(f).as("%s: ROUND QUESTION ANSWER USED in '%s'", file, line).hasSize(4);
      int round = Integer.parseInt(f[0]) - 1;
      Question q =
          CATALOG.question(f[1]).orElseThrow(() -> new AssertionError("no question " + f[1]));
      assertThat(loop.rounds().get(round).categories())
          .as("%s: %s belongs to round %s", file, q.id(), f[0])
          .contains(q.category());
      Duration used =
          Durations.parse(f[3]).orElseThrow(() -> new AssertionError("not a duration: " + f[3]));
      rounds.get(round).add(attempt(q, f[2], used));
    }
    assertThat(loop).as("%s names no loop", file).isNotNull();
    List<RoundResult> results = new ArrayList<>();
    for (int i = 0; i < rounds.size(); i++) {
      results.add(new RoundResult(loop.rounds().get(i), rounds.get(i)));
    }
    return LoopOutcome.of(loop, results);
  }

  private static Attempt attempt(Question q, String answer, Duration used) {
    if (answer.equals("skip")) {
      return Attempt.skipped(q, used);
    }
    if (answer.equals("model")) {
      return Attempt.answered(q, q.modelAnswer().orElseThrow(), used);
    }
    if (answer.startsWith("example:")) {
      int n = Integer.parseInt(answer.substring("example:".length()));
      return Attempt.answered(q, q.examples().get(n - 1).answer(), used);
    }
    throw new AssertionError("answer is model, example:N or skip, not " + answer);
  }
}
