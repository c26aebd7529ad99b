package dev.pmdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The bank authors' commands: help within 80 columns, and completion from the command specs. */
class AuthorCommandsTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"new", "new bank", "new question", "calibrate", "validate"})
  void helpFitsEightyColumns(String command) {
    List<String> args = new ArrayList<>(List.of(command.split(" ")));
    args.add("--help");
    CliRun run = CliRun.run(dir, args.toArray(new String[0])).expectCode(ExitCode.OK);
    assertThat(run.out()).contains("Usage: pmdrill " + command);
    assertThat(run.out().lines()).allMatch(l -> l.length() <= 80, "fits 80 columns");
  }

  @Test
  void theRootListsTheNewCommands() {
    CliRun run = CliRun.run(dir, "--help").expectCode(ExitCode.OK);
    assertThat(run.out()).contains("  new ").contains("  calibrate ");
  }

  @Test
  void theShellCompletesFromTheCommandSpecs() {
    CommandLine cli = Pmdrill.commandLine(CliRun.quietContext(dir));
    assertThat(CliRun.completions(cli, "new", "")).contains("bank", "question");
    assertThat(CliRun.completions(cli, "new", "q")).containsExactly("uestion");
    assertThat(CliRun.completions(cli, "calibrate", "--format", ""))
        .containsExactlyInAnyOrder("text", "json");
    assertThat(CliRun.completions(cli, "calibrate", "--m")).contains("in-spearman", "in-pairwise");
    assertThat(CliRun.completions(cli, "validate", "--format", "s")).containsExactly("arif");
    assertThat(CliRun.completions(cli, "new", "question", "--category", "ab"))
        .containsExactly("-conflict");
  }

  @Test
  void theCompletionScriptKnowsTheNewCommands() {
    CliRun run = CliRun.run(dir, "generate-completion").expectCode(ExitCode.OK);
    assertThat(run.out())
        .contains("function _picocli_pmdrill_new_bank()")
        .contains("function _picocli_pmdrill_new_question()")
        .contains("function _picocli_pmdrill_calibrate()")
        .contains("sarif");
  }
}
