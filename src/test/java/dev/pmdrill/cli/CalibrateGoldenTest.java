package dev.pmdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each bank under {@code golden/calibrate/} sits beside the exact output {@code calibrate} gives
 * for it: {@code NAME.text} and {@code NAME.json}. A new case is files, no Java; {@code
 * -Dgolden.update=true} rewrites the expectations (after a scorer change), to be reviewed like
 * code.
 */
class CalibrateGoldenTest {
  static final Path ROOT = Path.of("src/test/resources/golden/calibrate");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(ROOT)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".yaml"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void textOutputMatches(String input) throws IOException {
    CliRun run = CliRun.run(ROOT, "calibrate", input).expectCode(ExitCode.OK);
    check(ROOT.resolve(base(input) + ".text"), run.out());
    assertThat(run.err()).isEmpty();
    assertThat(run.out().lines()).allMatch(l -> columns(l) <= 80, "fits 80 columns");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void jsonOutputMatches(String input) throws IOException {
    CliRun run = CliRun.run(ROOT, "calibrate", "--format", "json", input).expectCode(ExitCode.OK);
    check(ROOT.resolve(base(input) + ".json"), run.out());
  }

  @Test
  void everyExpectationHasAnInput() throws IOException {
    List<String> inputs = cases().map(CalibrateGoldenTest::base).toList();
    try (Stream<Path> files = Files.list(ROOT)) {
      assertThat(
              files
                  .map(p -> p.getFileName().toString())
                  .filter(n -> n.endsWith(".text") || n.endsWith(".json"))
                  .filter(n -> !inputs.contains(n.substring(0, n.lastIndexOf('.')))))
          .as("expected outputs with no input beside them")
          .isEmpty();
    }
  }

  static int columns(String line) {
    return line.codePoints().map(cp -> Math.max(0, org.jline.utils.WCWidth.wcwidth(cp))).sum();
  }

  private static String base(String input) {
    return input.substring(0, input.lastIndexOf('.'));
  }

  private static void check(Path expected, String actual) throws IOException {
    if (UPDATE || !Files.exists(expected)) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
      assertThat(UPDATE)
          .as("wrote missing golden file %s; review and commit it", expected)
          .isTrue();
    }
    assertThat(actual)
        .as("output against %s", expected)
        .isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }
}
