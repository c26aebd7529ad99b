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
 * Each bank under {@code golden/list/} sits beside the exact output of {@code list --bank} on it:
 * {@code NAME.yaml} and {@code NAME.txt}, so a loop's rounds (their counts, categories and tags)
 * show as a user sees them. A new case is two files. Run with {@code -Dgolden.update=true} to
 * rewrite the expectations, then review the diff like code.
 */
class ListGoldenTest {
  static final Path ROOT = Path.of("src/test/resources/golden/list");
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
  void listingMatches(String input) throws IOException {
    CliRun run = CliRun.run(ROOT, "list", "--bank", input).expectCode(ExitCode.OK);
    assertThat(run.err()).isEmpty();
    Path expected = ROOT.resolve(input.replaceFirst("\\.yaml$", ".txt"));
    if (UPDATE || !Files.exists(expected)) {
      Files.writeString(expected, run.out(), StandardCharsets.UTF_8);
      assertThat(UPDATE)
          .as("wrote missing golden file %s; review and commit it", expected)
          .isTrue();
    }
    assertThat(run.out())
        .as("output against %s", expected)
        .isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  @Test
  void everyExpectationHasAnInput() throws IOException {
    List<String> inputs = cases().map(n -> n.replaceFirst("\\.yaml$", "")).toList();
    try (Stream<Path> files = Files.list(ROOT)) {
      assertThat(
              files
                  .map(p -> p.getFileName().toString())
                  .filter(n -> n.endsWith(".txt"))
                  .filter(n -> !inputs.contains(n.substring(0, n.length() - ".txt".length()))))
          .as("expected outputs with no input beside them")
          .isEmpty();
    }
  }
}
