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
public final class StoryBankReport {
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

  private StoryBankReport() {}

  public static String render(StoryBankReview review, int width, boolean color) {
    Style style = new Style(color);
    int w = Math.max(MIN_WIDTH, width);
    Text out = new Text(w);
    List<Styled> head = new ArrayList<>();
    head.add(new Styled("Story bank: " + review.bank().file(), style::bold));
    String about = String.join(", ", review.bank().about().values().stream().toList());
    if (!about.isEmpty()) {
      head.add(Styled.plain(" \u2014 " + about));
    }
    out.para(0, 2, head.toArray(Styled[]::new));
    int n = review.stories().size();
    out.para(0, 2, Styled.plain(n + (n == 1 ? " story" : " stories")));
    int i = 0;
    for (StoryReview story : review.stories()) {
      out.blank();
      storyLines(out, style, ++i, story);
    }
    out.blank();
    matrix(out, style, review, w);
    out.blank();
    out.para(0, 2, new Styled("Gaps", style::bold));
    if (review.gaps().isEmpty()) {
      out.para(2, 4, new Styled("none: the stories cover every value and theme", style::green));
    }
    for (String gap : review.gaps()) {
      out.para(2, 4, Styled.plain("- " + gap));
    }
    if (review.weakest().isEmpty() && !review.stories().isEmpty()) {
      out.blank();
      out.para(
          0,
          2,
          new Styled("Rework first: ", style::bold),
          Styled.plain("none - every story meets the rubric and fits 2-3 minutes."));
    }
    review
        .weakest()
        .ifPresent(
            weakest -> {
              out.blank();
              List<Styled> line = new ArrayList<>();
              line.add(new Styled("Rework first: ", style::bold));
              line.add(Styled.plain("'" + weakest.story().title() + "' ("));
              line.add(LoopReport.scored(style, weakest.score().total()));
              line.add(Styled.plain(", " + weakest.score().band().label() + ")"));
              List<String> why = new ArrayList<>();
              weakest.missed().stream().limit(3).forEach(r -> why.add(r.criterion().name()));
              if (weakest.spoken().tooShort() || weakest.spoken().tooLong()) {
                why.add(weakest.spoken().verdict());
              }
              if (!why.isEmpty()) {
                line.add(Styled.plain(": " + String.join("; ", why)));
              }
              out.para(0, 2, line.toArray(Styled[]::new));
            });
    return out.toString();
  }

  private static void storyLines(Text out, Style style, int index, StoryReview story) {
    out.para(
        0,
        3,
        new Styled(index + ". " + story.story().title(), style::bold),
        Styled.plain("  (line " + story.story().location().line() + ")  "),
        LoopReport.scored(style, story.score().total()),
        Styled.plain(" " + story.score().band().label()));
    story.star().ifPresent(star -> starLine(out, style, star));
    if (story.quantified()) {
      out.para(3, 5, Styled.plain("Result: " + quotes(story.resultNumbers(), 6)));
      List<Evidence> setting =
          story.numbers().stream().filter(e -> !story.resultNumbers().contains(e)).toList();
      if (!setting.isEmpty()) {
        out.para(3, 5, Styled.plain("Other numbers: " + quotes(setting, 6)));
      }
    } else if (!story.numbers().isEmpty()) {
      out.para(
          3,
          5,
          new Styled("Result: no number on it", style::red),
          Styled.plain(" (the story has " + quotes(story.numbers(), 4) + ")"));
    } else {
      out.para(
          3, 5, new Styled("Result: no number \u2014 the story is not quantified", style::red));
    }
    out.para(
        3,
        5,
        Styled.plain("Spoken: " + story.spoken().describe() + ", "),
        new Styled(
            story.spoken().verdict(),
            story.spoken().tooShort() || story.spoken().tooLong() ? style::yellow : style::green));
    List<Signal> shown =
        story.signals().stream().filter(s -> s.coverage() != Coverage.NONE).toList();
    if (shown.isEmpty()) {
      out.para(3, 5, new Styled("Shows: no value or theme yet", style::red));
    } else {
      out.para(3, 5, Styled.plain("Shows:"));
      for (Signal s : shown) {
        out.para(
            5,
            7,
            s.coverage() == Coverage.MET
                ? new Styled("\u2713 " + s.name(), style::green)
                : new Styled("~ " + s.name() + " (in part)", style::yellow),
            Styled.plain(": " + quotes(s.evidence())));
      }
    }
    List<CriterionResult> missed = story.missed();
    if (!missed.isEmpty()) {
      out.para(3, 5, Styled.plain("To improve:"));
      for (CriterionResult r : missed.stream().limit(4).toList()) {
        out.para(
            5,
            7,
            Styled.plain(
                "- "
                    + r.criterion().name()
                    + r.criterion().info().tip().map(t -> ": " + t).orElse("")));
      }
    }
  }

  private static void starLine(Text out, Style style, CriterionResult star) {
    List<Styled> line = new ArrayList<>();
    line.add(Styled.plain("STAR: "));
    List<String> steps = new ArrayList<>();
    for (Evidence e : star.evidence()) {
      steps.add(e.matched());
    }
    for (Evidence e : star.evidence()) {
      line.add(new Styled("\u2713 " + e.matched(), style::green));
      line.add(Styled.plain(" " + quote(e.quote()) + "  "));
    }
    for (String m : star.missing()) {
      line.add(new Styled("\u2717 " + m + "  ", style::red));
    }
    line.add(
        Styled.plain(
            star.missing().isEmpty() && star.note().isEmpty()
                ? "(in order)"
                : star.note().map(n -> "(" + n + ")").orElse("")));
    out.para(3, 5, line.toArray(Styled[]::new));
  }

  private static void matrix(Text out, Style style, StoryBankReview review, int width) {
    List<Column> columns = review.columns();
    out.para(
        0, 2, new Styled("Coverage", style::bold), Styled.plain("  (\u2713 shown, ~ in part)"));
    int label = Math.max(12, width - 2 - CELL * columns.size());
    StringBuilder header = new StringBuilder("  ").append(Wrap.pad("", label));
    for (Column c : columns) {
      header.append(Wrap.pad(SHORT.getOrDefault(c.id(), c.id()), CELL));
    }
    out.line(style.dim(header.toString().stripTrailing()));
    int i = 0;
    for (StoryReview story : review.stories()) {
      String title = (++i) + " " + story.story().title();
      StringBuilder row = new StringBuilder("  ").append(Wrap.pad(cut(title, label - 1), label));
      for (Column c : columns) {
        Coverage cov = review.coverage(story, c);
        String cell = cov == Coverage.MET ? "\u2713" : cov == Coverage.PARTIAL ? "~" : "\u00b7";
        String padded = Wrap.pad(cell, CELL);
        row.append(
            cov == Coverage.MET
                ? style.green(padded)
                : cov == Coverage.PARTIAL ? style.yellow(padded) : style.dim(padded));
      }
      out.line(row.toString().stripTrailing());
    }
    StringBuilder legend = new StringBuilder("  ").append(Wrap.pad("", label));
    for (Column c : columns) {
      legend.append(Wrap.pad(c.value() ? "value" : "theme", CELL));
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

  private static String cut(String s, int width) {
    if (Wrap.columns(s) <= width) {
      return s;
    }
    StringBuilder b = new StringBuilder();
    int used = 0;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      int cw = Wrap.columns(c);
      if (used + cw > width - 1) {
        break;
      }
      b.appendCodePoint(c);
      used += cw;
      i += Character.charCount(c);
    }
    return b + "\u2026";
  }
}
