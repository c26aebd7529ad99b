package dev.pmdrill.tui;

import static dev.pmdrill.tui.Html.DAY;
import static dev.pmdrill.tui.Html.escape;
import static dev.pmdrill.tui.Html.num;

import dev.pmdrill.history.StoredAttemptRow;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The report's trend chart: the daily average total of each category, as SVG lines. */
final class HtmlTrend {
  private HtmlTrend() {}

  // The trend chart's geometry, in SVG user units.
  private static final int TREND_W = 760;
  private static final int TREND_H = 280;
  private static final int LEFT = 44;
  private static final int RIGHT = 16;
  private static final int TOP = 12;
  private static final int BOTTOM = 36;

  static void trend(
      StringBuilder s, List<StoredAttemptRow> rows, Map<String, String> colors, ZoneId zone) {
    // category -> day -> {attempts, sum of totals}
    Map<String, TreeMap<LocalDate, long[]>> byCategory = new TreeMap<>();
    for (StoredAttemptRow r : rows) {
      if (r.attempt().skipped()) {
        continue;
      }
      long[] sum =
          byCategory
              .computeIfAbsent(r.attempt().category(), c -> new TreeMap<>())
              .computeIfAbsent(LocalDate.ofInstant(r.at(), zone), d -> new long[2]);
      sum[0]++;
      sum[1] += r.attempt().total();
    }
    s.append("<section id=\"trend\">\n<h2>Trend by category</h2>\n");
    if (byCategory.isEmpty()) {
      s.append("<p class=\"note\">No answered attempts to chart.</p>\n</section>\n");
      return;
    }
    s.append("<p class=\"note\">Daily average total of the listed attempts, per category.");
    if (byCategory.values().stream().allMatch(days -> days.size() == 1)) {
      s.append(" Each category has one day so far: lines appear as you practise on more days.");
    }
    s.append("</p>\n");
    LocalDate first =
        byCategory.values().stream()
            .map(TreeMap::firstKey)
            .min(Comparator.naturalOrder())
            .orElseThrow();
    LocalDate last =
        byCategory.values().stream()
            .map(TreeMap::lastKey)
            .max(Comparator.naturalOrder())
            .orElseThrow();
    long span = ChronoUnit.DAYS.between(first, last);
    double plotW = TREND_W - LEFT - RIGHT;
    double plotH = TREND_H - TOP - BOTTOM;
    s.append("<svg class=\"chart\" viewBox=\"0 0 ")
        .append(TREND_W)
        .append(' ')
        .append(TREND_H)
        .append("\" role=\"img\" aria-label=\"Daily average total per category, 0 to 100\">\n");
    for (int y = 0; y <= 100; y += 25) {
      double py = TOP + plotH * (1 - y / 100.0);
      s.append("<line class=\"grid\" x1=\"")
          .append(LEFT)
          .append("\" x2=\"")
          .append(TREND_W - RIGHT)
          .append("\" y1=\"")
          .append(num(py))
          .append("\" y2=\"")
          .append(num(py))
          .append("\"/><text class=\"axis\" x=\"")
          .append(LEFT - 6)
          .append("\" y=\"")
          .append(num(py + 4))
          .append("\" text-anchor=\"end\">")
          .append(y)
          .append("</text>\n");
    }
    List<LocalDate> ticks =
        new ArrayList<>(new LinkedHashSet<>(List.of(first, first.plusDays(span / 2), last)));
    for (int i = 0; i < ticks.size(); i++) {
      LocalDate d = ticks.get(i);
      String anchor =
          ticks.size() == 1
              ? "middle"
              : i == 0 ? "start" : i == ticks.size() - 1 ? "end" : "middle";
      s.append("<text class=\"axis\" x=\"")
          .append(num(x(d, first, span, plotW)))
          .append("\" y=\"")
          .append(TREND_H - 12)
          .append("\" text-anchor=\"")
          .append(anchor)
          .append("\">")
          .append(DAY.format(d))
          .append("</text>\n");
    }
    byCategory.forEach(
        (category, days) -> {
          String color = colors.get(category);
          StringBuilder points = new StringBuilder();
          StringBuilder dots = new StringBuilder();
          days.forEach(
              (day, sum) -> {
                double avg = sum[1] / (double) sum[0];
                String px = num(x(day, first, span, plotW));
                String py = num(TOP + plotH * (1 - avg / 100.0));
                points.append(points.length() == 0 ? "" : " ").append(px).append(',').append(py);
                dots.append("<circle cx=\"")
                    .append(px)
                    .append("\" cy=\"")
                    .append(py)
                    .append("\" r=\"3.5\" fill=\"")
                    .append(color)
                    .append("\"><title>")
                    .append(escape(category))
                    .append(' ')
                    .append(DAY.format(day))
                    .append(": ")
                    .append(String.format(Locale.ROOT, "%.0f", avg))
                    .append(" (")
                    .append(sum[0])
                    .append(sum[0] == 1 ? " attempt" : " attempts")
                    .append(")</title></circle>\n");
              });
          s.append("<g>\n");
          if (days.size() > 1) {
            s.append("<polyline fill=\"none\" stroke=\"")
                .append(color)
                .append("\" stroke-width=\"2\" points=\"")
                .append(points)
                .append("\"/>\n");
          }
          s.append(dots).append("</g>\n");
        });
    s.append("</svg>\n<ul class=\"legend\">\n");
    byCategory
        .keySet()
        .forEach(
            category ->
                s.append("<li>")
                    .append(swatch(colors.get(category)))
                    .append(escape(category))
                    .append("</li>\n"));
    s.append("</ul>\n</section>\n");
  }

  private static double x(LocalDate day, LocalDate first, long span, double plotW) {
    if (span == 0) {
      return LEFT + plotW / 2;
    }
    return LEFT + plotW * ChronoUnit.DAYS.between(first, day) / span;
  }

  static String swatch(String color) {
    return "<svg class=\"swatch\" viewBox=\"0 0 12 12\" aria-hidden=\"true\"><rect width=\"12\""
        + " height=\"12\" rx=\"2\" fill=\""
        + color
        + "\"/></svg>";
  }
}
