package dev.pmdrill.tui;

import static dev.pmdrill.tui.Html.MINUTE;
import static dev.pmdrill.tui.Html.clock;
import static dev.pmdrill.tui.Html.escape;

import dev.pmdrill.history.StatsView;
import dev.pmdrill.history.StoredAttempt;
import dev.pmdrill.history.StoredAttemptRow;
import dev.pmdrill.history.StoredCriterion;
import dev.pmdrill.review.AnswerMarks;
import dev.pmdrill.review.Highlight;
import dev.pmdrill.scoring.ScorerVersion;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The report's list of attempts, each answer with its evidence marked. */
final class HtmlAttempts {
  private HtmlAttempts() {}

  static void attemptList(
      StringBuilder s,
      StatsView stats,
      List<StoredAttemptRow> rows,
      Map<Long, AnswerMarks> marks,
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
      StringBuilder s, StoredAttemptRow row, Optional<AnswerMarks> marks, ZoneId zone) {
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
          .append(Html.escape(ScorerVersion.older(a.scorer())))
          .append(": today's scorer may score the same answer differently.</p>\n");
    }
    if (a.skipped() || a.answer().isBlank()) {
      s.append("<p class=\"note\">No answer given.</p>\n");
    } else {
      s.append("<div class=\"answer\">")
          .append(marked(a.answer(), marks.map(AnswerMarks::highlights).orElse(List.of())))
          .append("</div>\n");
      marks
          .flatMap(AnswerMarks::unavailable)
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
}
