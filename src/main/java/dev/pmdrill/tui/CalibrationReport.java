package dev.pmdrill.tui;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.pmdrill.bank.Calibration;
import dev.pmdrill.bank.Calibration.Agreement;
import dev.pmdrill.bank.Calibration.CriterionSpread;
import dev.pmdrill.bank.Calibration.ExampleScore;
import dev.pmdrill.bank.Calibration.FileCalibration;
import dev.pmdrill.bank.Calibration.NearEdge;
import dev.pmdrill.bank.Calibration.QuestionCalibration;
import dev.pmdrill.bank.Calibration.UnmatchedTerm;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Renders {@code pmdrill calibrate}: per file, per question the examples, the criteria's spread,
 * the terms no example matches and the examples near an edge, then the file's and the total
 * agreement. Pure: a calibration, a width and a colour flag in, text out. Each section is one
 * method, in the order a question shows them.
 */
public final class CalibrationReport {
  private CalibrationReport() {}

  public static String text(Calibration c, int width, boolean color) {
    Style style = new Style(color);
    StringBuilder s = new StringBuilder();
    for (FileCalibration file : c.files()) {
      s.append(style.bold(clean(file.file()))).append('\n');
      for (QuestionCalibration q : file.questions()) {
        question(s, q, width, style);
      }
      s.append('\n')
          .append("  ")
          .append(style.bold("file, " + count(file.questions().size(), "question") + ":"))
          .append(' ')
          .append(figures(file.agreement()))
          .append('\n');
    }
    if (!c.files().isEmpty()) {
      s.append('\n');
    }
    int questions = c.files().stream().mapToInt(f -> f.questions().size()).sum();
    s.append(
            style.bold(
                "total, "
                    + count(c.files().size(), "file")
                    + ", "
                    + count(questions, "question")
                    + ":"))
        .append(' ')
        .append(figures(c.total()))
        .append('\n');
    return s.toString();
  }

  private static void question(StringBuilder s, QuestionCalibration q, int width, Style style) {
    s.append('\n')
        .append("  ")
        .append(style.bold(clean(q.id())))
        .append(" (")
        .append(clean(q.category()))
        .append(")");
    if (q.examples().isEmpty()) {
      s.append(": no examples to calibrate against")
          .append(q.placeholders() > 0 ? " (" + count(q.placeholders(), "placeholder") + ")" : "")
          .append('\n');
      return;
    }
    s.append('\n').append("    ").append(figures(q.agreement())).append('\n');
    if (q.placeholders() > 0) {
      s.append("    ")
          .append(style.dim(count(q.placeholders(), "placeholder example") + " not scored"))
          .append('\n');
    }
    examples(s, q, style);
    criteria(s, q, width, style);
    unmatchedTerms(s, q, width, style);
    unmatchedLikes(s, q, width, style);
    // A section for the like sentences no example comes near goes here, once concepts carry them.
    nearEdge(s, q, width, style);
  }

  private static void examples(StringBuilder s, QuestionCalibration q, Style style) {
    s.append("    ").append(style.dim("example  grade  expect     score")).append('\n');
    for (ExampleScore e : q.examples()) {
      String row =
          String.format(
              Locale.ROOT,
              "    %7d  %5.1f  %-9s  %5d",
              e.number(),
              e.grade(),
              clean(e.expect().written()),
              e.score());
      s.append(e.inRange() ? row : row + "  " + style.red("outside")).append('\n');
    }
  }

  private static void criteria(StringBuilder s, QuestionCalibration q, int width, Style style) {
    // The name takes what the numbers and the longest flag leave of the width.
    int nameWidth = Math.max(16, width - 50);
    s.append(
            style.dim(
                String.format(
                    Locale.ROOT,
                    "    %-" + nameWidth + "s  %6s  %6s  %5s  %5s",
                    "criterion",
                    "weight",
                    "strong",
                    "weak",
                    "met")))
        .append('\n');
    for (CriterionSpread c : q.criteria()) {
      String row =
          String.format(
              Locale.ROOT,
              "    %s  %6s  %6s  %5s  %5s",
              fit(clean(c.name()), nameWidth),
              c.weighted() ? number(c.weight()) : c.kind(),
              share(c.strong()),
              share(c.weak()),
              c.met() + "/" + c.examples());
      s.append(row);
      c.flag().ifPresent(f -> s.append("  ").append(style.yellow(f)));
      s.append('\n');
    }
  }

