package dev.pmdrill.tui;

import dev.pmdrill.history.StatsView;
import dev.pmdrill.history.StoredAttemptRow;
import dev.pmdrill.review.AnswerMarks;
import dev.pmdrill.review.Rehearsals;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The progress report as one self-contained HTML5 page: inline CSS and inline SVG charts, no
 * script, no font, no address outside the page, light and dark by {@code prefers-color-scheme},
 * print-friendly. Pure: the stats view, the stored attempts, the evidence to mark in each answer
 * and a time zone for dates in; the page out. Every piece of user text is escaped.
 */
public final class HtmlReport {
  /** At most this many attempts are listed, the newest first. */
  public static final int MAX_ATTEMPTS = 200;

  private static final String[] PALETTE = {
    "#4e79a7", "#f28e2b", "#e15759", "#59a14f", "#b07aa1",
    "#76b7b2", "#edc948", "#ff9da7", "#9c755f", "#8c8c8c"
  };

  private HtmlReport() {}

  public static String render(
      StatsView stats, List<StoredAttemptRow> attempts, Map<Long, AnswerMarks> marks, ZoneId zone) {
    return render(stats, attempts, marks, zone, Rehearsals.none());
  }

  /**
   * @param attempts stored attempts, newest first; only the first {@link #MAX_ATTEMPTS} are used
   * @param marks the evidence of each attempt by row id; an attempt not in the map is shown plain
   * @param zone the time zone dates are shown in
   */
  public static String render(
      StatsView stats,
      List<StoredAttemptRow> attempts,
      Map<Long, AnswerMarks> marks,
      ZoneId zone,
      Rehearsals rehearsals) {
    List<StoredAttemptRow> rows = attempts.stream().limit(MAX_ATTEMPTS).toList();
    StringBuilder s = new StringBuilder(16_384 + rows.size() * 2_048);
    s.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"color-scheme\" content=\"light dark\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\"")
        .append(" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
        .append("<title>pmdrill report</title>\n<style>\n")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n");
    header(s, stats, rows, zone);
    if (stats.attempts() == 0 && rows.isEmpty()) {
      s.append("<p class=\"empty\">No attempts yet. Drill a question (<code>pmdrill drill</code>)")
          .append(" and your progress shows here.</p>\n</body>\n</html>\n");
      return s.toString();
    }
    Map<String, String> colors = colors(stats, rows);
    s.append("<main>\n");
    HtmlTrend.trend(s, rows, colors, zone);
    HtmlAverages.averages(s, stats, colors);
    HtmlWeakest.weakest(s, stats);
    HtmlReadiness.readiness(s, stats);
    HtmlMaterial.material(s, rows, zone, rehearsals);
    HtmlAttempts.attemptList(s, stats, rows, marks, zone);
    s.append("</main>\n</body>\n</html>\n");
    return s.toString();
  }

  private static void header(
      StringBuilder s, StatsView stats, List<StoredAttemptRow> rows, ZoneId zone) {
    s.append("<header>\n<h1>pmdrill report</h1>\n<p class=\"sub\">");
    long total = Math.max(stats.attempts(), rows.size());
    s.append(total).append(total == 1 ? " attempt" : " attempts");
    if (!rows.isEmpty()) {
      String from = Html.DAY.format(rows.get(rows.size() - 1).at().atZone(zone));
      String to = Html.DAY.format(rows.get(0).at().atZone(zone));
      if (total > rows.size()) {
        s.append("; the newest ").append(rows.size()).append(" are listed, from ");
      } else {
        s.append(", from ");
      }
      s.append(from).append(" to ").append(to);
    }
    s.append("</p>\n</header>\n");
  }

  /** A colour per category, by name, so the trend and the bars agree. */
  private static Map<String, String> colors(StatsView stats, List<StoredAttemptRow> rows) {
    Set<String> names = new TreeSet<>();
    stats.categories().forEach(g -> names.add(g.name()));
    rows.forEach(r -> names.add(r.attempt().category()));
    Map<String, String> colors = new LinkedHashMap<>();
    for (String name : names) {
      colors.put(name, PALETTE[colors.size() % PALETTE.length]);
    }
    return colors;
  }

  /** The stylesheet, kept beside this class as {@code report.css} and inlined into every page. */
  private static final String CSS = stylesheet();

  private static String stylesheet() {
    try (java.io.InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
      if (in == null) {
        throw new IllegalStateException("report.css is missing from the build");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
