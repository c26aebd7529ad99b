package dev.pmdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pmdrill.golden.GoldenFolder;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each broken bank under {@code golden/validate/} sits beside the exact output {@code validate}
 * must give for it: {@code NAME.yaml} (or a folder {@code NAME/}), {@code NAME.text} (stderr of the
 * text format) and {@code NAME.json}. A new case is files, no Java. Run with {@code
 * -Dgolden.update=true} to rewrite the expectations, then review the diff like code.
 */
class ValidateGoldenTest {
  static final GoldenFolder GOLDEN = GoldenFolder.of("src/test/resources/golden/validate");

  static List<String> cases() {
    return GOLDEN.names(
        n -> n.endsWith(".yaml") || n.endsWith(".yml") || Files.isDirectory(GOLDEN.resolve(n)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void textOutputMatches(String input) {
    CliRun run = CliRun.run(GOLDEN.root(), "validate", input);
    assertThat(run.code()).as("exit code for %s", input).isIn(ExitCode.OK, ExitCode.ERRORS);
    String text = run.code() == ExitCode.OK && run.err().isEmpty() ? run.out() : run.err();
    GOLDEN.check(base(input) + ".text", text);
    if (run.code() == ExitCode.ERRORS) {
      assertThat(run.out()).as("stdout of a failing text validate").isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void jsonOutputMatches(String input) {
    CliRun run = CliRun.run(GOLDEN.root(), "validate", "--format", "json", input);
    GOLDEN.check(base(input) + ".json", run.out());
  }

  @Test
  void everyFileBelongsToACase() {
    List<String> owned = new ArrayList<>();
    for (String input : cases()) {
      owned.addAll(List.of(input, base(input) + ".text", base(input) + ".json"));
    }
    GOLDEN.assertNoOrphans(owned);
  }

  private static String base(String input) {
    int dot = input.lastIndexOf('.');
    return dot < 0 ? input : input.substring(0, dot);
  }
}
