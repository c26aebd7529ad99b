package dev.pmdrill.tui;

import static dev.pmdrill.tui.Html.DAY;
import static dev.pmdrill.tui.Html.escape;

import dev.pmdrill.history.StoredAttempt;
import dev.pmdrill.history.StoredAttemptRow;
import dev.pmdrill.history.StoredCriterion;
import dev.pmdrill.review.Coverage;
import dev.pmdrill.review.MaterialQuestions;
import dev.pmdrill.review.PacketReview;
import dev.pmdrill.review.Rehearsals;
import dev.pmdrill.review.StoryBankReview;
import dev.pmdrill.review.StoryReview;
import dev.pmdrill.session.BoardOutcome;
import dev.pmdrill.session.Points;
import dev.pmdrill.session.ReviewerVote;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The report's section on the candidate's own stories and packet examples. */
final class HtmlMaterial {
  private HtmlMaterial() {}

  /**
   * The candidate's own stories and packet examples rehearsed with {@code drill --story} or {@code
   * --packet-example}: per piece the attempts, best and latest score, and the rubric point missed
   * most, linked to the latest answer below.
   */
  static void material(
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
}