  private static void unmatchedLikes(
      StringBuilder s, QuestionCalibration q, int width, Style style) {
    if (q.unmatchedLikes().isEmpty()) {
      return;
    }
    s.append("    ").append(style.dim("like sentences no example comes near")).append('\n');
    for (Calibration.UnmatchedLike u : q.unmatchedLikes()) {
      s.append(
          hanging(
              String.format(
                  java.util.Locale.ROOT,
                  "%s: \"%s\" (best %.2f, counts at %.2f)",
                  clean(u.criterion()),
                  clean(u.sentence()),
                  u.best(),
                  u.threshold()),
              width,
              "      ",
              "        "));
    }
  }

  private static void unmatchedTerms(
      StringBuilder s, QuestionCalibration q, int width, Style style) {
    if (q.unmatchedTerms().isEmpty()) {
      return;
    }
    s.append("    ").append(style.dim("terms no example matches")).append('\n');
    Map<String, StringBuilder> byCriterion = new LinkedHashMap<>();
    for (UnmatchedTerm u : q.unmatchedTerms()) {
      StringBuilder terms =
          byCriterion.computeIfAbsent(clean(u.criterion()), k -> new StringBuilder());
      terms.append(terms.length() == 0 ? "" : ", ").append(clean(u.term()));
    }
    byCriterion.forEach(
        (criterion, terms) ->
            s.append(hanging(criterion + ": " + terms, width, "      ", "        ")));
  }

  private static void nearEdge(StringBuilder s, QuestionCalibration q, int width, Style style) {
    if (q.nearEdge().isEmpty()) {
      return;
    }
    s.append("    ")
        .append(style.dim("within " + Calibration.NEAR_EDGE + " points of an edge of their range"))
        .append('\n');
    for (NearEdge n : q.nearEdge()) {
      ExampleScore e = n.example();
      String where = n.edge() == e.expect().low() ? " above " : " below ";
      s.append(
          hanging(
              String.format(
                  Locale.ROOT,
                  "example %d scores %d, %s%s%s (expect %s)",
                  e.number(),
                  e.score(),
                  number(n.distance()),
                  where,
                  number(n.edge()),
                  clean(e.expect().written())),
              width,
              "      ",
              "        "));
    }
  }

  /** rank-check's figures, in its words: in-range, spearman, pairwise. */
  static String figures(Agreement a) {
    return String.format(
        Locale.ROOT,
        "in-range %d/%d spearman %s pairwise %s",
        a.inRange(),
        a.examples(),
        ratio(a.spearman()),
        ratio(a.pairwise()));
  }

