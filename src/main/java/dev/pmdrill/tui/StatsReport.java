package dev.pmdrill.tui;

import dev.pmdrill.history.StatsView;
import dev.pmdrill.history.WeakCriterion;
import java.util.List;
import java.util.Locale;

/** Progress at a glance: totals, a trend sparkline, the weakest rubric points, readiness. Pure. */
public final class StatsReport {
  private static final String SPARKS = "▁▂▃▄▅▆▇█";

  private StatsReport() {}

  public static String render(StatsView v, long dueToday, long dueThisWeek, boolean color) {
    Style style = new Style(color);
    StringBuilder s = new StringBuilder();
    if (v.attempts() == 0) {
      return "No attempts yet. Drill a question ('pmdrill drill') and your progress shows here.\n";
    }
    s.append(style.bold("Attempts: " + v.attempts())).append('\n');
    groups(s, style, "By category", v.categories());
    groups(s, style, "By bank", v.banks());
    s.append('\n')
        .append(style.bold("Trend, last 30 days"))
        .append("  ")
        .append(sparkline(v.trend()))
        .append('\n');
    if (!v.weakest().isEmpty()) {
      s.append('\n').append(style.bold("Weakest rubric points")).append('\n');
      for (WeakCriterion w : v.weakest()) {
        s.append(
            String.format(
                Locale.ROOT,
                "  you miss '%s' in %d of %d %s questions%s%n",
                w.name(),
                w.missed(),
                w.seen(),
                w.category(),
                w.dimension().map(d -> " (" + d + ")").orElse("")));
      }
    }
    v.overtimeRate()
        .ifPresent(
            r ->
                s.append(
                    String.format(
                        Locale.ROOT, "%nOver time in %.0f%% of timed answers%n", r * 100)));
    v.selfRating()
        .meanDifference()
        .ifPresent(
            d ->
                s.append(
                    String.format(
                        Locale.ROOT,
                        "Self-ratings vs scores: %s by %.0f points on average (%d rated)%n",
                        d >= 0 ? "you rate yourself higher" : "you rate yourself lower",
                        Math.abs(d),
                        v.selfRating().rated())));
    if (!v.dimensions().isEmpty()) {
      s.append('\n').append(style.bold("Readiness by dimension")).append('\n');
      for (StatsView.Dimension d : v.dimensions()) {
        s.append(String.format(Locale.ROOT, "  %-22s %5.1f%n", d.name(), d.readiness()));
      }
    }
    StatsView.Readiness p7 = v.p7();
    if (p7.pillars().stream().anyMatch(p -> p.criteria() > 0)) {
      s.append(
          String.format(
              Locale.ROOT, "%nP7 readiness %.0f/100 - weakest: %s%n", p7.overall(), p7.weakest()));
    }
    s.append(
        String.format(
            Locale.ROOT,
            "%nDue for review: %d today, %d this week ('pmdrill drill --due')%n",
            dueToday,
            dueThisWeek));
    return s.toString();
  }

  private static void groups(
      StringBuilder s, Style style, String title, List<StatsView.Group> groups) {
    s.append('\n').append(style.bold(title)).append('\n');
    for (StatsView.Group g : groups) {
      s.append(
          String.format(
              Locale.ROOT,
              "  %-18s %4d %-8s  average %5.1f  best %3d%n",
              g.name(),
              g.attempts(),
              g.attempts() == 1 ? "attempt" : "attempts",
              g.average(),
              g.best()));
    }
  }

  static String sparkline(List<StatsView.Day> days) {
    StringBuilder s = new StringBuilder();
    for (StatsView.Day d : days) {
      if (d.attempts() == 0) {
        s.append(' ');
      } else {
        int level =
            (int)
                Math.min(
                    SPARKS.length() - 1, Math.round(d.average() / 100.0 * (SPARKS.length() - 1)));
        s.append(SPARKS.charAt(level));
      }
    }
    return s.toString();
  }
}
