package dev.pmdrill.tui;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.pmdrill.review.CheckItem;
import dev.pmdrill.review.ExampleReview;
import dev.pmdrill.review.PacketReview;
import dev.pmdrill.review.PageBudget;
import dev.pmdrill.review.PromotionCalendar;
import dev.pmdrill.review.Signal;
import dev.pmdrill.review.StoryBankReview;
import dev.pmdrill.review.StoryBankReview.Column;
import dev.pmdrill.review.StoryReview;
import dev.pmdrill.review.TrackReading;
import dev.pmdrill.scoring.CriterionResult;
import dev.pmdrill.scoring.Evidence;
import dev.pmdrill.session.ReviewerVote;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The story and packet reviews as JSON, in the shape docs/material.md documents. Each story or
 * example carries its full score in the contract's score shape under {@code "scored"}.
 */
public final class MaterialJson {
  private MaterialJson() {}

  public static void writeStories(JsonGenerator g, StoryBankReview review) throws IOException {
    g.writeStartObject();
    g.writeStringField("file", review.bank().file());
    g.writeObjectFieldStart("about");
    for (Map.Entry<String, String> e : review.bank().about().entrySet()) {
      g.writeStringField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
    g.writeArrayFieldStart("stories");
    for (StoryReview s : review.stories()) {
      g.writeStartObject();
      g.writeStringField("title", s.story().title());
      g.writeNumberField("line", s.story().location().line());
      g.writeStringField("question", s.question().id());
      g.writeNumberField("score", s.score().total());
      g.writeStringField("band", s.score().band().label());
      g.writeObjectFieldStart("star");
      if (s.star().isPresent()) {
        CriterionResult star = s.star().get();
        g.writeArrayFieldStart("present");
        for (Evidence e : star.evidence()) {
          g.writeStartObject();
          g.writeStringField("step", e.matched());
          g.writeStringField("quote", e.quote());
          g.writeEndObject();
        }
        g.writeEndArray();
        strings(g, "missing", star.missing());
        g.writeBooleanField("in_order", star.missing().isEmpty() && star.note().isEmpty());
      }
      g.writeEndObject();
      g.writeBooleanField("quantified", s.quantified());
      strings(g, "numbers", s.numbers().stream().map(Evidence::quote).toList());
      strings(g, "result_numbers", s.resultNumbers().stream().map(Evidence::quote).toList());
      g.writeObjectFieldStart("spoken");
      g.writeNumberField("minutes", Math.round(s.spoken().minutes() * 10) / 10.0);
      g.writeNumberField("words", s.spoken().words());
      g.writeNumberField("characters", s.spoken().characters());
      g.writeStringField(
          "verdict", s.spoken().tooShort() ? "short" : s.spoken().tooLong() ? "long" : "fits");
      g.writeEndObject();
      g.writeArrayFieldStart("shows");
      for (Signal signal : s.signals()) {
        signal(g, signal);
      }
      g.writeEndArray();
      g.writeObjectFieldStart("scored");
      ScoreJson.writeFields(g, s.question().id(), s.score());
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("coverage");
    g.writeArrayFieldStart("columns");
    for (Column c : review.columns()) {
      g.writeStartObject();
      g.writeStringField("id", c.id());
      g.writeStringField("name", c.name());
      g.writeStringField("kind", c.value() ? "value" : "theme");
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("rows");
    for (StoryReview s : review.stories()) {
      g.writeStartObject();
      g.writeStringField("title", s.story().title());
      for (Column c : review.columns()) {
        g.writeStringField(c.id(), review.coverage(s, c).label());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    strings(g, "gaps", review.gaps());
    if (review.weakest().isPresent()) {
      StoryReview w = review.weakest().get();
      g.writeObjectFieldStart("rework_first");
      g.writeStringField("title", w.story().title());
      g.writeNumberField("score", w.score().total());
      strings(g, "missing", w.missed().stream().map(r -> r.criterion().name()).toList());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  public static void writePacket(JsonGenerator g, PacketReview review) throws IOException {
    g.writeStartObject();
    g.writeStringField("file", review.packet().file());
    g.writeObjectFieldStart("track");
    if (review.packet().track().isPresent()) {
      g.writeStringField("stated", review.packet().track().get().id());
    } else {
      g.writeNullField("stated");
    }
    g.writeStringField("reviewed_as", review.track().id());
    if (review.reading().argued().isPresent()) {
      g.writeStringField("argued", review.reading().argued().get().id());
    } else {
      g.writeNullField("argued");
    }
    reading(g, review.reading());
    if (review.trackWarning().isPresent()) {
      g.writeStringField("warning", review.trackWarning().get());
    }
    g.writeEndObject();
    g.writeArrayFieldStart("examples");
    for (ExampleReview e : review.examples()) {
      g.writeStartObject();
      g.writeStringField("title", e.example().title());
      g.writeNumberField("line", e.example().location().line());
      g.writeStringField("question", e.question().id());
      g.writeNumberField("score", e.score().total());
      g.writeStringField("band", e.score().band().label());
      g.writeArrayFieldStart("questions");
      for (Signal q : e.questions()) {
        signal(g, q);
      }
      g.writeEndArray();
      g.writeObjectFieldStart("dimensions");
      for (String d : PacketReview.DIMENSIONS) {
        OptionalDouble v = e.dimension(d);
        if (v.isPresent()) {
          g.writeNumberField(d, Math.round(v.getAsDouble() * 10) / 10.0);
        } else {
          g.writeNullField(d);
        }
      }
      g.writeEndObject();
      g.writeBooleanField("execution_only", e.executionOnly());
      strings(g, "execution_signs", e.executionSigns());
      g.writeObjectFieldStart("track");
      reading(g, e.track());
      g.writeEndObject();
      if (e.stakeholderQuote().isPresent()) {
        g.writeStringField("stakeholder_quote", e.stakeholderQuote().get());
      } else {
        g.writeNullField("stakeholder_quote");
      }
      g.writeObjectFieldStart("scored");
      ScoreJson.writeFields(g, e.question().id(), e.score());
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("board");
    g.writeBooleanField("approved", review.board().approved());
    g.writeNumberField("approvals", review.board().approvals());
    g.writeNumberField("needed", review.board().needed());
    g.writeNumberField("reviewers_count", review.board().votes().size());
    g.writeArrayFieldStart("reviewers");
    for (ReviewerVote v : review.board().votes()) {
      g.writeStartObject();
      g.writeStringField("name", v.reviewer().name());
      strings(g, "focus", v.reviewer().focus());
      g.writeNumberField("bar", v.reviewer().bar());
      if (v.average().isPresent()) {
        g.writeNumberField("score", Math.round(v.average().getAsDouble() * 10) / 10.0);
      } else {
        g.writeNullField("score");
      }
      g.writeStringField("vote", v.approves() ? "approve" : "reject");
      strings(g, "probes", v.probes());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeArrayFieldStart("checklist");
    for (CheckItem item : review.checklist()) {
      g.writeStartObject();
      g.writeStringField("item", item.item());
      g.writeStringField(
          "status",
          item.status() == CheckItem.Status.MET
              ? "met"
              : item.status() == CheckItem.Status.MISSING ? "missing" : "unknown");
      g.writeStringField("detail", item.detail());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("pages");
    g.writeNumberField("pages", Math.round(review.pages().pages() * 10) / 10.0);
    g.writeNumberField("budget", PageBudget.PAGES);
    g.writeNumberField("words", review.pages().words());
    g.writeNumberField("chinese_characters", review.pages().characters());
    g.writeNumberField("words_per_page", PageBudget.WORDS_PER_PAGE);
    g.writeNumberField("characters_per_page", PageBudget.CHARACTERS_PER_PAGE);
    g.writeEndObject();
    if (review.calendar().isPresent()) {
      PromotionCalendar c = review.calendar().get();
      g.writeObjectFieldStart("calendar");
      g.writeStringField("board", c.board().toString());
      g.writeStringField("today", c.today().toString());
      g.writeNumberField("fiscal_year_start_month", c.fiscalYearStart().getValue());
      g.writeArrayFieldStart("steps");
      for (PromotionCalendar.Step step : c.steps()) {
        g.writeStartObject();
        g.writeStringField("name", step.name());
        g.writeStringField("start", step.start().toString());
        g.writeStringField("end", step.end().toString());
        g.writeStringField("dated", step.dated());
        g.writeStringField("status", step.status().label());
        g.writeStringField("next", step.next());
        g.writeEndObject();
      }
      g.writeEndArray();
      if (c.next().isPresent()) {
        g.writeStringField("next", c.next().get().name());
      }
      g.writeEndObject();
    } else {
      g.writeNullField("calendar");
    }
    g.writeEndObject();
  }

  private static void signal(JsonGenerator g, Signal s) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", s.id());
    g.writeStringField("name", s.name());
    g.writeStringField("level", s.coverage().label());
    g.writeNumberField("score", Math.round(s.score() * 1000) / 1000.0);
    strings(g, "evidence", s.evidence().stream().map(Evidence::quote).toList());
    if (s.coverage() != dev.pmdrill.review.Coverage.MET) {
      if (s.tip().isPresent()) {
        g.writeStringField("tip", s.tip().get());
      }
      if (s.probe().isPresent()) {
        g.writeStringField("probe", s.probe().get());
      }
    }
    g.writeEndObject();
  }

  private static void reading(JsonGenerator g, TrackReading r) throws IOException {
    strings(g, "staff_terms", r.staffTerms());
    strings(g, "principal_terms", r.principalTerms());
  }

  private static void strings(JsonGenerator g, String field, List<String> values)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
