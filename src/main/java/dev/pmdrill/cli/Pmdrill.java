package dev.pmdrill.cli;

import dev.pmdrill.bank.Suggestions;
import dev.pmdrill.history.HistoryException;
import dev.pmdrill.semantic.Semantics;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine;

/**
 * The one place the command tree is wired: commands, their context, exception handlers and exit
 * codes. {@link Main}, the tests and (later) the shell all get the same tree from here.
 */
public final class Pmdrill {
  private Pmdrill() {}

  static CommandLine commandLine(Context context) {
    return commandLine(context, RootCommand.COMMANDS.keySet());
  }

  /** The tree with only the named commands; help and completion need them all. */
  static CommandLine commandLine(Context context, java.util.Collection<String> commands) {
    Factory factory = new Factory(context);
    CommandLine cli = new CommandLine(new RootCommand(context), factory);
    for (String name : commands) {
      try {
        cli.addSubcommand(
            name, new CommandLine(factory.create(RootCommand.COMMANDS.get(name)), factory));
      } catch (Exception e) {
        throw new IllegalStateException("cannot create the command " + name, e);
      }
    }
    FormatOption.addToEach(cli);
    cli.setOut(context.out());
    cli.setErr(context.err());
    cli.setColorScheme(
        CommandLine.Help.defaultColorScheme(
            context.color() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler(Pmdrill::onException);
    cli.setParameterExceptionHandler(Pmdrill::onBadArguments);
    return cli;
  }

  static int run(Context context, String... args) {
    Semantics.configure(
        modelCache(context),
        "on".equalsIgnoreCase(context.env().getOrDefault("PMDRILL_SEMANTIC", "off")),
        message -> context.err().println("pmdrill: warning: " + message));
    if (args.length == 0 && context.tty().available()) {
      // The shell's prompt comes first; the command tree (reflection over every command) is
      // built meanwhile, and only the first Enter or Tab waits for it.
      CompletableFuture<CommandLine> tree = new CompletableFuture<>();
      Thread builder =
          new Thread(
              () -> {
                try {
                  tree.complete(commandLine(context));
                } catch (RuntimeException | Error e) {
                  tree.completeExceptionally(e);
                }
              },
              "pmdrill-commands");
      builder.setDaemon(true);
      builder.start();
      return new Shell(context, context.tty().terminal().orElseThrow()).run(tree);
    }
    return commandLine(context, commandsFor(args)).execute(args);
  }

  /**
   * Where the sentence models' native libraries are unpacked: the user's cache folder, or the
   * folder the build gives its tests so that no test touches the user's own.
   */
  static java.nio.file.Path modelCache(Context context) {
    String forTests = System.getProperty("pmdrill.test.cache");
    return forTests != null ? java.nio.file.Path.of(forTests) : HistoryOptions.cacheDir(context);
  }

  /** The commands a command line needs: the one it names, none for --version, else all. */
  private static java.util.Collection<String> commandsFor(String[] args) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      return java.util.List.of();
    }
    if (args.length > 0
        && RootCommand.COMMANDS.containsKey(args[0])
        && !args[0].equals("help")
        && !args[0].equals("generate-completion")) {
      return java.util.List.of(args[0]);
    }
    return RootCommand.COMMANDS.keySet();
  }

  private static int onException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
    if (e instanceof ExitException) {
      // "pmdrill new question: ...": a subcommand is named with its parents.
      cli.getErr().println(cli.getCommandSpec().qualifiedName() + ": " + e.getMessage());
      return ((ExitException) e).code();
    }
    if (e instanceof HistoryException) {
      // A history that breaks while it is read (pages overwritten, the disk gone): what failed
      // and what to do, never a stack trace.
      cli.getErr()
          .println(
              "pmdrill "
                  + cli.getCommandName()
                  + ": "
                  + e.getMessage()
                  + "\nthe history file may be damaged: move it aside (or name another folder with"
                  + " --data-dir) and try again");
      return ExitCode.ERRORS;
    }
    throw rethrow(e);
  }

  private static RuntimeException rethrow(Exception e) {
    return e instanceof RuntimeException ? (RuntimeException) e : new IllegalStateException(e);
  }

  private static int onBadArguments(CommandLine.ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    cli.getErr().println("pmdrill: " + e.getMessage() + optionHint(e));
    cli.getErr()
        .println("Try '" + cli.getCommandSpec().qualifiedName() + " --help' for more information.");
    return ExitCode.USAGE;
  }

  /** "; did you mean --format?" for a mistyped option, which picocli's own similarity misses. */
  private static String optionHint(CommandLine.ParameterException e) {
    if (!(e instanceof CommandLine.UnmatchedArgumentException)) {
      return "";
    }
    CommandLine.UnmatchedArgumentException u = (CommandLine.UnmatchedArgumentException) e;
    if (u.getUnmatched().isEmpty()) {
      return "";
    }
    if (!u.isUnknownOption()) {
      // A mistyped command: the first word the root could not place.
      boolean atRoot = e.getCommandLine().getParent() == null;
      return atRoot ? Suggestions.hint(u.getUnmatched().get(0), RootCommand.COMMANDS.keySet()) : "";
    }
    String written = u.getUnmatched().get(0);
    String name = written.contains("=") ? written.substring(0, written.indexOf('=')) : written;
    return Suggestions.hint(name, e.getCommandLine().getCommandSpec().optionsMap().keySet());
  }

  /** Builds each command with the context, as picocli asks for them. */
  private static final class Factory implements CommandLine.IFactory {
    private final Context context;

    Factory(Context context) {
      this.context = context;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
      try {
        return type.getDeclaredConstructor(Context.class).newInstance(context);
      } catch (NoSuchMethodException e) {
        return CommandLine.defaultFactory().create(type);
      }
    }
  }
}
