package dev.pmdrill.tui;

import dev.pmdrill.review.CheckItem;
import dev.pmdrill.review.Coverage;
import dev.pmdrill.review.ExampleReview;
import dev.pmdrill.review.PacketReview;
import dev.pmdrill.review.PromotionCalendar;
import dev.pmdrill.review.Signal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The packet review a candidate reads: each example on the four packet questions with the words
 * that answer them, the three dimensions, execution-only warnings and the track its vocabulary
 * argues for; then the board's votes with each reviewer's questions, and the readiness checklist.
 */
public final class PacketReport {
  private static final int MIN_WIDTH = 40;

  private static final java.util.Map<String, String> DIMENSION_NAMES =
      java.util.Map.of(
          "strategic-autonomy", "strategic autonomy",
          "cross-bu-impact", "cross-BU impact",
          "talent-multiplier", "talent multiplier");

  private PacketReport() {}

  public static String render(PacketReview review, int width, boolean color) {
    Style style = new Style(color);
    Text out = new Text(Math.max(MIN_WIDTH, width));
    List<Styled> head = new ArrayList<>();
    head.add(new Styled("Packet: " + review.packet().file(), style::bold));
    List<String> about = new ArrayList<>();
    review.packet().facts().candidate().ifPresent(about::add);
    review.packet().facts().currentLevel().ifPresent(l -> about.add(l + " to P9"));
    if (!about.isEmpty()) {
      head.add(Styled.plain(" \u2014 " + String.join(", ", about)));
    }
    out.para(0, 2, head.toArray(Styled[]::new));
    int n = review.examples().size();
    out.para(
        0,
        2,
        Styled.plain(
            n
                + (n == 1 ? " example" : " examples")
                + ", reviewed as "
                + review.track().description()
                + (review.packet().track().isPresent() ? "" : " (no track stated)")));
    out.para(0, 2, Styled.plain("Vocabulary: " + review.reading().describe()));
    review
        .trackWarning()
        .ifPresent(w -> out.para(0, 2, new Styled("Warning: " + w, style::yellow)));
    int i = 0;
    for (ExampleReview example : review.examples()) {
      out.blank();
      exampleLines(out, style, ++i, example);
    }
    LoopReport.boardLines(out, style, review.board());
    review
        .calendar()
        .ifPresentOrElse(
            c -> calendarLines(out, style, c),
            () -> {
              out.blank();
              out.para(
                  0,
                  2,
                  new Styled("Promotion calendar", style::bold),
                  Styled.plain(
                      ": no board date; give 'board: YYYY-MM-DD' in the front matter or --board DATE"));
            });
    out.blank();
    out.para(0, 2, new Styled("Readiness checklist", style::bold));
    for (CheckItem item : review.checklist()) {
      Styled mark;
      switch (item.status()) {
        case MET:
          mark = new Styled("\u2713 ", style::green);
          break;
        case MISSING:
          mark = new Styled("\u2717 ", style::red);
          break;
        default:
          mark = new Styled("? ", style::yellow);
      }
      out.para(
          2, 4, mark, new Styled(item.item(), style::bold), Styled.plain(": " + item.detail()));
    }
    return out.toString();
  }

  private static void calendarLines(Text out, Style style, PromotionCalendar calendar) {
    out.blank();
    out.para(
        0,
        2,
        new Styled("Promotion calendar", style::bold),
        Styled.plain(" for the board on " + calendar.board() + ", as of " + calendar.today()));
    for (PromotionCalendar.Step step : calendar.steps()) {
      Styled mark;
      switch (step.status()) {
        case DONE:
          mark = new Styled("done ", style::green);
          break;
        case LATE:
          mark = new Styled("late ", style::red);
          break;
        default:
          mark = new Styled("due  ", style::yellow);
      }
      String when = step.window() ? step.start() + " to " + step.end() : "by " + step.end();
      out.para(2, 7, mark, new Styled(step.name(), style::bold), Styled.plain(": " + when));
      out.para(7, 7, Styled.plain("(" + step.dated() + ")"));
      out.para(7, 7, Styled.plain(step.next()));
    }
    calendar
        .next()
        .ifPresent(
            n ->
                out.para(
                    0,
                    2,
                    new Styled("Next: ", style::bold),
                    Styled.plain(n.name() + " \u2014 " + n.next())));
  }

  private static void exampleLines(Text out, Style style, int index, ExampleReview example) {
    out.para(
        0,
        3,
        new Styled(index + ". " + example.example().title(), style::bold),
        Styled.plain("  (line " + example.example().location().line() + ")  "),
        LoopReport.scored(style, example.score().total()),
        Styled.plain(" " + example.score().band().label()));
    for (Signal q : example.questions()) {
      List<Styled> line = new ArrayList<>();
      if (q.coverage() == Coverage.MET) {
        line.add(new Styled("\u2713 ", style::green));
      } else if (q.coverage() == Coverage.PARTIAL) {
        line.add(new Styled("~ ", style::yellow));
      } else {
        line.add(new Styled("\u2717 ", style::red));
      }
      line.add(Styled.plain(q.name()));
      if (!q.evidence().isEmpty()) {
        line.add(
            Styled.plain(
                " "
                    + String.join(
                        ", ",
                        q.evidence().stream()
                            .limit(3)
                            .map(e -> StoryBankReport.quote(e.quote()))
                            .toList())));
      }
      out.para(3, 5, line.toArray(Styled[]::new));
    }
    List<Styled> dims = new ArrayList<>();
    dims.add(Styled.plain("Dimensions: "));
    boolean first = true;
    for (String d : PacketReview.DIMENSIONS) {
      OptionalDouble v = example.dimension(d);
      dims.add(Styled.plain((first ? "" : " \u00b7 ") + DIMENSION_NAMES.getOrDefault(d, d) + " "));
      dims.add(v.isPresent() ? LoopReport.scored(style, v.getAsDouble()) : Styled.plain("-"));
      first = false;
    }
    out.para(3, 5, dims.toArray(Styled[]::new));
    if (example.executionOnly()) {
      out.para(
          3,
          5,
          new Styled(
              "Execution only: it says what was delivered, not what you decided \u2014 "
                  + String.join("; ", example.executionSigns()),
              style::red));
    } else if (!example.executionSigns().isEmpty()) {
      out.para(
          3,
          5,
          new Styled(
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
                    Styled.plain(
                        "Track: argues for "
                            + t.id()
                            + " ("
                            + example.track().staffTerms().size()
                            + " staff, "
                            + example.track().principalTerms().size()
                            + " principal terms)")));
    out.para(
        3,
        5,
        example.stakeholderQuote().isPresent()
            ? new Styled("\u2713 ", style::green)
            : new Styled("\u2717 ", style::red),
        Styled.plain(
            example
                .stakeholderQuote()
                .map(q -> "Stakeholder quote: " + StoryBankReport.quote(q))
                .orElse(
                    "No stakeholder quote: quote someone outside your reporting line saying what"
                        + " changed")));
    List<String> probes =
        example.questions().stream()
            .filter(q -> q.coverage() != Coverage.MET)
            .flatMap(q -> q.probe().stream())
            .distinct()
            .toList();
    if (!probes.isEmpty()) {
      out.para(3, 5, new Styled("The board would ask:", style::dim));
      for (String p : probes) {
        out.para(5, 7, Styled.plain("- " + p));
      }
    }
  }
}
