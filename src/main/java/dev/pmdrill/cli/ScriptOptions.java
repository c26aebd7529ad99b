package dev.pmdrill.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.pmdrill.session.Attempt;
import dev.pmdrill.tui.ScoreReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Scripted practice: answers from stdin, text or JSON out, an exit code for CI. */
final class ScriptOptions {
  @Option(
      names = "--script",
      description = "Read answers from stdin even in a terminal (always so when stdin is not one).")
  boolean script;

  /** Scripted output: text, or json (one object per answer, then a summary). */
  @Mixin final FormatOption<TextOrJson> output = FormatOption.textOrJson();

  @Option(
      names = "--fail-below",
      paramLabel = "N",
      description = "Scripted: exit 1 when the average score is below N.")
  Integer failBelow;

  boolean scripted(Context context) {
    return script || !context.tty().available();
  }

  /** Prints every attempt and the summary; the exit code honours --fail-below. */
  int report(Context context, List<Attempt> attempts) {
    // Skips are counted apart, never as a 0 in the average.
    double average =
        attempts.stream().filter(a -> !a.skipped()).mapToInt(Attempt::total).average().orElse(0);
    long skipped = attempts.stream().filter(Attempt::skipped).count();
    if (output.json()) {
      writeJson(context, attempts, average, skipped);
    } else {
      for (int i = 0; i < attempts.size(); i++) {
        Attempt a = attempts.get(i);
        context
            .out()
            .println(
                "["
                    + (i + 1)
                    + "/"
                    + attempts.size()
                    + "] "
                    + a.question().prompt().strip().lines().findFirst().orElse(""));
        if (a.skipped()) {
          context.out().println(a.question().id() + "  skipped");
        } else {
          context.out().print(ScoreReport.render(a.question().id(), a.score(), context.color()));
        }
        context.out().println();
      }
      context
          .out()
          .println(
              String.format(
                  Locale.ROOT,
                  "%d answer%s, %d skipped, average %.1f",
                  attempts.size() - skipped,
                  attempts.size() - skipped == 1 ? "" : "s",
                  skipped,
                  average));
    }
    context.out().flush();
    if (failBelow != null && average < failBelow) {
      context
          .err()
          .println(
              String.format(
                  Locale.ROOT,
                  "pmdrill: the average %.1f is below --fail-below %d",
                  average,
                  failBelow));
      return ExitCode.ERRORS;
    }
    return ExitCode.OK;
  }

  private static void writeJson(
      Context context, List<Attempt> attempts, double average, long skipped) {
    try {
      JsonFactory factory = new JsonFactory();
      writeAttempts(context, factory, attempts);
      JsonGenerator g = factory.createGenerator(context.out());
      g.writeStartObject();
      g.writeObjectFieldStart("summary");
      g.writeNumberField("answers", attempts.size());
      g.writeNumberField("skipped", skipped);
      g.writeNumberField("average", Math.round(average * 10) / 10.0);
      g.writeEndObject();
      g.writeEndObject();
      g.flush();
      context.out().println();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One JSON line per attempt, as {@code score} writes it, plus whether it was skipped. */
  static void writeAttempts(Context context, JsonFactory factory, List<Attempt> attempts)
      throws IOException {
    for (Attempt a : attempts) {
      JsonGenerator g = factory.createGenerator(context.out());
      g.writeStartObject();
      dev.pmdrill.tui.ScoreJson.writeFields(g, a.question().id(), a.score());
      g.writeBooleanField("skipped", a.skipped());
      if (a.limit().isPresent()) {
        g.writeNumberField("limit_seconds", a.limit().get().getSeconds());
      }
      g.writeEndObject();
      g.flush();
      context.out().println();
    }
  }
}
