package dev.pmdrill.cli;

import dev.pmdrill.history.HistoryStore;
import dev.pmdrill.history.Stats;
import dev.pmdrill.history.StatsView;
import dev.pmdrill.tui.StatsReport;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code pmdrill stats}: progress over every stored attempt. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = "Show progress: averages, trend, weakest rubric points, readiness, what is due.")
final class StatsCommand implements Callable<Integer> {
  /** The P7 pillars weighted as the domain notes rank them: depth and leadership first. */
  static final Map<String, Double> P7_WEIGHTS =
      Map.of(
          "technical-depth", 3.0, "leadership", 3.0, "business-acumen", 2.0, "communication", 2.0);

  private final Context context;

  @Mixin HistoryOptions history;

  StatsCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    try (HistoryStore store = history.openToRead(context)) {
      context.out().print(report(store, Clock.systemDefaultZone(), context.color()));
    }
    context.out().flush();
    return ExitCode.OK;
  }

  /** The report of the history in {@code store}; the class-data training renders one too. */
  static String report(HistoryStore store, Clock clock, boolean color) {
    StatsView view = Stats.compute(store, clock, P7_WEIGHTS);
    Instant now = clock.instant();
    long today = store.countDue(now);
    long week = store.countDueThisWeek(now);
    return StatsReport.render(view, today, week, color);
  }
}
