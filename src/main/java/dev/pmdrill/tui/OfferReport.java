package dev.pmdrill.tui;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.pmdrill.review.OfferComparison;
import dev.pmdrill.review.OfferComparison.Lead;
import dev.pmdrill.review.OfferComparison.OfferYears;
import dev.pmdrill.review.OfferComparison.Year;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Offers compared, for a candidate to read or a script to take: each offer's total by year with its
 * parts and the guide's band beside it, who leads each year, the questions worth asking of each,
 * and the negotiation advice that holds whatever the offers.
 */
public final class OfferReport {
  private static final int MIN_WIDTH = 40;

  private OfferReport() {}

  public static String render(OfferComparison c, int width, boolean color) {
    Style style = new Style(color);
    Text out = new Text(Math.max(MIN_WIDTH, width));
    int years = c.offers().get(0).years().size();
    out.para(
        0,
        2,
        new Styled(
            c.offers().size() + (c.offers().size() == 1 ? " offer" : " offers"), style::bold),
        Styled.plain(
            ", over "
                + years
                + (years == 1 ? " year" : " years")
                + ", CNY a year: base + bonus target + RSU vesting that year + sign-on"));
    for (OfferYears o : c.offers()) {
      out.blank();
      out.para(
          0,
          2,
          new Styled(o.offer().name(), style::bold),
          Styled.plain(
              "  ("
                  + o.offer().location().file()
                  + ":"
                  + o.offer().location().line()
                  + ")  "
                  + band(o)));
      for (Year y : o.years()) {
        List<Styled> line = new ArrayList<>();
        line.add(Styled.plain("Year " + y.year() + ": "));
        line.add(new Styled(OfferComparison.amount(y.total()), style::bold));
        if (o.band().isPresent()) {
          String position = o.band().get().position(y.total());
          line.add(
              new Styled(
                  " " + position + " the band",
                  position.equals("below") ? style::yellow : style::green));
        }
        line.add(Styled.plain(" = " + parts(y)));
        out.para(2, 4, line.toArray(Styled[]::new));
      }
    }
    if (!c.leads().isEmpty()) {
      out.blank();
      out.para(0, 2, new Styled("Who leads", style::bold));
      for (Lead l : c.leads()) {
        out.para(
            2,
            4,
            Styled.plain(
                "Year "
                    + l.year()
                    + ": "
                    + c.offers().get(l.offer()).offer().name()
                    + (l.margin() == 0
                        ? ", level with the next"
                        : ", by " + OfferComparison.amount(l.margin()))));
      }
    } else {
      out.blank();
      out.para(
          0,
          2,
          Styled.plain("One offer: nothing to compare it with; a second is the strongest lever."));
    }
    out.blank();
    out.para(0, 2, new Styled("Questions worth asking", style::bold));
    for (OfferYears o : c.offers()) {
      out.para(2, 4, new Styled(o.offer().name(), style::bold));
      for (String q : o.questions()) {
        out.para(4, 6, Styled.plain("- " + q));
      }
    }
    out.blank();
    out.para(0, 2, new Styled("Whatever the offers", style::bold));
    for (String a : c.advice()) {
      out.para(2, 4, Styled.plain("- " + a));
    }
    return out.toString();
  }

  private static String band(OfferYears o) {
    if (o.band().isPresent()) {
      return "guide band " + o.band().get().level() + " " + OfferComparison.range(o.band().get());
    }
    return o.offer()
        .level()
        .map(l -> "the guide gives no band for " + l)
        .orElse("no level given, so no band");
  }

  private static String parts(Year y) {
    List<String> parts = new ArrayList<>();
    parts.add("base " + OfferComparison.amount(y.base()));
    if (y.bonus() > 0) {
      parts.add("bonus " + OfferComparison.amount(y.bonus()));
    }
    if (y.rsu() > 0) {
      parts.add("RSU " + OfferComparison.amount(y.rsu()));
    }
    if (y.signOn() > 0) {
      parts.add("sign-on " + OfferComparison.amount(y.signOn()));
    }
    return String.join(" + ", parts);
  }

  public static void writeJson(JsonGenerator g, OfferComparison c) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("offers");
    for (OfferYears o : c.offers()) {
      g.writeStartObject();
      g.writeStringField("company", o.offer().company());
      if (o.offer().level().isPresent()) {
        g.writeStringField("level", o.offer().level().get());
      } else {
        g.writeNullField("level");
      }
      g.writeStringField("file", o.offer().location().file());
      g.writeNumberField("line", o.offer().location().line());
      if (o.band().isPresent()) {
        g.writeObjectFieldStart("band");
        g.writeStringField("level", o.band().get().level());
        g.writeNumberField("low", Math.round(o.band().get().low()));
        g.writeNumberField("high", Math.round(o.band().get().high()));
        g.writeEndObject();
      } else {
        g.writeNullField("band");
      }
      g.writeArrayFieldStart("years");
      for (Year y : o.years()) {
        g.writeStartObject();
        g.writeNumberField("year", y.year());
        g.writeNumberField("base", Math.round(y.base()));
        g.writeNumberField("bonus", Math.round(y.bonus()));
        g.writeNumberField("rsu", Math.round(y.rsu()));
        g.writeNumberField("sign_on", Math.round(y.signOn()));
        g.writeNumberField("total", Math.round(y.total()));
        if (o.band().isPresent()) {
          g.writeStringField("band_position", o.band().get().position(y.total()));
        } else {
          g.writeNullField("band_position");
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("questions");
      for (String q : o.questions()) {
        g.writeString(q);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("leads");
    for (Lead l : c.leads()) {
      g.writeStartObject();
      g.writeNumberField("year", l.year());
      g.writeStringField("offer", c.offers().get(l.offer()).offer().name());
      g.writeNumberField("margin", Math.round(l.margin()));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("advice");
    for (String a : c.advice()) {
      g.writeString(a);
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
