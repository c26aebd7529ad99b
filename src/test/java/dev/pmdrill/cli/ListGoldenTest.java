package dev.pmdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pmdrill.golden.GoldenFolder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
  static final GoldenFolder GOLDEN = GoldenFolder.of("src/test/resources/golden/list");
  static final Path ROOT = GOLDEN.root();

  static List<String> cases() {
    return GOLDEN.names(".yaml");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void listingMatches(String input) {
    CliRun run = CliRun.run(ROOT, "list", "--bank", input).expectCode(ExitCode.OK);
    assertThat(run.err()).isEmpty();
    GOLDEN.check(expected(input), run.out());
  }

  @Test
  void everyFileBelongsToACase() {
    List<String> owned = new ArrayList<>();
    for (String input : cases()) {
      owned.add(input);
      owned.add(expected(input));
    }
    GOLDEN.assertNoOrphans(owned);
  }

  private static String expected(String input) {
    return input.replaceFirst("\\.yaml$", ".txt");
  }
}
