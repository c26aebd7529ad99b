package dev.pmdrill.tui;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.pmdrill.scoring.CriterionResult;
import dev.pmdrill.scoring.Evidence;
import dev.pmdrill.scoring.Misplaced;
import dev.pmdrill.scoring.Score;
import java.io.IOException;
import java.util.List;

/**
 * Writes a score as the contract's JSON object: question, scorer, score, band, words, criteria
 * (kind, name, weight, score, evidence, missing; {@code missing_readable}, the missing terms as the
 * feedback says them, where that differs; {@code misplaced}, terms said outside the third a concept
 * counts) and penalties (name, points, evidence), plus the prose cap when it applied. The caller
 * owns the generator, so one result can be a line of a batch.
 */
public final class ScoreJson {
  private ScoreJson() {}

  public static void writeFields(JsonGenerator g, String question, Score score) throws IOException {
    g.writeStringField("question", question);
    g.writeNumberField("scorer", score.scorer());
    g.writeNumberField("score", score.total());
    g.writeStringField("band", score.band().label());
    g.writeNumberField("words", score.words());
    if (!score.adjustments().isEmpty()) {
      g.writeArrayFieldStart("adjustments");
      for (String adjustment : score.adjustments()) {
        g.writeString(adjustment);
      }
      g.writeEndArray();
    }
    g.writeArrayFieldStart("criteria");
    for (CriterionResult r : score.results()) {
      g.writeStartObject();
      g.writeStringField("kind", r.criterion().kind());
      g.writeStringField("name", r.criterion().name());
      g.writeNumberField("weight", r.criterion().info().weight());
      g.writeNumberField("score", Math.round(r.score() * 1000) / 1000.0);
      writeEvidence(g, r);
      g.writeArrayFieldStart("missing");
      for (String m : r.missing()) {
        g.writeString(m);
      }
      g.writeEndArray();
      List<String> readable = r.missingToShow();
      if (!readable.equals(r.missing())) {
        g.writeArrayFieldStart("missing_readable");
        for (String m : readable) {
          g.writeString(m);
        }
        g.writeEndArray();
      }
      if (!r.misplaced().isEmpty()) {
        g.writeArrayFieldStart("misplaced");
        for (Misplaced m : r.misplaced()) {
          g.writeStartObject();
          g.writeStringField("term", m.term());
          g.writeStringField("quote", m.quote());
          g.writeStringField("region", m.region());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      if (r.criterion().info().dimension().isPresent()) {
        g.writeStringField("dimension", r.criterion().info().dimension().get());
      }
      if (!r.met() && r.criterion().info().tip().isPresent()) {
        g.writeStringField("tip", r.criterion().info().tip().get());
      }
      if (!r.met() && r.criterion().info().probe().isPresent()) {
        g.writeStringField("probe", r.criterion().info().probe().get());
      }
      if (r.note().isPresent()) {
        g.writeStringField("note", r.note().get());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("penalties");
    for (CriterionResult r : score.penalties()) {
      g.writeStartObject();
      g.writeStringField("name", r.criterion().name());
      g.writeNumberField("points", r.penalty());
      writeEvidence(g, r);
      g.writeEndObject();
    }
    g.writeEndArray();
    if (score.cappedBy().isPresent()) {
      CriterionResult cap = score.cappedBy().get();
      g.writeObjectFieldStart("capped");
      g.writeStringField("name", cap.criterion().name());
      g.writeNumberField("cap", cap.cap().getAsDouble());
      g.writeStringField("reason", cap.note().orElse(""));
      g.writeEndObject();
    }
  }

  private static void writeEvidence(JsonGenerator g, CriterionResult r) throws IOException {
    g.writeArrayFieldStart("evidence");
    for (Evidence e : r.evidence()) {
      g.writeString(e.quote());
    }
    g.writeEndArray();
  }
}
