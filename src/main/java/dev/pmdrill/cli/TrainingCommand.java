package dev.pmdrill.cli;

import dev.pmdrill.bank.LoadResult;
import dev.pmdrill.bank.Question;
import dev.pmdrill.bank.RubricChecks;
import dev.pmdrill.history.HistoryStore;
import dev.pmdrill.history.SqliteLibrary;
import dev.pmdrill.history.StoredAttempt;
import dev.pmdrill.scoring.Score;
import dev.pmdrill.scoring.Scorer;
import dev.pmdrill.session.Attempt;
import dev.pmdrill.tui.Countdown;
import dev.pmdrill.tui.ScoreReport;
import dev.pmdrill.tui.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Walks the paths a user takes (the shell's line editor, loading, validating, scoring, the reports)
 * once, with no terminal and no output, so the launcher can record the classes they load in its
 * class-data archive: every later start, the shell's included, then skips loading them.
 */
@Command(
    name = "cds-training",
    hidden = true,
    description = "Used by the launcher to build its class-data archive.")
final class TrainingCommand implements Callable<Integer> {
  private final Context context;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  TrainingCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    StringWriter sink = new StringWriter();
    spec.root().commandLine().usage(new PrintWriter(sink));
    LoadResult loaded = RubricChecks.check(BankPaths.load(context, List.of()));
    sink.append(ValidationReport.text(loaded, true));
    for (Question q :
        loaded
            .catalog()
            .questions()
            .subList(0, Math.min(20, loaded.catalog().questions().size()))) {
      Score score = Scorer.score(q.rubric(), q.modelAnswer().orElse(q.prompt()));
      sink.append(ScoreReport.render(q.id(), score, 80, true));
    }
    sink.append(
        Countdown.line("training", Duration.ofSeconds(30), Optional.of(Duration.ofMinutes(1)), true)
            .toAnsi());
    trainReviews(loaded.catalog(), sink);
    Path scratch = Files.createTempDirectory("pmdrill-training");
    SqliteLibrary.useCacheIn(HistoryOptions.cacheDir(context));
    try (HistoryStore store = HistoryStore.open(scratch, context.clock())) {
      Question q = loaded.catalog().questions().get(0);
      store.record(
          StoredAttempt.of(
              Attempt.answered(q, q.prompt(), Duration.ZERO).withSelfRating(3),
              "drill",
              Optional.empty(),
              Optional.empty()));
      // In the local zone, as 'pmdrill stats' runs, so the zone rules' classes are archived too.
      sink.append(StatsCommand.report(store, context.clock(), true));
    } finally {
      try (var files = Files.walk(scratch)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    try (Terminal terminal =
        TerminalBuilder.builder()
            .dumb(true)
            .streams(
                new ByteArrayInputStream("drill --count 1\n".getBytes(StandardCharsets.UTF_8)),
                new ByteArrayOutputStream())
            .build()) {
      LineReader reader =
          LineReaderBuilder.builder()
              .terminal(terminal)
              .parser(new DefaultParser())
              .completer(new ShellCompleter(spec::root))
              .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
              .build();
      try {
        String line = reader.readLine("pmdrill> ");
        reader.getParser().parse(line, line.length()).words();
      } catch (EndOfFileException e) {
        // the scripted input ran out; the classes are loaded all the same
      }
      // The real terminal's classes too, as the shell opens one; no terminal is needed for that.
      TerminalBuilder.builder();
    }
    return sink.getBuffer().length() > 0 ? ExitCode.OK : ExitCode.ERRORS;
  }

  /** The story and packet reviews, on a story and an example written here. */
  private void trainReviews(dev.pmdrill.bank.Catalog catalog, StringWriter sink) {
    String text =
        "Last year I owned checkout. My goal was 5% more completion. I interviewed 12 users and"
            + " nobody owned the form, so I took it on. As a result completion rose from 61% to 69%.";
    try {
      dev.pmdrill.material.StoryBank bank =
          dev.pmdrill.material.MaterialReader.stories(
                  "training.md", ("## Checkout\n" + text).getBytes(StandardCharsets.UTF_8))
              .value();
      sink.append(
          dev.pmdrill.tui.StoryBankReport.render(
              dev.pmdrill.review.StoryBankReview.of(catalog, bank), 80, true));
      dev.pmdrill.material.Packet packet =
          dev.pmdrill.material.MaterialReader.packet(
                  "training.md",
                  ("---\ntrack: staff\n---\n## Checkout\n" + text).getBytes(StandardCharsets.UTF_8))
              .value();
      sink.append(
          dev.pmdrill.tui.PacketReport.render(
              dev.pmdrill.review.PacketReview.of(catalog, packet, context.clock()), 80, true));
    } catch (dev.pmdrill.material.MaterialException | RuntimeException e) {
      // training is best effort: a review that cannot run leaves its classes out of the archive
    }
  }
}
