package dev.pmdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommandLineTest {
  @TempDir Path dir;

  @Test
  void versionNamesTheToolAndTheFormat() {
    CliRun run = CliRun.run(dir, "--version").expectCode(ExitCode.OK);
    assertThat(run.out()).startsWith("pmdrill ").contains("bank format 1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "schema", "generate-completion"})
  void everyCommandHasHelp(String command) {
    CliRun run = CliRun.run(dir, command, "--help").expectCode(ExitCode.OK);
    assertThat(run.out()).contains("Usage: pmdrill " + command);
  }

  @Test
  void noCommandShowsUsageAndTheBuiltInBanks() {
    CliRun run = CliRun.run(dir).expectCode(ExitCode.OK);
    assertThat(run.out())
        .contains("Usage: pmdrill")
        .contains("Banks")
        .contains("guesstimates")
        .contains("alibaba-pm");
  }

  @Test
  void anUnknownOptionIsAUsageErrorWithASuggestion() {
    CliRun run = CliRun.run(dir, "validate", "--fromat", "json").expectCode(ExitCode.USAGE);
    assertThat(run.err()).contains("Unknown option: '--fromat'").contains("--format");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aMissingPathIsAUsageError() {
    CliRun run = CliRun.run(dir, "validate", "no-such-bank.yaml").expectCode(ExitCode.USAGE);
    assertThat(run.err()).contains("no such file or folder: no-such-bank.yaml");
  }

  @Test
  void aBadFormatValueIsAUsageError() {
    CliRun run = CliRun.run(dir, "validate", "--format", "xml").expectCode(ExitCode.USAGE);
    assertThat(run.err()).contains("xml");
  }

  @Test
  void validateOnTheBuiltInsIsClean() {
    // The built-in banks' remaining problems are listed and held by BuiltInBanksTest; here the
    // command reports them in its format and counts them.
    CliRun run = CliRun.run(dir, "validate");
    assertThat(run.out() + run.err())
        .containsPattern("validated \\d+ files, \\d+ questions, 3 loops: \\d+ errors?");
    assertThat(run.err().lines().filter(l -> !l.startsWith("validated ")))
        .allMatch(l -> l.matches("questions/.*:\\d+:\\d+: (error|warning): .*"));
  }

  @Test
  void schemaPrintsTheJsonSchema() {
    CliRun run = CliRun.run(dir, "schema").expectCode(ExitCode.OK);
    assertThat(run.out()).contains("\"$schema\"").contains("bank-format-1");
  }

  @Test
  void completionScriptIsGenerated() {
    CliRun run = CliRun.run(dir, "generate-completion").expectCode(ExitCode.OK);
    assertThat(run.out()).contains("complete -F").contains("validate");
  }

  @Test
  void colourOnlyForATerminalWithoutNoColor() {
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    Path broken = dir.resolve("broken.yaml");
    write(broken, "format: 1\nbank: x\n");
    Context tty =
        new Context(
            java.io.InputStream.nullInputStream(),
            new java.io.PrintWriter(out),
            new java.io.PrintWriter(err),
            true,
            CliRun.scratchEnvironment(dir.resolve("scratch")),
            dir,
            Tty.none(),
            CliRun.BUILT_INS,
            new ColorChoice(),
            CliRun.CLOCK);
    Pmdrill.run(tty, "validate", "broken.yaml");
    assertThat(err.toString()).contains("\u001b[");
    err.getBuffer().setLength(0);
    Pmdrill.run(tty, "validate", "--no-color", "broken.yaml");
    assertThat(err.toString()).doesNotContain("\u001b[").contains("broken.yaml:1:1: error:");
    CliRun plain = CliRun.run(dir, Map.of("NO_COLOR", "1"), "validate", "broken.yaml");
    assertThat(plain.err())
        .doesNotContain("\u001b[")
        .contains("broken.yaml:1:1: error: a bank file needs 'title'");
  }

  @Test
  void githubFormatAnnotatesEachProblem() {
    write(
        dir.resolve("b.yaml"),
        "format: 1\nbank: b\ntitle: B\nquestions:\n  - id: q\n    category: c\n    prompt: P\n    modelanswer: x\n    rubric:\n      - quantified: n\n");
    CliRun run =
        CliRun.run(dir, "validate", "--format", "github", "b.yaml").expectCode(ExitCode.ERRORS);
    assertThat(run.out())
        .contains(
            "::error file=b.yaml,line=8,col=5::unknown key 'modelanswer' in a question; did you mean 'model_answer'?");
  }

  @Test
  void junitFormatHasOneTestCasePerFile() {
    write(dir.resolve("good.yaml"), "format: 1\nbank: g\ntitle: G\n");
    write(dir.resolve("bad.yaml"), "format: 1\nbank: b\n");
    CliRun run =
        CliRun.run(dir, "validate", "--format", "junit", "good.yaml", "bad.yaml")
            .expectCode(ExitCode.ERRORS);
    assertThat(run.out())
        .contains("<testsuite name=\"pmdrill validate\" tests=\"2\" failures=\"1\"")
        .contains("<testcase classname=\"pmdrill.validate\" name=\"good.yaml\">")
        .contains("<failure type=\"error\" message=\"1 error: a bank file needs 'title'\">");
  }

  @Test
  void theBuiltInBanksAreReadOncePerProcessAndNamedBanksEachTime() {
    Completions.BuiltIns builtIns = new Completions.BuiltIns();
    Context context =
        new Context(
            java.io.InputStream.nullInputStream(),
            new java.io.PrintWriter(new java.io.StringWriter()),
            new java.io.PrintWriter(new java.io.StringWriter()),
            false,
            CliRun.scratchEnvironment(dir.resolve("scratch")),
            Path.of("."),
            Tty.none(),
            builtIns,
            new ColorChoice(),
            CliRun.CLOCK);
    var first = BankPaths.load(context, java.util.List.of());
    assertThat(first.catalog().questions()).isNotEmpty();
    // the shell's next command, and its completion, use the same load
    assertThat(BankPaths.load(context, java.util.List.of())).isSameAs(first);
    assertThat(builtIns.catalog()).isSameAs(first.catalog());
    // files a command names are read afresh: the user may have edited them in between
    var named = BankPaths.load(context, java.util.List.of("questions"));
    assertThat(named).isNotSameAs(first);
    assertThat(BankPaths.load(context, java.util.List.of("questions"))).isNotSameAs(named);
    assertThat(named.catalog().questionIds()).isEqualTo(first.catalog().questionIds());
  }

  private static void write(Path file, String text) {
    try {
      java.nio.file.Files.writeString(file, text);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
