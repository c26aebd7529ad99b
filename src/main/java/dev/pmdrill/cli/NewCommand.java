package dev.pmdrill.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code pmdrill new}: groups the commands that start bank files; alone, it lists them. */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description = "Start a question bank, or add a question to one.",
    subcommands = {NewBankCommand.class, NewQuestionCommand.class},
    footer = {"", "Then: pmdrill validate DIR, and pmdrill calibrate DIR (docs/authoring.md)."})
final class NewCommand implements Callable<Integer> {
  private final Context context;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  NewCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    context.err().println("pmdrill new: name what to start: bank or question");
    spec.commandLine().usage(context.err());
    context.err().flush();
    return ExitCode.USAGE;
  }
}
