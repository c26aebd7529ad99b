package dev.pmdrill.tui;

import dev.pmdrill.review.CheckItem;
import dev.pmdrill.review.Coverage;
import dev.pmdrill.review.ExampleReview;
import dev.pmdrill.review.PacketReview;
import dev.pmdrill.review.Signal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The packet review a candidate reads: each example on the four packet questions with the words
 * that answer them, the three dimensions, execution-only warnings and the track its vocabulary
 * argues for; then the board's votes with each reviewer's questions, and the readiness checklist.
 */
public final class PacketView {
  private static final int MIN_WIDTH = 40;

  private static final java.util.Map<String, String> DIMENSION_NAMES =
      java.util.Map.of(
          "strategic-autonomy", "strategic autonomy",
          "cross-bu-impact", "cross-BU impact",
          "talent-multiplier", "talent multiplier");

  private PacketView() {}

  public static String render(PacketReview review, int width, boolean color) {
    Style style = new Style(color);
    Text out = new Text(Math.max(MIN_WIDTH, width));
    List<Span> head = new ArrayList<>();
    head.add(new Span("Packet: " + review.packet().file(), style::bold));
    List<String> about = new ArrayList<>();
    review.packet().facts().candidate().ifPresent(about::add);
    review.packet().facts().currentLevel().ifPresent(l -> about.add(l + " to P9"));
    if (!about.isEmpty()) {
      head.add(Span.plain(" \u2014 " + String.join(", ", about)));
    }
    out.para(0, 2, head.toArray(Span[]::new));
    int n = review.examples().size();
    out.para(
        0,
        2,
        Span.plain(
            n
                + (n == 1 ? " example" : " examples")
                + ", reviewed as "
                + review.track().description()
                + (review.packet().track().isPresent() ? "" : " (no track stated)")));
    out.para(0, 2, Span.plain("Vocabulary: " + review.reading().describe()));
    review.trackWarning().ifPresent(w -> out.para(0, 2, new Span("Warning: " + w, style::yellow)));
    int i = 0;
    for (ExampleReview example : review.examples()) {
      out.blank();
      exampleLines(out, style, ++i, example);
    }
    LoopReportView.boardLines(out, style, review.board());
    out.blank();
    out.para(0, 2, new Span("Readiness checklist", style::bold));
    for (CheckItem item : review.checklist()) {
      Span mark;
      switch (item.status()) {
        case MET:
          mark = new Span("\u2713 ", style::green);
          break;
        case MISSING:
          mark = new Span("\u2717 ", style::red);
          break;
        default:
          mark = new Span("? ", style::yellow);
      }
      out.para(2, 4, mark, new Span(item.item(), style::bold), Span.plain(": " + item.detail()));
    }
    return out.toString();
  }

  private static void exampleLines(Text out, Style style, int index, ExampleReview example) {
    out.para(
        0,
        3,
        new Span(index + ". " + example.example().title(), style::bold),
        Span.plain("  (line " + example.example().location().line() + ")  "),
        LoopReportView.scored(style, example.score().total()),
        Span.plain(" " + example.score().band().label()));
    for (Signal q : example.questions()) {
      List<Span> line = new ArrayList<>();
      if (q.coverage() == Coverage.MET) {
        line.add(new Span("\u2713 ", style::green));
      } else if (q.coverage() == Coverage.PARTIAL) {
        line.add(new Span("~ ", style::yellow));
      } else {
        line.add(new Span("\u2717 ", style::red));
      }
      line.add(Span.plain(q.name()));
      if (!q.evidence().isEmpty()) {
        line.add(
            Span.plain(
                " "
                    + String.join(
                        ", ",
                        q.evidence().stream()
                            .limit(3)
                            .map(e -> StoryBankView.quote(e.quote()))
                            .toList())));
      }
      out.para(3, 5, line.toArray(Span[]::new));
    }
    List<Span> dims = new ArrayList<>();
    dims.add(Span.plain("Dimensions: "));
    boolean first = true;
    for (String d : PacketReview.DIMENSIONS) {
      OptionalDouble v = example.dimension(d);
      dims.add(Span.plain((first ? "" : " \u00b7 ") + DIMENSION_NAMES.getOrDefault(d, d) + " "));
      dims.add(v.isPresent() ? LoopReportView.scored(style, v.getAsDouble()) : Span.plain("-"));
      first = false;
    }
    out.para(3, 5, dims.toArray(Span[]::new));
    if (example.executionOnly()) {
      out.para(
          3,
          5,
          new Span(
              "Execution only: it says what was delivered, not what you decided \u2014 "
                  + String.join("; ", example.executionSigns()),
              style::red));
    } else if (!example.executionSigns().isEmpty()) {
      out.para(
          3,
          5,
          new Span(
              "Execution talk: " + String.join("; ", example.executionSigns()), style::yellow));
    }
    example
        .track()
        .argued()
        .ifPresent(
            t ->
                out.para(
                    3,
                    5,
                    Span.plain(
                        "Track: argues for "
                            + t.id()
                            + " ("
                            + example.track().staffTerms().size()
                            + " staff, "
                            + example.track().principalTerms().size()
                            + " principal terms)")));
    List<String> probes =
        example.questions().stream()
            .filter(q -> q.coverage() != Coverage.MET)
            .flatMap(q -> q.probe().stream())
            .distinct()
            .toList();
    if (!probes.isEmpty()) {
      out.para(3, 5, new Span("The board would ask:", style::dim));
      for (String p : probes) {
        out.para(5, 7, Span.plain("- " + p));
      }
    }
  }
}
