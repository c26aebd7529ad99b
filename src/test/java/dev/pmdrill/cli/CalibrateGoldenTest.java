package dev.pmdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pmdrill.golden.GoldenFolder;
import dev.pmdrill.tui.Wrap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
  static final GoldenFolder GOLDEN = GoldenFolder.of("src/test/resources/golden/calibrate");
  static final Path ROOT = GOLDEN.root();
  private static final List<String> FORMATS = List.of("text", "json");

  static List<String> cases() {
    return GOLDEN.names(".yaml");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void textOutputMatches(String input) {
    CliRun run = CliRun.run(ROOT, "calibrate", input).expectCode(ExitCode.OK);
    GOLDEN.check(expected(input, "text"), run.out());
    assertThat(run.err()).isEmpty();
    assertThat(run.out().lines()).allMatch(l -> Wrap.columns(l) <= 80, "fits 80 columns");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void jsonOutputMatches(String input) {
    CliRun run = CliRun.run(ROOT, "calibrate", "--format", "json", input).expectCode(ExitCode.OK);
    GOLDEN.check(expected(input, "json"), run.out());
  }

  @Test
  void everyFileBelongsToACase() {
    List<String> owned = new ArrayList<>();
    for (String input : cases()) {
      owned.add(input);
      FORMATS.forEach(f -> owned.add(expected(input, f)));
    }
    GOLDEN.assertNoOrphans(owned);
  }

  private static String expected(String input, String format) {
    return input.substring(0, input.lastIndexOf('.')) + "." + format;
  }
}
