package dev.pmdrill.cli;

import dev.pmdrill.history.Export;
import dev.pmdrill.history.HistoryStore;
import dev.pmdrill.session.AtomicFile;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pmdrill export}: every stored attempt as JSON or CSV. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Export every stored attempt as JSON or CSV, to stdout or a file.")
final class ExportCommand implements Callable<Integer> {
  enum Format {
    json,
    csv
  }

  private final Context context;

  @Mixin HistoryOptions history;

  @Mixin final FormatOption<Format> format = FormatOption.of(Format.class, Format.json, Map.of());

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE (atomically) instead of stdout.")
  String output;

  ExportCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    StringWriter text = new StringWriter();
    try (HistoryStore store = history.openToRead(context)) {
      if (store.notice().isPresent()) {
        throw new ExitException(
            ExitCode.ERRORS,
            "nothing was exported: the attempts are in the file the history was moved to");
      }
      if (format.value() == Format.csv) {
        Export.csv(store, text);
      } else {
        Export.json(store, text);
      }
    }
    if (output == null) {
      context.out().print(text);
      context.out().flush();
      return ExitCode.OK;
    }
    AtomicFile.write(context.resolve(output), text.toString());
    context.err().println("exported to " + output);
    return ExitCode.OK;
  }
}
