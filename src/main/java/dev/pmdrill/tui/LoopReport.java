package dev.pmdrill.tui;

import dev.pmdrill.bank.Durations;
import dev.pmdrill.bank.Reviewer;
import dev.pmdrill.bank.Round;
import dev.pmdrill.scoring.Band;
import dev.pmdrill.session.Attempt;
import dev.pmdrill.session.BoardOutcome;
import dev.pmdrill.session.GateVerdict;
import dev.pmdrill.session.LoopOutcome;
import dev.pmdrill.session.PassMark;
import dev.pmdrill.session.Points;
import dev.pmdrill.session.ReviewerVote;
import dev.pmdrill.session.RoundResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The report a candidate reads after a mock loop: each round's average and gate, the weighted
 * average against the pass mark, the gate that failed the loop if one did, the board's votes with
 * the questions each reviewer would ask next, and the result. Pure: an outcome, a width and a
 * colour flag in; text out, every line wrapped at word boundaries to the width.
 */
public final class LoopReport {
  /** Narrower than this, nothing is readable; the report keeps to it. */
  private static final int MIN_WIDTH = 20;

  private LoopReport() {}

  public static String render(LoopOutcome outcome, int width, boolean color) {
    Style style = new Style(color);
    Text out = new Text(Math.max(MIN_WIDTH, width));
    out.para(0, 0, new Styled(outcome.loop().title(), style::bold));
    out.blank();
    for (RoundResult round : outcome.rounds()) {
      roundLines(out, style, round);
    }
    out.blank();
    for (PassMark mark : outcome.passMark().stream().toList()) {
      out.para(0, 2, new Styled(mark.summary() + ".", mark.holds() ? style::green : style::red));
    }
    outcome
        .failedGate()
        .ifPresent(gate -> out.para(0, 2, new Styled(gate.summary() + ".", style::red)));
    outcome.board().ifPresent(board -> boardLines(out, style, board));
    out.blank();
    out.para(
        0,
        2,
        new Styled("Result: ", style::bold),
        outcome.passed()
            ? new Styled("passed", s -> style.bold(style.green(s)))
            : new Styled("not passed", s -> style.bold(style.red(s))));
    return out.toString();
  }

  private static void roundLines(Text out, Style style, RoundResult result) {
    Round round = result.round();
    List<Styled> head = new ArrayList<>();
    head.add(new Styled(round.name(), style::bold));
    head.add(plain(": average "));
    head.add(scored(style, result.average()));
    if (round.weight() != 1) {
      head.add(plain(" (weight " + Points.format(round.weight()) + ")"));
    }
    for (GateVerdict gate : result.gate().stream().toList()) {
      head.add(plain(", gate " + Points.format(gate.gate()) + ": "));
      head.add(
          gate.holds() ? new Styled("passed", style::green) : new Styled("FAILED", style::red));
    }
    out.para(0, 2, head.toArray(Styled[]::new));
    for (Attempt a : result.attempts()) {
      List<Styled> line = new ArrayList<>();
      line.add(plain(a.question().id() + "  "));
      if (a.skipped()) {
        line.add(new Styled("0 skipped", style::red));
      } else {
        line.add(scored(style, a.total()));
        line.add(plain(" " + a.score().band().label()));
      }
      if (a.overtime().isPresent() && a.limit().isPresent()) {
        line.add(plain(", "));
        line.add(
            new Styled(
                Durations.format(a.overtime().get())
                    + " over the "
                    + Durations.format(a.limit().get())
                    + " limit",
                style::yellow));
      }
      out.para(2, 4, line.toArray(Styled[]::new));
    }
  }

  static void boardLines(Text out, Style style, BoardOutcome board) {
    out.blank();
    out.para(
        0,
        2,
        new Styled("Review board", style::bold),
        plain(": " + board.needed() + " of " + board.votes().size() + " votes needed to approve"));
    for (ReviewerVote vote : board.votes()) {
      Reviewer r = vote.reviewer();
      out.para(2, 4, new Styled(r.name(), style::bold));
      out.para(
          4,
          6,
          plain("focus: " + (r.focus().isEmpty() ? "everything" : String.join(", ", r.focus()))));
      List<Styled> verdict = new ArrayList<>();
      if (vote.average().isPresent()) {
        verdict.add(plain("average "));
        verdict.add(scored(style, vote.average().getAsDouble()));
        verdict.add(
            plain(
                " over "
                    + vote.judged()
                    + " answer"
                    + (vote.judged() == 1 ? "" : "s")
                    + ", bar "
                    + Points.format(r.bar())
                    + ": "));
      } else {
        verdict.add(plain("nothing in its focus to judge: "));
      }
      verdict.add(
          vote.approves() ? new Styled("approve", style::green) : new Styled("reject", style::red));
      out.para(4, 6, verdict.toArray(Styled[]::new));
      if (!vote.probes().isEmpty()) {
        out.para(4, 6, new Styled("asks:", style::dim));
        for (String probe : vote.probes()) {
          out.para(6, 8, plain("- " + probe));
        }
      }
    }
    out.blank();
    out.para(0, 2, new Styled(board.summary(), board.approved() ? style::green : style::red));
  }

  private static Styled plain(String text) {
    return Styled.plain(text);
  }

  static Styled scored(Style style, double value) {
    String text = Points.format(value);
    return new Styled(text, style.band(Band.of((int) Math.floor(value))));
  }
}
