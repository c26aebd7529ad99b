package dev.pmdrill.tui;

import static dev.pmdrill.tui.Html.clamp;
import static dev.pmdrill.tui.Html.escape;
import static dev.pmdrill.tui.Html.num;
import static dev.pmdrill.tui.Html.shorten;

import dev.pmdrill.history.StatsView;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The report's bar chart of the average total per category. */
final class HtmlAverages {
  private HtmlAverages() {}

  static void averages(StringBuilder s, StatsView stats, Map<String, String> colors) {
    List<StatsView.Group> groups = stats.categories();
    if (groups.isEmpty()) {
      return;
    }
    int label = 190;
    int bar = 480;
    int row = 28;
    int width = label + bar + 90;
    int plotH = groups.size() * row + 8;
    int height = plotH + 18;
    s.append("<section id=\"averages\">\n<h2>Average by category</h2>\n")
        .append("<svg class=\"chart\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" aria-label=\"Average total per category, 0 to 100\">\n");
    for (int tick = 0; tick <= 100; tick += 25) {
      double px = label + bar * tick / 100.0;
      s.append("<line class=\"grid\" x1=\"")
          .append(num(px))
          .append("\" x2=\"")
          .append(num(px))
          .append("\" y1=\"0\" y2=\"")
          .append(plotH)
          .append("\"/><text class=\"axis\" x=\"")
          .append(num(px))
          .append("\" y=\"")
          .append(height - 3)
          .append("\" text-anchor=\"middle\">")
          .append(tick)
          .append("</text>\n");
    }
    for (int i = 0; i < groups.size(); i++) {
      StatsView.Group g = groups.get(i);
      int y = i * row + 4;
      double w = bar * clamp(g.average()) / 100.0;
      s.append("<text class=\"label\" x=\"")
          .append(label - 8)
          .append("\" y=\"")
          .append(y + 15)
          .append("\" text-anchor=\"end\">")
          .append(escape(shorten(g.name(), 26)))
          .append("</text><rect x=\"")
          .append(label)
          .append("\" y=\"")
          .append(y + 2)
          .append("\" width=\"")
          .append(num(w))
          .append("\" height=\"")
          .append(row - 8)
          .append("\" rx=\"2\" fill=\"")
          .append(colors.get(g.name()))
          .append("\"><title>")
          .append(escape(g.name()))
          .append(String.format(Locale.ROOT, ": average %.1f, best %d, ", g.average(), g.best()))
          .append(g.attempts())
          .append(g.attempts() == 1 ? " attempt" : " attempts")
          .append("</title></rect><text class=\"value\" x=\"")
          .append(num(label + w + 6))
          .append("\" y=\"")
          .append(y + 15)
          .append("\">")
          .append(String.format(Locale.ROOT, "%.1f", g.average()))
          .append(" · ")
          .append(g.attempts())
          .append("</text>\n");
    }
    s.append("</svg>\n<p class=\"note\">Average total (0-100) · number of attempts.</p>\n")
        .append("</section>\n");
  }
}
