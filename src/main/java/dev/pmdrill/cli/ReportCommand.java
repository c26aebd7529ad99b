package dev.pmdrill.cli;

import dev.pmdrill.bank.Catalog;
import dev.pmdrill.history.HistoryStore;
import dev.pmdrill.history.Stats;
import dev.pmdrill.history.StatsView;
import dev.pmdrill.history.StoredAttemptRow;
import dev.pmdrill.review.AnswerMarks;
import dev.pmdrill.review.StoredAnswerMarking;
import dev.pmdrill.session.AtomicFile;
import dev.pmdrill.tui.HtmlReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pmdrill report --html FILE}: progress and the answers themselves as one HTML page. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description =
        "Write a self-contained HTML report: trend and averages per category, weakest rubric"
            + " points, readiness, and your recent answers with their evidence marked.")
final class ReportCommand implements Callable<Integer> {
  private final Context context;

  @Mixin HistoryOptions history;

  @Option(
      names = "--html",
      arity = "0..1",
      fallbackValue = "",
      paramLabel = "FILE",
      description = "Write the report, as HTML, to FILE (atomically); it needs no network to open.")
  String html;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "The file to write, as for export: report -o FILE, or report --html -o FILE.")
  String output;

  ReportCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    String file = file();
    Path target = context.resolve(file).toAbsolutePath();
    Path folder = target.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new ExitException(ExitCode.USAGE, "no such folder for --html: " + folder);
    }
    if (Files.isDirectory(target)) {
      throw new ExitException(ExitCode.USAGE, "--html names a folder, not a file: " + file);
    }
    StatsView view;
    List<StoredAttemptRow> rows;
    Map<Long, AnswerMarks> marks = new HashMap<>();
    try (HistoryStore store = history.openToRead(context)) {
      view = Stats.compute(store, context.clock(), Stats.P7_WEIGHTS);
      rows = store.attempts(HtmlReport.MAX_ATTEMPTS);
      Catalog catalog = context.builtIns().catalog();
      for (StoredAttemptRow row : rows) {
        if (!row.attempt().skipped()) {
          marks.put(row.id(), StoredAnswerMarking.marks(store, catalog, row));
        }
      }
    }
    String page =
        HtmlReport.render(
            view,
            rows,
            marks,
            context.clock().getZone(),
            StoredAnswerMarking.rehearsals(context.builtIns().catalog(), rows, context.clock()));
    try {
      AtomicFile.write(target, page);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String shown = view.attempts() > rows.size() ? ", the newest " + rows.size() + " listed" : "";
    context
        .err()
        .println(
            "wrote "
                + file
                + " ("
                + view.attempts()
                + (view.attempts() == 1 ? " attempt" : " attempts")
                + shown
                + ")");
    context.err().flush();
    return ExitCode.OK;
  }

  /** The one file named by --html FILE, -o FILE, or --html -o FILE. */
  private String file() {
    boolean named = html != null && !html.isEmpty();
    if (named && output != null && !html.equals(output)) {
      throw new ExitException(
          ExitCode.USAGE,
          "--html names " + html + " and -o names " + output + ": give the file once");
    }
    String file = output != null ? output : named ? html : null;
    if (file == null || file.isBlank()) {
      throw new ExitException(
          ExitCode.USAGE, "report needs the file to write: report --html FILE (or -o FILE)");
    }
    return file;
  }
}
