package dev.pmdrill.tui;

import static dev.pmdrill.tui.Html.escape;
import static dev.pmdrill.tui.Html.meter;

import dev.pmdrill.history.StatsView;
import dev.pmdrill.history.WeakCriterion;
import java.util.Locale;

/** The report's table of the rubric points missed most. */
final class HtmlWeakest {
  private HtmlWeakest() {}

  static void weakest(StringBuilder s, StatsView stats) {
    if (stats.weakest().isEmpty()) {
      return;
    }
    s.append("<section id=\"weakest\">\n<h2>Weakest rubric points</h2>\n<table>\n")
        .append("<thead><tr><th>Rubric point</th><th>Dimension</th><th class=\"num\">Missed</th>")
        .append("<th class=\"meter-cell\"></th></tr></thead>\n<tbody>\n");
    for (WeakCriterion w : stats.weakest()) {
      s.append("<tr><td>you miss <q>")
          .append(escape(w.name()))
          .append("</q> in ")
          .append(w.missed())
          .append(" of ")
          .append(w.seen())
          .append(' ')
          .append(escape(w.category()))
          .append(w.seen() == 1 ? " question" : " questions")
          .append("</td><td>")
          .append(escape(w.dimension().orElse("")))
          .append("</td><td class=\"num\">")
          .append(String.format(Locale.ROOT, "%.0f%%", w.missRate() * 100))
          .append("</td><td class=\"meter-cell\">")
          .append(meter(w.missRate() * 100, "miss"))
          .append("</td></tr>\n");
    }
    s.append("</tbody>\n</table>\n</section>\n");
  }
}
