package dev.pmdrill.cli;

import dev.pmdrill.bank.Question;
import dev.pmdrill.session.DraftStore;
import dev.pmdrill.session.PrivateFiles;
import dev.pmdrill.tui.Wrap;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp;
import picocli.CommandLine;

/**
 * The interactive shell: a loop around a jline reader that hands each line, split into words by
 * jline's own parser (quotes respected), to the same command tree as the command line. Ctrl-C drops
 * the line, Ctrl-D or {@code exit} leaves.
 */
final class Shell {
  private final Context context;
  private final Terminal terminal;

  Shell(Context context, Terminal terminal) {
    this.context = context;
    this.terminal = terminal;
  }

  int run(CommandLine commands) {
    return run(CompletableFuture.completedFuture(commands));
  }

  int run(CompletableFuture<CommandLine> tree) {
    try {
      // The shell history holds what the candidate typed: its file and folder are private.
      PrivateFiles.file(historyFile());
    } catch (IOException e) {
      context.err().println("pmdrill: the shell history is not kept: " + e.getMessage());
    }
    LineReader reader =
        LineReaderBuilder.builder()
            .terminal(terminal)
            .appName("pmdrill")
            .parser(new DefaultParser())
            .completer(new ShellCompleter(() -> tree.join().getCommandSpec(), context.workDir()))
            .variable(LineReader.HISTORY_FILE, historyFile())
            .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
            .build();
    // A pmdrill killed while its countdown showed leaves the terminal's scroll region short of
    // the last row: give the whole screen back before anything is printed.
    if (terminal.getStringCapability(InfoCmp.Capability.change_scroll_region) != null
        && terminal.getHeight() > 0) {
      // Setting the region homes the cursor: keep it where the shell left it.
      terminal.puts(InfoCmp.Capability.save_cursor);
      terminal.puts(InfoCmp.Capability.change_scroll_region, 0, terminal.getHeight() - 1);
      terminal.puts(InfoCmp.Capability.restore_cursor);
      terminal.flush();
    }
    int width = terminal.getWidth() > 0 ? terminal.getWidth() : 80;
    context
        .out()
        .print(
            Wrap.wrap(
                "pmdrill - drill interview answers against a rubric. Type 'help', Tab to"
                    + " complete, Ctrl-D to leave.",
                width,
                ""));
    context
        .out()
        .print(
            Wrap.wrap(
                "Try: drill   |   drill --category guesstimate   |   loop alibaba-pm   |   list",
                width,
                ""));
    context.out().flush();
    offerDraft(reader);
    while (true) {
      String line;
      try {
        line = reader.readLine("pmdrill> ");
      } catch (UserInterruptException e) {
        continue;
      } catch (EndOfFileException e) {
        break;
      }
      String trimmed = line.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      if (trimmed.equals("exit") || trimmed.equals("quit")) {
        break;
      }
      if (trimmed.equals("clear")) {
        terminal.puts(InfoCmp.Capability.clear_screen);
        terminal.flush();
        continue;
      }
      String[] words =
          reader.getParser().parse(line, line.length()).words().stream()
              .filter(w -> !w.isEmpty())
              .toArray(String[]::new);
      if (words.length > 0 && (words[0].equals("pmdrill"))) {
        words = java.util.Arrays.copyOfRange(words, 1, words.length);
      }
      if (words.length == 0) {
        continue; // the shell is already open
      }
      CommandLine commands = tree.join();
      context.colorChoice().set(false);
      commands.execute(words);
      context.out().flush();
      context.err().flush();
    }
    try {
      reader.getHistory().save();
    } catch (IOException e) {
      context.err().println("pmdrill: could not save the shell history: " + e.getMessage());
    }
    return ExitCode.OK;
  }

  /**
   * Answers left unfinished by a crash or a closed terminal: the newest is offered back first, with
   * its question and the time it had taken; the others are listed where they are kept.
   */
  private void offerDraft(LineReader reader) {
    DraftStore drafts = new DraftStore(StateDirectory.of(context), context.clock());
    DraftStore.Left left = drafts.load();
    for (Path aside : left.keptAside()) {
      context.out().println("A draft that could not be read was kept as " + aside + ".");
    }
    if (left.drafts().isEmpty()) {
      context.out().flush();
      return;
    }
    DraftStore.Draft d = left.drafts().get(0);
    for (DraftStore.Draft other : left.drafts().subList(1, left.drafts().size())) {
      context
          .out()
          .println(
              "Another unfinished answer, to '" + other.questionId() + "', is in " + other.file());
    }
    long lines = d.text().lines().count();
    String answer;
    try {
      context
          .out()
          .println(
              "An unfinished answer to '"
                  + d.questionId()
                  + "' ("
                  + lines
                  + " line"
                  + (lines == 1 ? "" : "s")
                  + ", "
                  + dev.pmdrill.bank.Durations.format(d.elapsed())
                  + " in) was kept at "
                  + d.savedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                  + ".");
      context.out().flush();
      answer = reader.readLine("Restore it? [Y/n] ");
    } catch (UserInterruptException | EndOfFileException e) {
      answer = "n";
    }
    if (answer.strip().toLowerCase(java.util.Locale.ROOT).startsWith("n")) {
      Path kept = drafts.keepAside(d);
      context.out().println("Kept it in " + kept + ".");
      context.out().flush();
      return;
    }
    Optional<Question> question = context.builtIns().catalog().question(d.questionId());
    if (question.isEmpty()) {
      Path kept = drafts.keepAside(d);
      context
          .out()
          .println("Its question is not in the built-in banks; the answer is in " + kept + ":");
      context.out().println(d.text());
      context.out().flush();
      return;
    }
    drafts.takeOver(d);
    try (Recorder recorder = new Recorder(context, new HistoryOptions())) {
      new InteractiveDrill(context, recorder, "drill", Optional.empty())
          .ask(
              question.get(),
              1,
              1,
              question.get().time(),
              false,
              d.text(),
              d.elapsed(),
              Optional.empty());
    }
  }

  private Path historyFile() {
    return StateDirectory.of(context).resolve("history");
  }
}
