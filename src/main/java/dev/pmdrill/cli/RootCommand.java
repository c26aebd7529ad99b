package dev.pmdrill.cli;

import dev.pmdrill.bank.LoadResult;
import dev.pmdrill.tui.BankListing;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    footer = {"", "Banks follow the format printed by 'pmdrill schema'; see README.md."})
final class RootCommand implements Callable<Integer> {
  /**
   * The commands by name, in the order help lists them. They are added to the tree in {@link
   * Pmdrill}, which builds only the one a command line names: reflecting over all of them is most
   * of the start-up time.
   */
  static final Map<String, Class<?>> COMMANDS = commands();

  private static Map<String, Class<?>> commands() {
    Map<String, Class<?>> commands = new LinkedHashMap<>();
    commands.put("drill", DrillCommand.class);
    commands.put("loop", LoopCommand.class);
    commands.put("list", ListCommand.class);
    commands.put("show", ShowCommand.class);
    commands.put("stats", StatsCommand.class);
    commands.put("history", HistoryCommand.class);
    commands.put("export", ExportCommand.class);
    commands.put("report", ReportCommand.class);
    commands.put("stories", StoriesCommand.class);
    commands.put("packet", PacketCommand.class);
    commands.put("offer", OfferCommand.class);
    commands.put("prep", PrepCommand.class);
    commands.put("new", NewCommand.class);
    commands.put("validate", ValidateCommand.class);
    commands.put("calibrate", CalibrateCommand.class);
    commands.put("score", ScoreCommand.class);
    commands.put("schema", SchemaCommand.class);
    commands.put("generate-completion", AutoComplete.GenerateCompletion.class);
    commands.put("help", HelpCommand.class);
    commands.put("cds-training", TrainingCommand.class);
    return java.util.Collections.unmodifiableMap(commands);
  }

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
