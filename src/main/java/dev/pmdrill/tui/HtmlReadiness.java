package dev.pmdrill.tui;

import static dev.pmdrill.tui.Html.escape;
import static dev.pmdrill.tui.Html.meter;
import static dev.pmdrill.tui.Html.number;

import dev.pmdrill.history.StatsView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The report's readiness per dimension, the P7 figure and the habits (overtime, self-rating). */
final class HtmlReadiness {
  private HtmlReadiness() {}

  static void readiness(StringBuilder s, StatsView stats) {
    StatsView.Readiness p7 = stats.p7();
    boolean practised = p7.pillars().stream().anyMatch(p -> p.criteria() > 0);
    if (stats.dimensions().isEmpty() && !practised) {
      return;
    }
    s.append("<section id=\"readiness\">\n<h2>Readiness</h2>\n");
    if (practised) {
      s.append("<p class=\"p7\">P7 readiness <strong>")
          .append(String.format(Locale.ROOT, "%.0f/100", p7.overall()))
          .append("</strong> - weakest pillar: <strong>")
          .append(escape(p7.weakest()))
          .append("</strong></p>\n");
    }
    s.append("<table>\n<thead><tr><th>Dimension</th><th class=\"num\">Rubric points</th>")
        .append("<th class=\"num\">Readiness</th><th class=\"meter-cell\"></th></tr></thead>\n")
        .append("<tbody>\n");
    Map<String, StatsView.Pillar> pillars = new LinkedHashMap<>();
    p7.pillars().forEach(p -> pillars.put(p.name(), p));
    for (StatsView.Dimension d : stats.dimensions()) {
      StatsView.Pillar pillar = pillars.get(d.name());
      s.append("<tr><td>").append(escape(d.name()));
      if (pillar != null) {
        s.append(" <span class=\"tag\">P7 ×").append(number(pillar.weight())).append("</span>");
      }
      s.append("</td><td class=\"num\">")
          .append(d.criteria())
          .append("</td><td class=\"num\">")
          .append(String.format(Locale.ROOT, "%.1f", d.readiness()))
          .append("</td><td class=\"meter-cell\">")
          .append(meter(d.readiness(), "ready"))
          .append("</td></tr>\n");
    }
    for (StatsView.Pillar p : p7.pillars()) {
      if (p.criteria() == 0 && practised) {
        s.append("<tr class=\"unpractised\"><td>")
            .append(escape(p.name()))
            .append(" <span class=\"tag\">P7 ×")
            .append(number(p.weight()))
            .append("</span></td><td class=\"num\">0</td><td class=\"num\">-</td>")
            .append("<td class=\"meter-cell\">not practised yet</td></tr>\n");
      }
    }
    s.append("</tbody>\n</table>\n");
    List<String> habits = new ArrayList<>();
    stats
        .overtimeRate()
        .ifPresent(
            r ->
                habits.add(
                    String.format(Locale.ROOT, "Over time in %.0f%% of timed answers.", r * 100)));
    stats
        .selfRating()
        .meanDifference()
        .ifPresent(
            d ->
                habits.add(
                    String.format(
                        Locale.ROOT,
                        "Self-ratings vs scores: %s by %.0f points on average (%d rated).",
                        d >= 0 ? "you rate yourself higher" : "you rate yourself lower",
                        Math.abs(d),
                        stats.selfRating().rated())));
    for (String h : habits) {
      s.append("<p class=\"note\">").append(escape(h)).append("</p>\n");
    }
    s.append("</section>\n");
  }
}
