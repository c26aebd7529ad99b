package dev.pmdrill.tui;

import dev.pmdrill.review.Coverage;
import dev.pmdrill.review.Signal;
import dev.pmdrill.review.StoryBankReview;
import dev.pmdrill.review.StoryBankReview.Column;
import dev.pmdrill.review.StoryReview;
import dev.pmdrill.scoring.CriterionResult;
import dev.pmdrill.scoring.Evidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The story-bank review a candidate reads: each story's STAR parts, numbers, spoken length and the
 * values and themes it shows, each with the words that show it; then the coverage matrix, the gaps
 * and the story to rework first. Pure: a review, a width and a colour flag in; text out.
 */
public final class StoryBankView {
  private static final int MIN_WIDTH = 40;

  /** Matrix headings short enough for six columns on an 80-column terminal. */
  private static final Map<String, String> SHORT =
      Map.of(
          "embrace-change", "change",
          "customer-first", "customer",
          "ownership", "owner",
          "simplicity", "simple",
          "failure", "failure",
          "pivot", "pivot");

  private static final int CELL = 9;

  private StoryBankView() {}

  public static String render(StoryBankReview review, int width, boolean color) {
    Style style = new Style(color);
    int w = Math.max(MIN_WIDTH, width);
    Text out = new Text(w);
    List<Span> head = new ArrayList<>();
    head.add(new Span("Story bank: " + review.bank().file(), style::bold));
    String about = String.join(", ", review.bank().about().values().stream().toList());
    if (!about.isEmpty()) {
      head.add(Span.plain(" \u2014 " + about));
    }
    out.para(0, 2, head.toArray(Span[]::new));
    int n = review.stories().size();
    out.para(0, 2, Span.plain(n + (n == 1 ? " story" : " stories")));
    int i = 0;
    for (StoryReview story : review.stories()) {
      out.blank();
      storyLines(out, style, ++i, story);
    }
    out.blank();
    matrix(out, style, review, w);
    out.blank();
    out.para(0, 2, new Span("Gaps", style::bold));
    if (review.gaps().isEmpty()) {
      out.para(2, 4, new Span("none: the stories cover every value and theme", style::green));
    }
    for (String gap : review.gaps()) {
      out.para(2, 4, Span.plain("- " + gap));
    }
    if (review.weakest().isEmpty() && !review.stories().isEmpty()) {
      out.blank();
      out.para(
          0,
          2,
          new Span("Rework first: ", style::bold),
          Span.plain("none - every story meets the rubric and fits 2-3 minutes."));
    }
    review
        .weakest()
        .ifPresent(
            weakest -> {
              out.blank();
              List<Span> line = new ArrayList<>();
              line.add(new Span("Rework first: ", style::bold));
              line.add(Span.plain("'" + weakest.story().title() + "' ("));
              line.add(LoopReportView.scored(style, weakest.score().total()));
              line.add(Span.plain(", " + weakest.score().band().label() + ")"));
              List<String> why = new ArrayList<>();
              weakest.missed().stream().limit(3).forEach(r -> why.add(r.criterion().name()));
              if (weakest.spoken().tooShort() || weakest.spoken().tooLong()) {
                why.add(weakest.spoken().verdict());
              }
              if (!why.isEmpty()) {
                line.add(Span.plain(": " + String.join("; ", why)));
              }
              out.para(0, 2, line.toArray(Span[]::new));
            });
    return out.toString();
  }

  private static void storyLines(Text out, Style style, int index, StoryReview story) {
    out.para(
        0,
        3,
        new Span(index + ". " + story.story().title(), style::bold),
        Span.plain("  (line " + story.story().location().line() + ")  "),
        LoopReportView.scored(style, story.score().total()),
        Span.plain(" " + story.score().band().label()));
    story.star().ifPresent(star -> starLine(out, style, star));
    if (story.quantified()) {
      out.para(3, 5, Span.plain("Result: " + quotes(story.resultNumbers(), 6)));
      List<Evidence> setting =
          story.numbers().stream().filter(e -> !story.resultNumbers().contains(e)).toList();
      if (!setting.isEmpty()) {
        out.para(3, 5, Span.plain("Other numbers: " + quotes(setting, 6)));
      }
    } else if (!story.numbers().isEmpty()) {
      out.para(
          3,
          5,
          new Span("Result: no number on it", style::red),
          Span.plain(" (the story has " + quotes(story.numbers(), 4) + ")"));
    } else {
      out.para(3, 5, new Span("Result: no number \u2014 the story is not quantified", style::red));
    }
    out.para(
        3,
        5,
        Span.plain("Spoken: " + story.spoken().describe() + ", "),
        new Span(
            story.spoken().verdict(),
            story.spoken().tooShort() || story.spoken().tooLong() ? style::yellow : style::green));
    List<Signal> shown =
        story.signals().stream().filter(s -> s.coverage() != Coverage.NONE).toList();
    if (shown.isEmpty()) {
      out.para(3, 5, new Span("Shows: no value or theme yet", style::red));
    } else {
      out.para(3, 5, Span.plain("Shows:"));
      for (Signal s : shown) {
        out.para(
            5,
            7,
            s.coverage() == Coverage.MET
                ? new Span("\u2713 " + s.name(), style::green)
                : new Span("~ " + s.name() + " (in part)", style::yellow),
            Span.plain(": " + quotes(s.evidence())));
      }
    }
    List<CriterionResult> missed = story.missed();
    if (!missed.isEmpty()) {
      out.para(3, 5, Span.plain("To improve:"));
      for (CriterionResult r : missed.stream().limit(4).toList()) {
        out.para(
            5,
            7,
            Span.plain(
                "- "
                    + r.criterion().name()
                    + r.criterion().info().tip().map(t -> ": " + t).orElse("")));
      }
    }
  }

