package dev.pmdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
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
  static final Path ROOT = Path.of("src/test/resources/golden/validate");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static final Set<String> OUTPUTS = Set.of(".text", ".json");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(ROOT)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(
              n -> n.endsWith(".yaml") || n.endsWith(".yml") || Files.isDirectory(ROOT.resolve(n)))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void textOutputMatches(String input) throws IOException {
    CliRun run = CliRun.run(ROOT, "validate", input);
    assertThat(run.code()).as("exit code for %s", input).isIn(ExitCode.OK, ExitCode.ERRORS);
    String text = run.code() == ExitCode.OK && run.err().isEmpty() ? run.out() : run.err();
    check(ROOT.resolve(base(input) + ".text"), text);
    if (run.code() == ExitCode.ERRORS) {
      assertThat(run.out()).as("stdout of a failing text validate").isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void jsonOutputMatches(String input) throws IOException {
    CliRun run = CliRun.run(ROOT, "validate", "--format", "json", input);
    check(ROOT.resolve(base(input) + ".json"), run.out());
  }

  @Test
  void everyExpectationHasAnInput() throws IOException {
    List<String> inputs = cases().map(ValidateGoldenTest::base).toList();
    try (Stream<Path> files = Files.list(ROOT)) {
      List<String> orphans =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> OUTPUTS.stream().anyMatch(n::endsWith))
              .filter(n -> !inputs.contains(n.substring(0, n.lastIndexOf('.'))))
              .toList();
      assertThat(orphans).as("expected outputs with no input beside them").isEmpty();
    }
  }

  private static String base(String input) {
    int dot = input.lastIndexOf('.');
    return dot < 0 ? input : input.substring(0, dot);
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
