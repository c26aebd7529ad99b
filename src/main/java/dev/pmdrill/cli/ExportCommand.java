package dev.pmdrill.cli;

import dev.pmdrill.history.Export;
import dev.pmdrill.history.HistoryStore;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
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

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "json",
      description = "json (default) or csv.")
  Format format;

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
    try (HistoryStore store = HistoryStore.open(history.dataDir(context), Clock.systemUTC())) {
      if (format == Format.csv) {
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
    Path target = context.resolve(output).toAbsolutePath();
    Path tmp = Files.createTempFile(target.getParent(), ".pmdrill-export", ".tmp");
    try {
      Files.writeString(tmp, text.toString(), StandardCharsets.UTF_8);
      try {
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      Files.deleteIfExists(tmp);
    }
    context.err().println("exported to " + output);
    return ExitCode.OK;
  }
}
