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
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Scores JSON Lines: a line in, a line out, in input order. Lines are scored on every core, but
 * only a bounded window of them is in flight, so memory stays flat however long the input. A line
 * that cannot be scored gives {@code {id, line, error}} and the batch goes on.
 */
final class BatchScoring {
  /** A line may hold an answer of the full size limit plus its JSON escaping. */
  static final int MAX_LINE = AnswerInput.MAX_BYTES * 2;

  private static final int IN_FLIGHT_PER_THREAD = 64;

  private final Catalog catalog;
  private final PrintWriter out;
  private final ObjectMapper mapper = new ObjectMapper();
  private final JsonFactory factory = mapper.getFactory();
  private int lines;
  private int failed;

  private record Result(String json, boolean scored) {}

  BatchScoring(Catalog catalog, PrintWriter out) {
    this.catalog = catalog;
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
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "pmdrill-score");
              t.setDaemon(true);
              return t;
            });
    ArrayDeque<Future<Result>> pending = new ArrayDeque<>();
    try {
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
        byte[] bytes = line.toByteArray();
        int n = number;
        boolean cut = tooLong;
        pending.add(pool.submit(() -> scoreLine(bytes, n, cut)));
        if (pending.size() >= threads * IN_FLIGHT_PER_THREAD) {
          write(pending.poll());
        }
        if (b == -1) {
          break;
        }
      }
      lines = number;
      while (!pending.isEmpty()) {
        write(pending.poll());
      }
    } finally {
      pool.shutdownNow();
    }
    out.flush();
    return failed == 0;
  }

  private void write(Future<Result> future) throws IOException {
    Result result;
    try {
      result = future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while scoring", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException
          ? (RuntimeException) e.getCause()
          : new IllegalStateException(e.getCause());
    }
    if (!result.json().isEmpty()) {
      out.write(result.json());
      out.write('\n');
    }
    failed += result.scored() ? 0 : 1;
  }

  private Result scoreLine(byte[] bytes, int number, boolean tooLong) {
    String text;
    try {
      text = AnswerInput.decodeText(bytes, "line " + number);
    } catch (ExitException e) {
      return error(
          Optional.empty(),
          number,
          tooLong ? "the line is longer than the limit of 2 MiB" : e.getMessage());
    }
    if (text.isBlank()) {
      return new Result("", true); // blank lines separate nothing and score nothing
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
    return json(
        g -> {
          writeId(g, id);
          ScoreJson.writeFields(g, q.get().id(), Scorer.score(q.get().rubric(), answer.asText()));
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
