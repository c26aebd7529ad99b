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
      names = {"--html", "-o"},
      paramLabel = "FILE",
      required = true,
      description =
          "Write the report to FILE (atomically); it needs no network to open. -o is the same,"
              + " as for export.")
  String html;

  ReportCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    Path target = context.resolve(html).toAbsolutePath();
    Path folder = target.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new ExitException(ExitCode.USAGE, "no such folder for --html: " + folder);
    }
    if (Files.isDirectory(target)) {
      throw new ExitException(ExitCode.USAGE, "--html names a folder, not a file: " + html);
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
                + html
                + " ("
                + view.attempts()
                + (view.attempts() == 1 ? " attempt" : " attempts")
                + shown
                + ")");
    context.err().flush();
    return ExitCode.OK;
  }
}
