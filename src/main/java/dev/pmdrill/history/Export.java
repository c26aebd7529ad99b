package dev.pmdrill.history;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Every attempt, oldest first, as JSON or as CSV. The writer is the caller's: it is flushed, not
 * closed (to write a file, write a temporary file beside it and move it over, as DraftStore does).
 */
public final class Export {
  /** The CSV columns, in order; {@code criteria} is {@code kind:name=score} joined by "; ". */
  public static final List<String> CSV_COLUMNS =
      List.of(
          "id",
          "at",
          "question_id",
          "bank",
          "category",
          "rubric_hash",
          "mode",
          "loop",
          "round",
          "total",
          "scorer",
          "band",
          "skipped",
          "avoid_penalty",
          "used_seconds",
          "limit_seconds",
          "self_rating",
          "criteria",
          "answer");

  private Export() {}

  /**
   * A JSON array of attempts, each an object with the fields of {@link #CSV_COLUMNS} (absent values
   * as null) and {@code criteria} an array of {kind, name, dimension, weight, score, penalty}.
   */
  public static void json(HistoryStore store, Writer out) {
    try {
      JsonGenerator g =
          new JsonFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartArray();
      for (StoredAttemptRow row : oldestFirst(store)) {
        StoredAttempt a = row.attempt();
        g.writeStartObject();
        g.writeNumberField("id", row.id());
        g.writeStringField("at", row.at().toString());
        g.writeStringField("question_id", a.questionId());
        g.writeStringField("bank", a.bank());
        g.writeStringField("category", a.category());
        g.writeStringField("rubric_hash", a.rubricHash());
        g.writeStringField("mode", a.mode());
        g.writeStringField("loop", a.loop().orElse(null));
        g.writeStringField("round", a.round().orElse(null));
        g.writeNumberField("total", a.total());
        g.writeNumberField("scorer", a.scorer());
        g.writeStringField("band", a.band().label());
        g.writeBooleanField("skipped", a.skipped());
        g.writeNumberField("avoid_penalty", a.avoidPenalty());
        g.writeNumberField("used_seconds", a.usedSeconds());
        g.writeFieldName("limit_seconds");
        if (a.limitSeconds().isPresent()) {
          g.writeNumber(a.limitSeconds().getAsLong());
        } else {
          g.writeNull();
        }
        g.writeFieldName("self_rating");
        if (a.selfRating().isPresent()) {
          g.writeNumber(a.selfRating().getAsInt());
        } else {
          g.writeNull();
        }
        g.writeArrayFieldStart("criteria");
        for (StoredCriterion c : a.criteria()) {
          g.writeStartObject();
          g.writeStringField("kind", c.kind());
          g.writeStringField("name", c.name());
          g.writeStringField("dimension", c.dimension().orElse(null));
          g.writeNumberField("weight", c.weight());
          g.writeNumberField("score", c.score());
          g.writeNumberField("penalty", c.penalty());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("answer", a.answer());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeRaw('\n');
      g.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the JSON export: " + e.getMessage(), e);
    }
  }

  /** CSV after RFC 4180: a header row, CRLF line ends, fields quoted where they need it. */
  public static void csv(HistoryStore store, Writer out) {
    try {
      line(out, CSV_COLUMNS);
      for (StoredAttemptRow row : oldestFirst(store)) {
        StoredAttempt a = row.attempt();
        line(
            out,
            List.of(
                Long.toString(row.id()),
                row.at().toString(),
                a.questionId(),
                a.bank(),
                a.category(),
                a.rubricHash(),
                a.mode(),
                a.loop().orElse(""),
                a.round().orElse(""),
                Integer.toString(a.total()),
                Integer.toString(a.scorer()),
                a.band().label(),
                Boolean.toString(a.skipped()),
                number(a.avoidPenalty()),
                Long.toString(a.usedSeconds()),
                a.limitSeconds().isPresent() ? Long.toString(a.limitSeconds().getAsLong()) : "",
                a.selfRating().isPresent() ? Integer.toString(a.selfRating().getAsInt()) : "",
                a.criteria().stream()
                    .map(c -> c.key() + "=" + number(c.score()))
                    .collect(Collectors.joining("; ")),
                a.answer()));
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the CSV export: " + e.getMessage(), e);
    }
  }

  private static List<StoredAttemptRow> oldestFirst(HistoryStore store) {
    List<StoredAttemptRow> rows = new ArrayList<>(store.attempts());
    Collections.reverse(rows);
    return rows;
  }

  private static String inert(String field) {
    if (field.isEmpty() || "=+-@\t\r".indexOf(field.charAt(0)) < 0) {
      return field;
    }
    return field.matches("[-+]?[0-9]+(\\.[0-9]+)?") ? field : "'" + field;
  }

  private static String number(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15
        ? Long.toString((long) d)
        : String.format(Locale.ROOT, "%s", d);
  }

  private static void line(Writer out, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(quote(fields.get(i)));
    }
    out.write("\r\n");
  }

  /**
   * Quotes a field holding a comma, a double quote, CR or LF, doubling its quotes. A text field
   * that a spreadsheet would run as a formula (starting with = + - @, a tab or a CR) gets a leading
   * apostrophe, as OWASP advises, so it shows as the text it is; numbers are left as numbers.
   */
  static String quote(String raw) {
    String field = inert(raw);
    if (field.indexOf(',') < 0
        && field.indexOf('"') < 0
        && field.indexOf('\r') < 0
        && field.indexOf('\n') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }
}
