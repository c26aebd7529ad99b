package dev.pmdrill.tui;

import dev.pmdrill.history.StatsView;
import dev.pmdrill.history.StoredAttempt;
import dev.pmdrill.history.StoredAttemptRow;
import dev.pmdrill.history.StoredCriterion;
import dev.pmdrill.history.WeakCriterion;
import dev.pmdrill.review.Coverage;
import dev.pmdrill.review.MaterialQuestions;
import dev.pmdrill.review.PacketReview;
import dev.pmdrill.review.StoryBankReview;
import dev.pmdrill.review.StoryReview;
import dev.pmdrill.scoring.ScorerVersion;
import dev.pmdrill.session.BoardOutcome;
import dev.pmdrill.session.Points;
import dev.pmdrill.session.ReviewerVote;
import dev.pmdrill.text.Span;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  // The trend chart's geometry, in SVG user units.
  private static final int TREND_W = 760;
  private static final int TREND_H = 280;
  private static final int LEFT = 44;
  private static final int RIGHT = 16;
  private static final int TOP = 12;
  private static final int BOTTOM = 36;

  private HtmlReport() {}

  /** One stretch of an answer that earned credit, or cost points ({@code avoid}). */
  public record Highlight(Span span, String criterion, boolean penalty) {
    public Highlight {
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(criterion, "criterion");
    }
  }

  /**
   * The evidence marked in one answer, or why there is none: a question gone from the catalog or a
   * rubric changed since the attempt (its old evidence cannot be found again).
   */
  public record Marks(List<Highlight> highlights, Optional<String> unavailable) {
    public Marks {
      highlights = List.copyOf(highlights);
      Objects.requireNonNull(unavailable, "unavailable");
    }

    public static Marks of(List<Highlight> highlights) {
      return new Marks(highlights, Optional.empty());
    }

    public static Marks unavailable(String why) {
      return new Marks(List.of(), Optional.of(why));
    }
  }

  /**
   * @param attempts stored attempts, newest first; only the first {@link #MAX_ATTEMPTS} are used
   * @param marks the evidence of each attempt by row id; an attempt not in the map is shown plain
   * @param zone the time zone dates are shown in
   */
  /**
   * The reviews of the candidate's latest rehearsals of their own stories and packet examples:
   * which values and themes the stories show, and how the board would vote on the examples.
   */
  public record Rehearsals(Optional<StoryBankReview> stories, Optional<PacketReview> packet) {
    public Rehearsals {
      Objects.requireNonNull(stories, "stories");
      Objects.requireNonNull(packet, "packet");
    }

    public static Rehearsals none() {
      return new Rehearsals(Optional.empty(), Optional.empty());
    }
  }

  public static String render(
      StatsView stats, List<StoredAttemptRow> attempts, Map<Long, Marks> marks, ZoneId zone) {
    return render(stats, attempts, marks, zone, Rehearsals.none());
  }

  public static String render(
      StatsView stats,
      List<StoredAttemptRow> attempts,
      Map<Long, Marks> marks,
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
    trend(s, rows, colors, zone);
    averages(s, stats, colors);
    weakest(s, stats);
    readiness(s, stats);
    material(s, rows, zone, rehearsals);
    attemptList(s, stats, rows, marks, zone);
    s.append("</main>\n</body>\n</html>\n");
    return s.toString();
  }

  private static void header(
      StringBuilder s, StatsView stats, List<StoredAttemptRow> rows, ZoneId zone) {
    s.append("<header>\n<h1>pmdrill report</h1>\n<p class=\"sub\">");
    long total = Math.max(stats.attempts(), rows.size());
    s.append(total).append(total == 1 ? " attempt" : " attempts");
    if (!rows.isEmpty()) {
      String from = DAY.format(rows.get(rows.size() - 1).at().atZone(zone));
      String to = DAY.format(rows.get(0).at().atZone(zone));
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

  private static void trend(
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

  private static String swatch(String color) {
    return "<svg class=\"swatch\" viewBox=\"0 0 12 12\" aria-hidden=\"true\"><rect width=\"12\""
        + " height=\"12\" rx=\"2\" fill=\""
        + color
        + "\"/></svg>";
  }

  private static void averages(StringBuilder s, StatsView stats, Map<String, String> colors) {
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

  private static void weakest(StringBuilder s, StatsView stats) {
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

  private static void readiness(StringBuilder s, StatsView stats) {
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

  private static String meter(double value, String kind) {
    return "<svg class=\"meter "
        + kind
        + "\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" aria-hidden=\"true\">"
        + "<rect class=\"track\" width=\"100\" height=\"10\" rx=\"2\"/>"
        + "<rect class=\"fill\" width=\""
        + num(clamp(value))
        + "\" height=\"10\" rx=\"2\"/></svg>";
  }

  /**
   * The candidate's own stories and packet examples rehearsed with {@code drill --story} or {@code
   * --packet-example}: per piece the attempts, best and latest score, and the rubric point missed
   * most, linked to the latest answer below.
   */
  private static void material(
      StringBuilder s, List<StoredAttemptRow> rows, ZoneId zone, Rehearsals rehearsals) {
    Map<String, List<StoredAttemptRow>> byPiece = new LinkedHashMap<>();
    for (StoredAttemptRow row : rows) {
      String category = row.attempt().category();
      if (category.equals(MaterialQuestions.STORY_CATEGORY)
          || category.equals(MaterialQuestions.PACKET_CATEGORY)) {
        byPiece.computeIfAbsent(row.attempt().questionId(), k -> new ArrayList<>()).add(row);
      }
    }
    if (byPiece.isEmpty()) {
      return;
    }
    s.append("<section id=\"material\">\n<h2>Your stories and packet</h2>\n")
        .append("<p class=\"note\">Rehearsed with <code>drill --story</code> and")
        .append(" <code>drill --packet-example</code>.</p>\n<table>\n<thead><tr><th>Piece</th>")
        .append("<th>Kind</th><th class=\"num\">Attempts</th><th class=\"num\">Best</th>")
        .append("<th class=\"num\">Latest</th><th>Missed most</th></tr></thead>\n<tbody>\n");
    for (Map.Entry<String, List<StoredAttemptRow>> e : byPiece.entrySet()) {
      List<StoredAttemptRow> tries = e.getValue();
      StoredAttempt latest = tries.get(0).attempt();
      int best = tries.stream().mapToInt(r -> r.attempt().total()).max().orElse(0);
      Map<String, Integer> missed = new TreeMap<>();
      for (StoredAttemptRow r : tries) {
        for (StoredCriterion c : r.attempt().criteria()) {
          if (c.missed() && c.weight() > 0 && c.penalty() == 0) {
            missed.merge(c.name(), 1, Integer::sum);
          }
        }
      }
      String most =
          missed.entrySet().stream()
              .max(Map.Entry.comparingByValue())
              .map(m -> m.getKey() + " (" + m.getValue() + " of " + tries.size() + ")")
              .orElse("nothing");
      String name = e.getKey().substring(e.getKey().indexOf(':') + 1).replace('-', ' ');
      s.append("<tr><td><a href=\"#attempt-")
          .append(tries.get(0).id())
          .append("\">")
          .append(escape(name))
          .append("</a></td><td>")
          .append(latest.category().equals(MaterialQuestions.STORY_CATEGORY) ? "story" : "packet")
          .append("</td><td class=\"num\">")
          .append(tries.size())
          .append("</td><td class=\"num\">")
          .append(best)
          .append("</td><td class=\"num\"><span class=\"total band-")
          .append(latest.band().label())
          .append("\">")
          .append(latest.total())
          .append(' ')
          .append(latest.band().label())
          .append("</span> ")
          .append(DAY.format(tries.get(0).at().atZone(zone)))
          .append("</td><td>")
          .append(escape(most))
          .append("</td></tr>\n");
    }
    s.append("</tbody>\n</table>\n");
    rehearsals.stories().ifPresent(r -> storyCoverage(s, r));
    rehearsals.packet().ifPresent(r -> board(s, r));
    s.append("</section>\n");
  }

  /** The coverage matrix of the latest rehearsal of each story, and what no story shows. */
  private static void storyCoverage(StringBuilder s, StoryBankReview review) {
    s.append("<h3>Values and themes your stories show</h3>\n")
        .append("<p class=\"note\">From the latest rehearsal of each story:")
        .append(" \u2713 shown, ~ in part.</p>\n<table>\n<thead><tr><th>Story</th>");
    for (StoryBankReview.Column c : review.columns()) {
      s.append("<th title=\"")
          .append(escape(c.name()))
          .append("\">")
          .append(escape(c.id().replace('-', ' ')))
          .append("</th>");
    }
    s.append("</tr></thead>\n<tbody>\n");
    for (StoryReview story : review.stories()) {
      s.append("<tr><td>").append(escape(story.story().title())).append("</td>");
      for (StoryBankReview.Column c : review.columns()) {
        Coverage cov = review.coverage(story, c);
        s.append("<td class=\"cov-")
            .append(cov.label())
            .append("\">")
            .append(cov == Coverage.MET ? "\u2713" : cov == Coverage.PARTIAL ? "~" : "")
            .append("</td>");
      }
      s.append("</tr>\n");
    }
    s.append("</tbody>\n</table>\n");
    List<String> gaps =
        review.gaps().stream().filter(g -> !g.contains("the guide asks for")).toList();
    if (!gaps.isEmpty()) {
      s.append("<ul class=\"gaps\">\n");
      gaps.forEach(g -> s.append("<li>").append(escape(g)).append("</li>\n"));
      s.append("</ul>\n");
    }
  }

  /** How the review board would vote on the latest rehearsal of each packet example. */
  private static void board(StringBuilder s, PacketReview review) {
    BoardOutcome board = review.board();
    s.append("<h3>The board on your packet examples</h3>\n<p class=\"note\">")
        .append("From the latest rehearsal of each example, as the ")
        .append(escape(review.track().id()))
        .append(" track: ")
        .append(escape(board.summary()))
        .append(".</p>\n<table>\n<thead><tr><th>Reviewer</th><th class=\"num\">Score</th>")
        .append("<th class=\"num\">Bar</th><th>Vote</th><th>Would ask</th></tr></thead>\n")
        .append("<tbody>\n");
    for (ReviewerVote v : board.votes()) {
      s.append("<tr><td>")
          .append(escape(v.reviewer().name()))
          .append("</td><td class=\"num\">")
          .append(v.average().isPresent() ? Points.format(v.average().getAsDouble()) : "-")
          .append("</td><td class=\"num\">")
          .append(Points.format(v.reviewer().bar()))
          .append("</td><td class=\"")
          .append(v.approves() ? "vote-yes\">approve" : "vote-no\">reject")
          .append("</td><td>")
          .append(escape(String.join(" ", v.probes())))
          .append("</td></tr>\n");
    }
    s.append("</tbody>\n</table>\n");
  }

  private static void attemptList(
      StringBuilder s,
      StatsView stats,
      List<StoredAttemptRow> rows,
      Map<Long, Marks> marks,
      ZoneId zone) {
    if (rows.isEmpty()) {
      return;
    }
    s.append("<section id=\"attempts\">\n<h2>Attempts</h2>\n");
    if (stats.attempts() > rows.size()) {
      s.append("<p class=\"note\">The newest ")
          .append(rows.size())
          .append(" of ")
          .append(stats.attempts())
          .append(".</p>\n");
    }
    s.append("<p class=\"note\"><mark>Marked</mark> words earned credit;")
        .append(" <mark class=\"avoid\">struck</mark> ones cost points.</p>\n");
    for (StoredAttemptRow row : rows) {
      attempt(s, row, Optional.ofNullable(marks.get(row.id())), zone);
    }
    s.append("</section>\n");
  }

  private static void attempt(
      StringBuilder s, StoredAttemptRow row, Optional<Marks> marks, ZoneId zone) {
    StoredAttempt a = row.attempt();
    String band = a.skipped() ? "skipped" : a.band().label();
    s.append("<article id=\"attempt-")
        .append(row.id())
        .append("\">\n<h3><span class=\"qid\">")
        .append(escape(a.questionId()))
        .append("</span> <span class=\"total band-")
        .append(band)
        .append("\">")
        .append(a.skipped() ? "skipped" : a.total() + "/100 " + band)
        .append("</span></h3>\n<p class=\"meta\">")
        .append(MINUTE.format(row.at().atZone(zone)))
        .append(" · ")
        .append(escape(a.mode()));
    a.loop().ifPresent(l -> s.append(" ").append(escape(l)));
    a.round().ifPresent(r -> s.append(", round ").append(escape(r)));
    s.append(" · ").append(escape(a.category()));
    if (!a.bank().equals(a.category())) {
      s.append(" (bank ").append(escape(a.bank())).append(')');
    }
    s.append(" · ").append(clock(a.usedSeconds()));
    if (a.limitSeconds().isPresent()) {
      s.append(" of ").append(clock(a.limitSeconds().getAsLong()));
      if (a.overtime()) {
        s.append(" <span class=\"over\">over time</span>");
      }
    }
    a.selfRating().ifPresent(r -> s.append(" · self-rated ").append(r).append("/5"));
    s.append("</p>\n");
    if (a.olderScorer() && !a.skipped()) {
      s.append("<p class=\"note older\">Scored by ")
          .append(escape(ScorerVersion.older(a.scorer())))
          .append(": today's scorer may score the same answer differently.</p>\n");
    }
    if (a.skipped() || a.answer().isBlank()) {
      s.append("<p class=\"note\">No answer given.</p>\n");
    } else {
      s.append("<div class=\"answer\">")
          .append(marked(a.answer(), marks.map(Marks::highlights).orElse(List.of())))
          .append("</div>\n");
      marks
          .flatMap(Marks::unavailable)
          .ifPresent(
              why ->
                  s.append("<p class=\"note\">Evidence not marked: ")
                      .append(escape(why))
                      .append("</p>\n"));
    }
    List<String> missed =
        a.criteria().stream()
            .filter(c -> c.missed() && c.weight() > 0 && c.penalty() == 0 && !a.skipped())
            .filter(c -> !"avoid".equals(c.kind()) && !"prose".equals(c.kind()))
            .map(StoredCriterion::name)
            .toList();
    List<String> penalised =
        a.criteria().stream().filter(c -> c.penalty() > 0).map(StoredCriterion::name).toList();
    if (!missed.isEmpty()) {
      s.append("<p class=\"missed\">Missed: ")
          .append(escape(String.join(", ", missed)))
          .append("</p>\n");
    }
    if (!penalised.isEmpty()) {
      s.append("<p class=\"missed\">Penalised: ")
          .append(escape(String.join(", ", penalised)))
          .append("</p>\n");
    }
    s.append("</article>\n");
  }

  /**
   * The answer escaped, with each stretch of evidence in a {@code <mark>}; overlapping stretches
   * merge into one mark naming every criterion, and spans outside the text are dropped.
   */
  static String marked(String answer, List<Highlight> highlights) {
    List<Highlight> sorted =
        highlights.stream()
            .filter(h -> h.span().end() <= answer.length() && h.span().length() > 0)
            .sorted(Comparator.comparingInt((Highlight h) -> h.span().start()))
            .toList();
    StringBuilder out = new StringBuilder(answer.length() + sorted.size() * 40);
    int at = 0;
    int i = 0;
    while (i < sorted.size()) {
      Highlight h = sorted.get(i);
      int start = Math.max(h.span().start(), at);
      int end = h.span().end();
      Set<String> names = new LinkedHashSet<>();
      names.add(h.criterion());
      boolean penalty = h.penalty();
      i++;
      while (i < sorted.size() && sorted.get(i).span().start() < end) {
        Highlight next = sorted.get(i);
        end = Math.max(end, next.span().end());
        names.add(next.criterion());
        penalty |= next.penalty();
        i++;
      }
      if (end <= start) {
        continue;
      }
      out.append(escape(answer.substring(at, start)))
          .append(penalty ? "<mark class=\"avoid\" title=\"" : "<mark title=\"")
          .append(escape(String.join("; ", names)))
          .append("\">")
          .append(escape(answer.substring(start, end)))
          .append("</mark>");
      at = end;
    }
    out.append(escape(answer.substring(at)));
    return out.toString();
  }

  /** Text safe in an element or a quoted attribute; control characters become U+FFFD. */
  static String escape(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement =
          switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default ->
                (c < 0x20 && c != '\n' && c != '\t' && c != '\r') || c == 0x7f ? "\uFFFD" : null;
          };
      if (replacement != null && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (replacement != null) {
          out.append(replacement);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }

  private static String clock(long seconds) {
    return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  private static double clamp(double value) {
    return Math.max(0, Math.min(100, value));
  }

  private static String num(double d) {
    String s = String.format(Locale.ROOT, "%.1f", d);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }

  private static String number(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.1f", d);
  }

  private static final String CSS =
      """
      :root {
        color-scheme: light dark;
        --bg: #ffffff; --fg: #1d2026; --muted: #5f6670; --line: #d9dde3; --card: #f6f7f9;
        --mark: #fff1a8; --mark-fg: #1d2026; --avoid: #ffd0cc; --track: #e6e9ee;
        --strong: #1f7a3a; --solid: #3a7d1f; --borderline: #9a6700; --weak: #b42318;
        --ready: #4e79a7; --miss: #e15759;
      }
      @media (prefers-color-scheme: dark) {
        :root {
          --bg: #15171b; --fg: #e6e8eb; --muted: #a0a7b1; --line: #343941; --card: #1e2126;
          --mark: #6b5d12; --mark-fg: #fff8d6; --avoid: #6e2420; --track: #2c3036;
          --strong: #6fd08c; --solid: #a6d86f; --borderline: #f0c05a; --weak: #ff8a80;
          --ready: #7aa6d6; --miss: #ff8a80;
        }
      }
      * { box-sizing: border-box; }
      body {
        margin: 0 auto; max-width: 60rem; padding: 1.5rem 1.25rem 3rem;
        background: var(--bg); color: var(--fg);
        font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "PingFang SC",
          "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
      }
      h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
      h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; padding-bottom: .25rem;
        border-bottom: 1px solid var(--line); }
      h3 { font-size: 1rem; margin: 0 0 .25rem; display: flex; flex-wrap: wrap;
        gap: .5rem; align-items: baseline; }
      .sub, .note, .meta { color: var(--muted); }
      .note { font-size: .9rem; margin: .25rem 0; }
      .meta { font-size: .85rem; margin: 0 0 .5rem; }
      svg.chart { width: 100%; height: auto; display: block; }
      svg.chart text { font: 12px system-ui, sans-serif; fill: var(--fg); }
      svg.chart text.axis { fill: var(--muted); }
      svg.chart .grid { stroke: var(--line); stroke-width: 1; }
      .legend { list-style: none; padding: 0; margin: .5rem 0 0; display: flex; flex-wrap: wrap;
        gap: .25rem 1rem; font-size: .9rem; }
      .legend li { display: flex; align-items: center; gap: .35rem; }
      svg.swatch { width: 12px; height: 12px; }
      table { width: 100%; border-collapse: collapse; font-size: .92rem; }
      th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--line);
        vertical-align: middle; }
      th { color: var(--muted); font-weight: 600; }
      #material h3 { margin-top: 1.6em; }
      .cov-met { color: #1a7f37; text-align: center; font-weight: 600; }
      .cov-partial { color: #9a6700; text-align: center; }
      .cov-none { text-align: center; }
      .vote-yes { color: #1a7f37; font-weight: 600; }
      .vote-no { color: #cf222e; font-weight: 600; }
      .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      .meter-cell { width: 30%; color: var(--muted); font-size: .85rem; }
      svg.meter { width: 100%; height: 10px; display: block; }
      svg.meter .track { fill: var(--track); }
      svg.meter.ready .fill { fill: var(--ready); }
      svg.meter.miss .fill { fill: var(--miss); }
      .unpractised td { color: var(--muted); }
      .tag { font-size: .75rem; color: var(--muted); border: 1px solid var(--line);
        border-radius: 3px; padding: 0 .3rem; white-space: nowrap; }
      .p7 { font-size: 1.05rem; margin: .25rem 0 .75rem; }
      article { background: var(--card); border: 1px solid var(--line); border-radius: 6px;
        padding: .75rem 1rem; margin: .75rem 0; break-inside: avoid; page-break-inside: avoid; }
      .qid { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
      .total { font-weight: 600; font-variant-numeric: tabular-nums; }
      .band-strong { color: var(--strong); }
      .band-solid { color: var(--solid); }
      .band-borderline { color: var(--borderline); }
      .band-weak { color: var(--weak); }
      .band-skipped, .over { color: var(--muted); }
      .over { color: var(--weak); }
      .answer { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0; }
      mark { background: var(--mark); color: var(--mark-fg); border-radius: 2px; padding: 0 1px; }
      mark.avoid { background: var(--avoid); text-decoration: line-through; }
      .missed { font-size: .85rem; color: var(--muted); margin: .5rem 0 0; }
      q { quotes: "'" "'"; font-weight: 600; }
      @media print {
        :root {
          --bg: #ffffff; --fg: #000000; --muted: #444444; --line: #bbbbbb; --card: #ffffff;
          --mark: #fff1a8; --mark-fg: #000000; --avoid: #ffd0cc; --track: #e6e9ee;
        }
        body { max-width: none; padding: 0; font-size: 11pt; }
        h2 { break-after: avoid; page-break-after: avoid; }
        section#trend, section#averages { break-inside: avoid; page-break-inside: avoid; }
        mark { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      }
      """;
}