  private static void starLine(Text out, Style style, CriterionResult star) {
    List<Span> line = new ArrayList<>();
    line.add(Span.plain("STAR: "));
    List<String> steps = new ArrayList<>();
    for (Evidence e : star.evidence()) {
      steps.add(e.matched());
    }
    for (Evidence e : star.evidence()) {
      line.add(new Span("\u2713 " + e.matched(), style::green));
      line.add(Span.plain(" " + quote(e.quote()) + "  "));
    }
    for (String m : star.missing()) {
      line.add(new Span("\u2717 " + m + "  ", style::red));
    }
    line.add(
        Span.plain(
            star.missing().isEmpty() && star.note().isEmpty()
                ? "(in order)"
                : star.note().map(n -> "(" + n + ")").orElse("")));
    out.para(3, 5, line.toArray(Span[]::new));
  }

  private static void matrix(Text out, Style style, StoryBankReview review, int width) {
    List<Column> columns = review.columns();
    out.para(0, 2, new Span("Coverage", style::bold), Span.plain("  (\u2713 shown, ~ in part)"));
    int label = Math.max(12, width - 2 - CELL * columns.size());
    StringBuilder header = new StringBuilder("  ").append(pad("", label));
    for (Column c : columns) {
      header.append(pad(SHORT.getOrDefault(c.id(), c.id()), CELL));
    }
    out.line(style.dim(header.toString().stripTrailing()));
    int i = 0;
    for (StoryReview story : review.stories()) {
      String title = (++i) + " " + story.story().title();
      StringBuilder row = new StringBuilder("  ").append(pad(cut(title, label - 1), label));
      for (Column c : columns) {
        Coverage cov = review.coverage(story, c);
        String cell = cov == Coverage.MET ? "\u2713" : cov == Coverage.PARTIAL ? "~" : "\u00b7";
        String padded = pad(cell, CELL);
        row.append(
            cov == Coverage.MET
                ? style.green(padded)
                : cov == Coverage.PARTIAL ? style.yellow(padded) : style.dim(padded));
      }
      out.line(row.toString().stripTrailing());
    }
    StringBuilder legend = new StringBuilder("  ").append(pad("", label));
    for (Column c : columns) {
      legend.append(pad(c.value() ? "value" : "theme", CELL));
    }
    out.line(style.dim(legend.toString().stripTrailing()));
  }

  static String quote(String s) {
    String one = s.replaceAll("\\s+", " ").strip();
    return "\u201c" + (one.length() > 60 ? one.substring(0, 57) + "..." : one) + "\u201d";
  }

  private static String quotes(List<Evidence> evidence) {
    return quotes(evidence, 4);
  }

  private static String quotes(List<Evidence> evidence, int most) {
    return String.join(", ", evidence.stream().limit(most).map(e -> quote(e.quote())).toList())
        + (evidence.size() > most ? ", ..." : "");
  }

  private static String pad(String s, int width) {
    int cols = Text.columns(s);
    return cols >= width ? s : s + " ".repeat(width - cols);
  }

  private static String cut(String s, int width) {
    if (Text.columns(s) <= width) {
      return s;
    }
    StringBuilder b = new StringBuilder();
    int used = 0;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      String ch = new String(Character.toChars(c));
      int cw = Text.columns(ch);
      if (used + cw > width - 1) {
        break;
      }
      b.append(ch);
      used += cw;
      i += Character.charCount(c);
    }
    return b + "\u2026";
  }
}
