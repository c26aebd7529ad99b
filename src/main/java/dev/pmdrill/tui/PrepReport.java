package dev.pmdrill.tui;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.pmdrill.prep.BoardDate;
import dev.pmdrill.prep.PrepItem;
import dev.pmdrill.prep.PrepSection;
import dev.pmdrill.prep.PrepView;
import java.io.IOException;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The preparation checklist on one screen: a summary line, then each section with what the guide
 * asks and its items, each done or not yet with the command that closes it. Pure: a view, a width
 * and a colour flag in; text out. {@link #json} writes the same view for scripts.
 */
public final class PrepReport {
  private static final int MIN_WIDTH = 40;
  private static final String DONE = "done";
  private static final String NOT_YET = "not yet";

  /** The items' text starts after the widest status and two spaces. */
  private static final int HANG = 2 + NOT_YET.length() + 2;

  private PrepReport() {}

  public static String render(PrepView view, int width, boolean color) {
    Style style = new Style(color);
    int w = Math.max(MIN_WIDTH, width);
    Text out = new Text(w);
    out.para(
        0,
        2,
        new Styled("Interview prep: ", style::bold),
        Styled.plain(
            view.done()
                + " of "
                + view.total()
                + " done, as of "
                + view.today()
                + " ("
                + view.attempts()
                + (view.attempts() == 1 ? " stored attempt)" : " stored attempts)")));
    if (view.attempts() == 0) {
      out.para(
          0, 2, Styled.plain("No attempts yet: each command below starts one part of the guide."));
    }
    for (PrepSection section : view.sections()) {
      out.blank();
      out.para(
          0,
          2,
          new Styled(section.title(), style::bold),
          Styled.plain(" " + section.done() + "/" + section.items().size()));
      out.para(2, 4, new Styled(section.guide(), style::dim));
      Optional<String> previous = Optional.empty();
      for (PrepItem item : section.items()) {
        // a command just shown for the item above is not repeated: one screen, not a list
        item(out, style, w, item, item.command().equals(previous));
        previous = item.command();
      }
      if (section.id().equals("packet")) {
        board(out, style, view);
      }
    }
    if (!view.packetGiven()) {
      out.blank();
      out.para(
          0,
          2,
          new Styled("Preparing a P9 packet? ", style::dim),
          new Styled("pmdrill prep --packet FILE [--board DATE]", style::bold));
    }
    return out.toString();
  }

  /** One item: its status in a column of its own, the text and the command wrapped beside it. */
  private static void item(Text out, Style style, int width, PrepItem item, boolean repeated) {
    Text beside = new Text(width - HANG);
    beside.para(0, 0, Styled.plain(item.item() + ": " + item.detail()));
    item.command()
        .filter(c -> !repeated)
        .ifPresent(
            c -> beside.para(0, 2, new Styled("run: ", style::dim), new Styled(c, style::bold)));
    String status = item.done() ? DONE : NOT_YET;
    String first =
        "  "
            + (item.done() ? style.green(status) : style.yellow(status))
            + " ".repeat(HANG - 2 - status.length());
    boolean top = true;
    for (String line : beside.toString().split("\n")) {
      out.line((top ? first : " ".repeat(HANG)) + line);
      top = false;
    }
  }

  private static void board(Text out, Style style, PrepView view) {
    if (view.board().isEmpty()) {
      return;
    }
    BoardDate board = view.board().get();
    long days = board.daysLeft();
    String when =
        days > 0
            ? days + (days == 1 ? " day left" : " days left")
            : days == 0 ? "today" : "passed " + -days + (days == -1 ? " day ago" : " days ago");
    out.para(
        2,
        4,
        new Styled("Board " + board.date() + ": ", style::bold),
        new Styled(when, days < 0 ? style::red : UnaryOperator.identity()));
  }

  /** The checklist as JSON: totals, then each section and its items. */
  public static void json(JsonGenerator g, PrepView view) throws IOException {
    g.writeStartObject();
    g.writeStringField("today", view.today().toString());
    g.writeNumberField("attempts", view.attempts());
    g.writeNumberField("done", view.done());
    g.writeNumberField("total", view.total());
    g.writeArrayFieldStart("sections");
    for (PrepSection section : view.sections()) {
      g.writeStartObject();
      g.writeStringField("id", section.id());
      g.writeStringField("title", section.title());
      g.writeStringField("guide", section.guide());
      g.writeNumberField("done", section.done());
      g.writeArrayFieldStart("items");
      for (PrepItem item : section.items()) {
        g.writeStartObject();
        g.writeStringField("id", item.id());
        g.writeStringField("item", item.item());
        g.writeBooleanField("done", item.done());
        g.writeStringField("detail", item.detail());
        if (item.command().isPresent()) {
          g.writeStringField("command", item.command().get());
        } else {
          g.writeNullField("command");
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    if (view.board().isPresent()) {
      g.writeObjectFieldStart("board");
      g.writeStringField("date", view.board().get().date().toString());
      g.writeNumberField("days_left", view.board().get().daysLeft());
      g.writeEndObject();
    }
    g.writeEndObject();
  }
}
