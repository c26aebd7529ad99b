package dev.pmdrill.tui;

import dev.pmdrill.bank.Durations;
import dev.pmdrill.bank.Reviewer;
import dev.pmdrill.bank.Round;
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
import java.util.function.UnaryOperator;

/**
 * The report a candidate reads after a mock loop: each round's average and gate, the weighted
 * average against the pass mark, the gate that failed the loop if one did, the board's votes with
 * the questions each reviewer would ask next, and the result. Pure: an outcome, a width and a
 * colour flag in; text out, every line wrapped at word boundaries to the width.
 */
public final class LoopReportView {
  /** Narrower than this, nothing is readable; the report keeps to it. */
  private static final int MIN_WIDTH = 20;

  private LoopReportView() {}

  public static String render(LoopOutcome outcome, int width, boolean color) {
    Style style = new Style(color);
    Text out = new Text(Math.max(MIN_WIDTH, width));
    out.para(0, 0, new Span(outcome.loop().title(), style::bold));
    out.blank();
    for (RoundResult round : outcome.rounds()) {
      roundLines(out, style, round);
    }
    out.blank();
    for (PassMark mark : outcome.passMark().stream().toList()) {
      out.para(0, 2, new Span(mark.summary() + ".", mark.holds() ? style::green : style::red));
    }
    outcome
        .failedGate()
        .ifPresent(gate -> out.para(0, 2, new Span(gate.summary() + ".", style::red)));
    outcome.board().ifPresent(board -> boardLines(out, style, board));
    out.blank();
    out.para(
        0,
        2,
        new Span("Result: ", style::bold),
        outcome.passed()
            ? new Span("passed", s -> style.bold(style.green(s)))
            : new Span("not passed", s -> style.bold(style.red(s))));
    return out.toString();
  }

  private static void roundLines(Text out, Style style, RoundResult result) {
    Round round = result.round();
    List<Span> head = new ArrayList<>();
    head.add(new Span(round.name(), style::bold));
    head.add(plain(": average "));
    head.add(scored(style, result.average()));
    if (round.weight() != 1) {
      head.add(plain(" (weight " + Points.format(round.weight()) + ")"));
    }
    for (GateVerdict gate : result.gate().stream().toList()) {
      head.add(plain(", gate " + Points.format(gate.gate()) + ": "));
      head.add(gate.holds() ? new Span("passed", style::green) : new Span("FAILED", style::red));
    }
    out.para(0, 2, head.toArray(Span[]::new));
    for (Attempt a : result.attempts()) {
      List<Span> line = new ArrayList<>();
      line.add(plain(a.question().id() + "  "));
      if (a.skipped()) {
        line.add(new Span("0 skipped", style::red));
      } else {
        line.add(scored(style, a.total()));
        line.add(plain(" " + a.score().band().label()));
      }
      if (a.overtime().isPresent() && a.limit().isPresent()) {
        line.add(plain(", "));
        line.add(
            new Span(
                Durations.format(a.overtime().get())
                    + " over the "
                    + Durations.format(a.limit().get())
                    + " limit",
                style::yellow));
      }
      out.para(2, 4, line.toArray(Span[]::new));
    }
  }

