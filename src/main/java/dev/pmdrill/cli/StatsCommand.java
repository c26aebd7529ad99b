package dev.pmdrill.cli;

import dev.pmdrill.history.HistoryStore;
import dev.pmdrill.history.Stats;
import dev.pmdrill.history.StatsView;
import dev.pmdrill.tui.StatsReport;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code pmdrill stats}: progress over every stored attempt. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = "Show progress: averages, trend, weakest rubric points, readiness, what is due.")
final class StatsCommand implements Callable<Integer> {
  private final Context context;

  @Mixin HistoryOptions history;

  StatsCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    try (HistoryStore store = history.openToRead(context)) {
      context.out().print(report(store, context.clock(), context.color()));
    }
    context.out().flush();
    return ExitCode.OK;
  }

  /** The report of the history in {@code store}; the class-data training renders one too. */
  static String report(HistoryStore store, Clock clock, boolean color) {
    StatsView view = Stats.compute(store, clock, Stats.P7_WEIGHTS);
    Instant now = clock.instant();
    long today = store.countDue(now);
    long week = store.countDueThisWeek(now);
    return StatsReport.render(view, today, week, color);
  }
}
