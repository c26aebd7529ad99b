package dev.pmdrill.tui;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.pmdrill.bank.LoadResult;
import dev.pmdrill.bank.Problem;
import dev.pmdrill.bank.ProblemKind;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Renders the outcome of {@code validate} in each of its formats. Pure: text in, text out. */
public final class ValidationReport {
  private ValidationReport() {}

  /** One line per problem, then the summary. */
  public static String text(LoadResult result, boolean color) {
    Style style = new Style(color);
    StringBuilder s = new StringBuilder();
    for (Problem p : result.problems()) {
      String label =
          p.isError() ? style.red(p.severity().label()) : style.yellow(p.severity().label());
      s.append(style.bold(p.location().toString()))
          .append(": ")
          .append(label)
          .append(": ")
          .append(p.message())
          .append('\n');
    }
    return s.append(summary(result, color)).toString();
  }

  public static String summary(LoadResult result, boolean color) {
    Style style = new Style(color);
    int files = result.files().size();
    int questions = result.catalog().questions().size();
    int loops = result.catalog().loops().size();
    String counts =
        files
            + " file"
            + plural(files)
            + ", "
            + questions
            + " question"
            + plural(questions)
            + ", "
            + loops
            + " loop"
            + plural(loops);
    long errors = result.errorCount();
    long warnings = result.warningCount();
    String verdict =
        errors + " error" + plural(errors) + ", " + warnings + " warning" + plural(warnings);
    String line = "validated " + counts + ": " + verdict;
    return (errors > 0 ? style.red(line) : warnings > 0 ? style.yellow(line) : style.green(line))
        + "\n";
  }

  /** The problems as a JSON array of {file, line, column, severity, message}. */
  public static String json(LoadResult result) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartArray();
      for (Problem p : result.problems()) {
        g.writeStartObject();
        g.writeStringField("file", p.location().file());
        g.writeNumberField("line", p.location().line());
        g.writeNumberField("column", p.location().column());
        g.writeStringField("severity", p.severity().label());
        g.writeStringField("message", p.message());
        g.writeEndObject();
      }
      g.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  /** Where SARIF readers send a user who wants to know more about the tool. */
  public static final String INFORMATION_URI = "https://pmdrill.dev/docs/bank-format";

  /**
   * A SARIF 2.1.0 log, as code-scanning views read it: one run whose driver lists a rule per
   * problem kind, and one result per problem with its rule, level, message and place.
   */
  public static String sarif(LoadResult result, String toolVersion) {
    StringWriter out = new StringWriter();
    ProblemKind[] kinds = ProblemKind.values();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
      g.writeStringField("version", "2.1.0");
      g.writeArrayFieldStart("runs");
      g.writeStartObject();
      g.writeObjectFieldStart("tool");
      g.writeObjectFieldStart("driver");
      g.writeStringField("name", "pmdrill");
      g.writeStringField("version", toolVersion);
      g.writeStringField("informationUri", INFORMATION_URI);
      g.writeArrayFieldStart("rules");
      for (ProblemKind kind : kinds) {
        g.writeStartObject();
        g.writeStringField("id", kind.id());
        g.writeObjectFieldStart("shortDescription");
        g.writeStringField("text", kind.description());
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
      g.writeArrayFieldStart("results");
      for (Problem p : result.problems()) {
        ProblemKind kind = ProblemKind.of(p);
        g.writeStartObject();
        g.writeStringField("ruleId", kind.id());
        g.writeNumberField("ruleIndex", kind.ordinal());
        g.writeStringField("level", p.isError() ? "error" : "warning");
        g.writeObjectFieldStart("message");
        g.writeStringField("text", p.message());
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", uri(p.location().file()));
        g.writeEndObject();
        g.writeObjectFieldStart("region");
        g.writeNumberField("startLine", p.location().line());
        g.writeNumberField("startColumn", p.location().column());
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  /**
   * A file name as a SARIF artifact URI: a relative path stays relative (code scanning resolves it
   * against the repository), with '/' separators and anything outside a URI's path percent-encoded.
   */
  static String uri(String file) {
    String path = file.replace('\\', '/');
    boolean absolute = path.startsWith("/") || path.matches("[A-Za-z]:/.*");
    StringBuilder s =
        new StringBuilder(absolute ? "file://" + (path.startsWith("/") ? "" : "/") : "");
    for (byte b : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || "-._~/:@!$&'()*+,;=".indexOf(c) >= 0) {
        s.append(c);
      } else {
        s.append('%').append(String.format(java.util.Locale.ROOT, "%02X", b & 0xff));
      }
    }
    return s.toString();
  }

  /** GitHub Actions workflow commands, which annotate the lines in a pull request. */
  public static String github(LoadResult result) {
    StringBuilder s = new StringBuilder();
    for (Problem p : result.problems()) {
      s.append("::")
          .append(p.isError() ? "error" : "warning")
          .append(" file=")
          .append(escapeProperty(p.location().file()))
          .append(",line=")
          .append(p.location().line())
          .append(",col=")
          .append(p.location().column())
          .append("::")
          .append(escapeData(p.message()))
          .append('\n');
    }
    return s.toString();
  }

  /** A JUnit XML report with one test case per file, failed when the file has errors. */
  public static String junit(LoadResult result) {
    Map<String, List<Problem>> byFile = new TreeMap<>();
    result.files().forEach(f -> byFile.put(f, new java.util.ArrayList<>()));
    result
        .problems()
        .forEach(
            p ->
                byFile
                    .computeIfAbsent(p.location().file(), f -> new java.util.ArrayList<>())
                    .add(p));
    long failures =
        byFile.values().stream().filter(ps -> ps.stream().anyMatch(Problem::isError)).count();
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("testsuite");
      x.writeAttribute("name", "pmdrill validate");
      x.writeAttribute("tests", String.valueOf(byFile.size()));
      x.writeAttribute("failures", String.valueOf(failures));
      x.writeAttribute("errors", "0");
      for (Map.Entry<String, List<Problem>> file : byFile.entrySet()) {
        x.writeCharacters("\n  ");
        x.writeStartElement("testcase");
        x.writeAttribute("classname", "pmdrill.validate");
        x.writeAttribute("name", file.getKey());
        List<Problem> errors = file.getValue().stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
          x.writeCharacters("\n    ");
          x.writeStartElement("failure");
          x.writeAttribute("type", "error");
          x.writeAttribute(
              "message",
              errors.size() + " error" + plural(errors.size()) + ": " + errors.get(0).message());
          x.writeCharacters(
              errors.stream().map(Problem::toString).collect(Collectors.joining("\n")));
          x.writeEndElement();
        }
        List<Problem> warnings = file.getValue().stream().filter(p -> !p.isError()).toList();
        if (!warnings.isEmpty()) {
          x.writeCharacters("\n    ");
          x.writeStartElement("system-out");
          x.writeCharacters(
              warnings.stream().map(Problem::toString).collect(Collectors.joining("\n")));
          x.writeEndElement();
        }
        x.writeCharacters("\n  ");
        x.writeEndElement();
      }
      x.writeCharacters("\n");
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return out + "\n";
  }

  private static String plural(long n) {
    return n == 1 ? "" : "s";
  }

  // GitHub's workflow-command escaping: data escapes %, CR, LF; properties also : and ,
  private static String escapeData(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  private static String escapeProperty(String s) {
    return escapeData(s).replace(":", "%3A").replace(",", "%2C");
  }
}
