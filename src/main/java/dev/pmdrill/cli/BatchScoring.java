package dev.pmdrill.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pmdrill.bank.Catalog;
import dev.pmdrill.session.BatchScorer;
import dev.pmdrill.tui.ScoreJson;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The I/O of {@code score --batch}: JSON Lines in, a line out for each, in input order. The
 * scoring, on every core with a bounded window in flight, is {@link BatchScorer}'s; here each line
 * is read, parsed and checked, and its outcome written. A line that cannot be scored gives {@code
 * {id, line, error}} and the batch goes on.
 */
final class BatchScoring {
  /** A line may hold an answer of the full size limit plus its JSON escaping. */
  static final int MAX_LINE = AnswerInput.MAX_BYTES * 2;

  private static final String TOO_LONG = "the line is longer than the limit of 2 MiB";

  private final BatchScorer scorer;
  private final PrintWriter out;
  private final ObjectMapper mapper = new ObjectMapper();
  private final JsonFactory factory = mapper.getFactory();
  private int lines;
  private int failed;

  /** One line as read: its bytes (cut at {@link #MAX_LINE}), its number, whether it was cut. */
  private record Line(byte[] bytes, int number, boolean tooLong) {}

  /** One line's output: its JSON ("" for a blank line) and whether it was scored. */
  private record Result(String json, boolean scored) {}

  BatchScoring(Catalog catalog, PrintWriter out) {
    this.scorer = new BatchScorer(catalog);
    this.out = out;
  }

  int lines() {
    return lines;
  }

  int failed() {
    return failed;
  }

  /** Scores every line; true when every line was scored. */
  boolean run(InputStream input) throws IOException {
    Lines read = new Lines(new BufferedInputStream(input, 1 << 16));
    try {
      scorer.inOrder(read, this::scoreLine, this::write);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    lines = read.number;
    out.flush();
    return failed == 0;
  }

  private void write(Result result) {
    if (!result.json().isEmpty()) {
      out.write(result.json());
      out.write('\n');
    }
    failed += result.scored() ? 0 : 1;
  }

  /** The lines of the input, read as they are asked for. */
  private static final class Lines implements Iterator<Line> {
    private final InputStream in;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
    private Line next;
    private boolean ended;
    private int number;

    Lines(InputStream in) {
      this.in = in;
    }

    @Override
    public boolean hasNext() {
      if (next == null && !ended) {
        next = read();
      }
      return next != null;
    }

    @Override
    public Line next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Line line = next;
      next = null;
      return line;
    }

    private Line read() {
      try {
        line.reset();
        boolean tooLong = false;
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
          if (line.size() < MAX_LINE) {
            line.write(b);
          } else {
            tooLong = true;
          }
        }
        ended = b == -1;
        if (ended && line.size() == 0) {
          return null;
        }
        number++;
        return new Line(line.toByteArray(), number, tooLong);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private Result scoreLine(Line line) {
    int number = line.number();
    String text;
    try {
      text = AnswerInput.decodeText(line.bytes(), "line " + number);
    } catch (ExitException e) {
      return error(Optional.empty(), number, line.tooLong() ? TOO_LONG : e.getMessage());
    }
    if (text.isBlank()) {
      return new Result("", true); // blank lines separate nothing and score nothing
    }
    if (line.tooLong()) {
      return error(Optional.empty(), number, TOO_LONG);
    }
    JsonNode node;
    try {
      node = mapper.readTree(text);
    } catch (JsonProcessingException e) {
      return error(Optional.empty(), number, "not JSON: " + e.getOriginalMessage());
    }
    if (!(node instanceof ObjectNode)) {
      return error(
          Optional.empty(),
          number,
          "a line must be a JSON object with \"question\" and \"answer\"");
    }
    Optional<JsonNode> id = Optional.ofNullable(node.get("id"));
    JsonNode question = node.get("question");
    JsonNode answer = node.get("answer");
    if (question == null || !question.isTextual()) {
      return error(id, number, "the line has no \"question\" (a question id as a string)");
    }
    if (answer == null || !answer.isTextual()) {
      return error(id, number, "the line has no \"answer\" (the answer as a string)");
    }
    BatchScorer.Outcome outcome = scorer.score(question.asText(), answer.asText());
    if (!outcome.scored()) {
      return error(id, number, outcome.error());
    }
    return json(
        g -> {
          writeId(g, id);
          ScoreJson.writeFields(g, outcome.questionId(), outcome.score().orElseThrow());
        },
        true);
  }

  private Result error(Optional<JsonNode> id, int number, String message) {
    return json(
        g -> {
          if (id.isPresent()) {
            writeId(g, id);
          } else {
            g.writeNullField("id");
          }
          g.writeNumberField("line", number);
          g.writeStringField("error", message);
        },
        false);
  }

  private void writeId(JsonGenerator g, Optional<JsonNode> id) throws IOException {
    if (id.isPresent()) {
      g.writeFieldName("id");
      mapper.writeTree(g, id.get());
    }
  }

  private interface Fields {
    void write(JsonGenerator g) throws IOException;
  }

  private Result json(Fields fields, boolean scored) {
    StringWriter text = new StringWriter(512);
    try (JsonGenerator g = factory.createGenerator(text)) {
      g.writeStartObject();
      fields.write(g);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Result(text.toString(), scored);
  }
}