  private static void boardLines(Text out, Style style, BoardOutcome board) {
    out.blank();
    out.para(
        0,
        2,
        new Span("Review board", style::bold),
        plain(": " + board.needed() + " of " + board.votes().size() + " votes needed to approve"));
    for (ReviewerVote vote : board.votes()) {
      Reviewer r = vote.reviewer();
      out.para(2, 4, new Span(r.name(), style::bold));
      out.para(
          4,
          6,
          plain("focus: " + (r.focus().isEmpty() ? "everything" : String.join(", ", r.focus()))));
      List<Span> verdict = new ArrayList<>();
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
          vote.approves() ? new Span("approve", style::green) : new Span("reject", style::red));
      out.para(4, 6, verdict.toArray(Span[]::new));
      if (!vote.probes().isEmpty()) {
        out.para(4, 6, new Span("asks:", style::dim));
        for (String probe : vote.probes()) {
          out.para(6, 8, plain("- " + probe));
        }
      }
    }
    out.blank();
    out.para(0, 2, new Span(board.summary(), board.approved() ? style::green : style::red));
  }

  private static Span plain(String text) {
    return new Span(text, UnaryOperator.identity());
  }

  private static Span scored(Style style, double value) {
    String text = Points.format(value);
    return new Span(text, value >= 70 ? style::green : value >= 50 ? style::yellow : style::red);
  }

  /** A run of text in one style. */
  private record Span(String text, UnaryOperator<String> style) {}

  /** Lines wrapped to a width, measured without the colour codes. */
  private static final class Text {
    private final int width;
    private final StringBuilder out = new StringBuilder();

    Text(int width) {
      this.width = width;
    }

    /** One blank line, never two in a row, never at the top. */
    void blank() {
      if (out.length() > 0 && !out.toString().endsWith("\n\n")) {
        out.append('\n');
      }
    }

    /**
     * A paragraph: the spans' text wrapped at spaces, the first line indented by {@code indent} and
     * the others by {@code hang}; a word longer than a line is cut.
     */
    void para(int indent, int hang, Span... spans) {
      StringBuilder plain = new StringBuilder();
      List<Integer> owner = new ArrayList<>();
      for (int i = 0; i < spans.length; i++) {
        String t = spans[i].text().replace('\n', ' ');
        plain.append(t);
        for (int k = 0; k < t.length(); k++) {
          owner.add(i);
        }
      }
      List<int[]> words = words(plain);
      List<int[]> line = new ArrayList<>();
      int used = 0;
      boolean first = true;
      for (int w = 0; w < words.size(); w++) {
        int[] word = words.get(w);
        int room = width - (first ? indent : hang);
        int len = cols(plain, word[0], word[1]);
        if (!line.isEmpty() && used + 1 + len > room) {
          emit(plain, owner, spans, line, first ? indent : hang);
          first = false;
          line.clear();
          used = 0;
          room = width - hang;
        }
        if (line.isEmpty() && len > room) {
          int cut = cutAt(plain, word[0], word[1], room);
          line.add(new int[] {word[0], cut});
          emit(plain, owner, spans, line, first ? indent : hang);
          first = false;
          line.clear();
          words.add(w + 1, new int[] {cut, word[1]});
          continue;
        }
        used += (line.isEmpty() ? 0 : 1) + len;
        line.add(word);
      }
      if (!line.isEmpty() || first) {
        emit(plain, owner, spans, line, first ? indent : hang);
      }
    }

    private void emit(
        CharSequence plain, List<Integer> owner, Span[] spans, List<int[]> line, int indent) {
      out.append(" ".repeat(indent));
      int run = -1;
      StringBuilder chunk = new StringBuilder();
      for (int w = 0; w < line.size(); w++) {
        int[] word = line.get(w);
        if (w > 0) {
          // the space takes the style of the text it stood in, so a styled phrase stays one run
          int spaceOwner = owner.get(word[0] - 1);
          run = flushIfNew(spans, run, spaceOwner, chunk);
          chunk.append(' ');
        }
        for (int k = word[0]; k < word[1]; k++) {
          run = flushIfNew(spans, run, owner.get(k), chunk);
          chunk.append(plain.charAt(k));
        }
      }
      if (run >= 0) {
        out.append(spans[run].style().apply(chunk.toString()));
      }
      out.append('\n');
    }

    private int flushIfNew(Span[] spans, int run, int next, StringBuilder chunk) {
      if (run != next) {
        if (run >= 0 && chunk.length() > 0) {
          out.append(spans[run].style().apply(chunk.toString()));
        }
        chunk.setLength(0);
      }
      return next;
    }

    @Override
    public String toString() {
      return out.toString();
    }
  }

  private static List<int[]> words(CharSequence s) {
    List<int[]> words = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      while (i < s.length() && s.charAt(i) == ' ') {
        i++;
      }
      int start = i;
      while (i < s.length() && s.charAt(i) != ' ') {
        i++;
      }
      if (i > start) {
        words.add(new int[] {start, i});
      }
    }
    return words;
  }

  /** Columns the text takes on a terminal: wide (CJK) characters take two. */
  private static int cols(CharSequence s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n += wide(s.charAt(i)) ? 2 : 1;
    }
    return n;
  }

  private static int cutAt(CharSequence s, int from, int to, int room) {
    int n = 0;
    int i = from;
    while (i < to) {
      int w = wide(s.charAt(i)) ? 2 : 1;
      if (n + w > room && i > from) {
        break;
      }
      n += w;
      i++;
    }
    return i;
  }

  private static boolean wide(char c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL
        || (c >= '\uFF01' && c <= '\uFF60');
  }
}
