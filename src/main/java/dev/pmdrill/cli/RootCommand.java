package dev.pmdrill.cli;

import dev.pmdrill.bank.LoadResult;
import dev.pmdrill.tui.BankListing;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code pmdrill}: with no command, shows how to start and what banks are built in. */
@Command(
    name = "pmdrill",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Drill product-manager interview and promotion questions, scored against a rubric.",
    subcommands = {
      DrillCommand.class,
      LoopCommand.class,
      ListCommand.class,
      ShowCommand.class,
      StatsCommand.class,
      HistoryCommand.class,
      ExportCommand.class,
      ReportCommand.class,
      ValidateCommand.class,
      ScoreCommand.class,
      SchemaCommand.class,
      AutoComplete.GenerateCompletion.class,
      HelpCommand.class,
      TrainingCommand.class
    },
    footer = {"", "Banks follow the format printed by 'pmdrill schema'; see README.md."})
final class RootCommand implements Callable<Integer> {
  private final Context context;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Option(
      names = "--no-color",
      scope = CommandLine.ScopeType.INHERIT,
      description = "No colour, even in a terminal (as does the NO_COLOR variable).")
  void noColor(boolean off) {
    context.colorChoice().set(off);
  }

  RootCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (context.tty().available()) {
      return new Shell(context, context.tty().terminal().orElseThrow()).run(spec.commandLine());
    }
    spec.commandLine().usage(context.out());
    LoadResult loaded = BankPaths.load(context, List.of());
    context.out().println();
    context.out().print(BankListing.render(loaded.catalog(), context.color()));
    context.out().flush();
    return ExitCode.OK;
  }
}
