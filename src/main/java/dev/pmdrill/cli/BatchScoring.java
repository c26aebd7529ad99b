package dev.pmdrill.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pmdrill.bank.Catalog;
import dev.pmdrill.bank.Question;
import dev.pmdrill.bank.Suggestions;
import dev.pmdrill.scoring.Scorer;
import dev.pmdrill.tui.ScoreJson;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * Scores JSON Lines in one pass: a line in, a line out, in order, so memory stays flat however long
 * the input. A line that cannot be scored gives {@code {id, line, error}} and the batch goes on.
 */
final class BatchScoring {
  /** A line may hold an answer of the full size limit plus its JSON escaping. */
  static final int MAX_LINE = AnswerInput.MAX_BYTES * 2;

  private final Catalog catalog;
  private final PrintWriter out;
  private final ObjectMapper mapper = new ObjectMapper();
  private final JsonFactory factory = mapper.getFactory();

  private int lines;
  private int failed;

  BatchScoring(Catalog catalog, PrintWriter out) {
    this.catalog = catalog;
    this.out = out;
  }

  /** Scores every line; true when every line was scored. */
  boolean run(InputStream input) throws IOException {
    boolean allScored = true;
    BufferedInputStream in = new BufferedInputStream(input, 1 << 16);
    ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
    int number = 0;
    while (true) {
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
      if (b == -1 && line.size() == 0) {
        break;
      }
      number++;
      boolean scored = scoreLine(line.toByteArray(), number, tooLong);
      allScored &= scored;
      failed += scored ? 0 : 1;
      lines = number;
      if (b == -1) {
        break;
      }
    }
    out.flush();
    return allScored;
  }

  int lines() {
    return lines;
  }

  int failed() {
    return failed;
  }

  private boolean scoreLine(byte[] bytes, int number, boolean tooLong) throws IOException {
    String text;
    try {
      text = AnswerInput.decode(bytes, "line " + number);
    } catch (ExitException e) {
      return error(
          Optional.empty(),
          number,
          tooLong ? "the line is longer than the limit of 2 MiB" : e.getMessage());
    }
    if (text.isBlank()) {
      return true; // blank lines separate nothing and score nothing
    }
    if (tooLong) {
      return error(Optional.empty(), number, "the line is longer than the limit of 2 MiB");
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
    Optional<Question> q = catalog.question(question.asText());
    if (q.isEmpty()) {
      return error(
          id,
          number,
          "no question '"
              + question.asText()
              + "' is loaded"
              + Suggestions.hint(question.asText(), catalog.questionIds()));
    }
    String problem = AnswerInput.problem(answer.asText());
    if (!problem.isEmpty()) {
      return error(id, number, "the answer " + problem);
    }
    JsonGenerator g = factory.createGenerator(out);
    g.writeStartObject();
    if (id.isPresent()) {
      g.writeFieldName("id");
      mapper.writeTree(g, id.get());
    }
    ScoreJson.writeFields(g, q.get().id(), Scorer.score(q.get().rubric(), answer.asText()));
    g.writeEndObject();
    g.flush();
    out.write('\n');
    return true;
  }

  private boolean error(Optional<JsonNode> id, int number, String message) throws IOException {
    JsonGenerator g = factory.createGenerator(out);
    g.writeStartObject();
    g.writeFieldName("id");
    if (id.isPresent()) {
      mapper.writeTree(g, id.get());
    } else {
      g.writeNull();
    }
    g.writeNumberField("line", number);
    g.writeStringField("error", message);
    g.writeEndObject();
    g.flush();
    out.write('\n');
    return false;
  }
}