  public static String json(Calibration c) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeArrayFieldStart("files");
      for (FileCalibration file : c.files()) {
        g.writeStartObject();
        g.writeStringField("file", file.file());
        agreement(g, file.agreement());
        g.writeArrayFieldStart("questions");
        for (QuestionCalibration q : file.questions()) {
          question(g, q);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("total");
      g.writeNumberField("files", c.files().size());
      g.writeNumberField("questions", c.files().stream().mapToInt(f -> f.questions().size()).sum());
      agreement(g, c.total());
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  private static void question(JsonGenerator g, QuestionCalibration q) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", q.id());
    g.writeStringField("category", q.category());
    g.writeNumberField("line", q.location().line());
    agreement(g, q.agreement());
    g.writeNumberField("placeholders", q.placeholders());
    g.writeArrayFieldStart("scored_examples");
    for (ExampleScore e : q.examples()) {
      g.writeStartObject();
      g.writeNumberField("example", e.number());
      g.writeNumberField("line", e.location().line());
      g.writeNumberField("score", e.score());
      g.writeStringField("expect", e.expect().written());
      g.writeNumberField("grade", e.grade());
      g.writeBooleanField("in_range", e.inRange());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("criteria");
    for (CriterionSpread c : q.criteria()) {
      g.writeStartObject();
      g.writeStringField("name", c.name());
      g.writeStringField("kind", c.kind());
      g.writeNumberField("weight", c.weight());
      g.writeBooleanField("weighted", c.weighted());
      optional(g, "strong", c.strong());
      optional(g, "weak", c.weak());
      g.writeNumberField("met", c.met());
      if (c.flag().isPresent()) {
        g.writeStringField("flag", c.flag().get());
      } else {
        g.writeNullField("flag");
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("unmatched_terms");
    for (UnmatchedTerm u : q.unmatchedTerms()) {
      g.writeStartObject();
      g.writeStringField("criterion", u.criterion());
      g.writeStringField("term", u.term());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("unmatched_likes");
    for (Calibration.UnmatchedLike u : q.unmatchedLikes()) {
      g.writeStartObject();
      g.writeStringField("criterion", u.criterion());
      g.writeStringField("sentence", u.sentence());
      g.writeNumberField("best", Math.round(u.best() * 1000) / 1000.0);
      g.writeNumberField("threshold", u.threshold());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("near_edge");
    for (NearEdge n : q.nearEdge()) {
      g.writeStartObject();
      g.writeNumberField("example", n.example().number());
      g.writeNumberField("score", n.example().score());
      g.writeNumberField("edge", n.edge());
      g.writeNumberField("distance", n.distance());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void agreement(JsonGenerator g, Agreement a) throws IOException {
    g.writeNumberField("examples", a.examples());
    g.writeNumberField("in_range", a.inRange());
    optional(g, "spearman", a.spearman());
    optional(g, "pairwise", a.pairwise());
  }

  private static void optional(JsonGenerator g, String field, OptionalDouble value)
      throws IOException {
    if (value.isPresent()) {
      g.writeNumberField(field, Math.round(value.getAsDouble() * 1000) / 1000.0);
    } else {
      g.writeNullField(field);
    }
  }

  private static String hanging(String text, int width, String first, String rest) {
    String wrapped = Wrap.wrap(text, width - (rest.length() - first.length()), first);
    // Wrap indents every line alike; the lines after the first hang under the text.
    String[] lines = wrapped.split("\n");
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      s.append(i == 0 ? lines[i] : rest + lines[i].substring(first.length())).append('\n');
    }
    return s.toString();
  }

  private static String ratio(OptionalDouble value) {
    return value.isPresent() ? String.format(Locale.ROOT, "%.3f", value.getAsDouble()) : "n/a";
  }

  private static String share(OptionalDouble value) {
    return value.isPresent() ? String.format(Locale.ROOT, "%.2f", value.getAsDouble()) : "-";
  }

  private static String number(double value) {
    return value == Math.rint(value)
        ? String.valueOf((long) value)
        : String.format(Locale.ROOT, "%.1f", value);
  }

  /** The text cut to {@code width} terminal columns (a wide character takes two) and padded. */
  private static String fit(String text, int width) {
    StringBuilder s = new StringBuilder();
    int used = 0;
    boolean cut = Wrap.columns(text) > width;
    int room = cut ? width - 3 : width;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int w = Wrap.columns(cp);
      if (used + w > room) {
        break;
      }
      s.appendCodePoint(cp);
      used += w;
      i += Character.charCount(cp);
    }
    if (cut) {
      s.append("...");
      used += 3;
    }
    return Wrap.pad(s.toString(), width);
  }

  private static String count(long n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }

  /** Text from a bank file, with control characters made visible instead of obeyed. */
  private static String clean(String text) {
    return text.replaceAll("\\p{Cc}", "\uFFFD");
  }
}
