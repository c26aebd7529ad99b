package dev.pmdrill.cli;

import dev.pmdrill.bank.LoadResult;
import dev.pmdrill.bank.RubricChecks;
import dev.pmdrill.tui.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code pmdrill validate}: checks bank files the way a bank author's CI needs. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check bank files and folders (default: the built-in banks).",
      "Each problem is one line FILE:LINE:COLUMN: error|warning: message.",
      "Exit status: 0 no errors, 1 errors, 2 usage error."
    })
final class ValidateCommand implements Callable<Integer> {
  enum Format {
    text,
    json,
    github,
    junit,
    sarif
  }

  private final Context context;

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description = "Bank files or folders; folders are searched for *.yaml and *.yml.")
  List<String> paths = new ArrayList<>();

  @Mixin
  final FormatOption<Format> output =
      FormatOption.of(
          Format.class,
          Format.text,
          Map.of(
              Format.github, "workflow annotations",
              Format.junit, "XML report",
              Format.sarif, "SARIF 2.1.0, for code scanning"));

  ValidateCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    LoadResult result = RubricChecks.check(BankPaths.load(context, paths));
    Format format = output.value();
    if (format != Format.text && result.hasErrors()) {
      // The report on stdout is for machines; a person watching the run still learns why it failed.
      context.err().print(ValidationReport.summary(result, context.color()));
    }
    switch (format) {
      case json:
        context.out().print(ValidationReport.json(result));
        break;
      case github:
        context.out().print(ValidationReport.github(result));
        break;
      case junit:
        context.out().print(ValidationReport.junit(result));
        break;
      case sarif:
        context.out().print(ValidationReport.sarif(result, VersionProvider.number()));
        break;
      default:
        // Problems go to stderr like a compiler's; a clean run's summary is the result.
        if (result.problems().isEmpty()) {
          context.out().print(ValidationReport.summary(result, context.color()));
        } else {
          context.err().print(ValidationReport.text(result, context.color()));
        }
    }
    context.out().flush();
    context.err().flush();
    return result.hasErrors() ? ExitCode.ERRORS : ExitCode.OK;
  }
}
