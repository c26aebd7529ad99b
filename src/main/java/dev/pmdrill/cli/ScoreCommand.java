package dev.pmdrill.cli;

import dev.pmdrill.bank.Catalog;
import dev.pmdrill.bank.Question;
import dev.pmdrill.bank.Suggestions;
import dev.pmdrill.scoring.Score;
import dev.pmdrill.session.Attempt;
import dev.pmdrill.tui.ScoreJson;
import dev.pmdrill.tui.ScoreReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pmdrill score}: scores one answer, or a batch of JSON Lines, against a question. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = {
      "Score an answer against a question's rubric.",
      "The answer is read from --answer-file or standard input; --batch scores JSON Lines.",
      "Exit status: 0 scored, 1 a bank that does not load or a batch line that failed,"
          + " 2 an unknown question or unusable input."
    })
final class ScoreCommand implements Callable<Integer> {
  private final Context context;

  @ArgGroup(multiplicity = "1")
  Target target;

  static final class Target {
    @Option(
        names = "--question",
        paramLabel = "ID",
        required = true,
        description = "The id of the question answered.")
    String question;

    @Option(
        names = "--batch",
        paramLabel = "FILE",
        required = true,
        description =
            "JSON Lines of {\"question\", \"answer\", \"id\"} from FILE, or - for standard input;"
                + " writes one JSON result per line, in order.")
    String batch;
  }

  @Mixin BankOptions bankOptions;

  @Option(
      names = "--answer-file",
      paramLabel = "FILE",
      description = "Read the answer from FILE instead of standard input.")
  String answerFile;

  @Mixin final FormatOption<TextOrJson> output = FormatOption.textOrJson();

  @Option(
      names = "--record",
      description = "Also store this attempt in your history (score stores nothing unless asked).")
  boolean record;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "With --record: the history's folder.")
  String dataDir;

  ScoreCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    Catalog catalog = bankOptions.load(context);
    if (target.batch != null) {
      if (answerFile != null) {
        throw new ExitException(
            ExitCode.USAGE,
            "--answer-file and --batch do not go together: a batch holds its answers");
      }
      InputStream in = target.batch.equals("-") ? context.in() : open(target.batch);
      try (in) {
        BatchScoring batch = new BatchScoring(catalog, context.out());
        if (batch.run(in)) {
          return ExitCode.OK;
        }
        context
            .err()
            .println(
                "pmdrill score: "
                    + batch.failed()
                    + " of "
                    + batch.lines()
                    + " lines could not be scored; see their \"error\" fields");
        return ExitCode.ERRORS;
      }
    }
    Question question = find(catalog, target.question);
    String answer =
        answerFile == null
            ? AnswerInput.read(context.in(), "standard input")
            : AnswerInput.read(open(answerFile), answerFile);
    // Scored once: the attempt a --record stores is the one whose score is shown.
    Attempt attempt = Attempt.answered(question, answer, Duration.ZERO, Optional.empty());
    Score score = attempt.score();
    boolean lost = false;
    if (record) {
      try (Recorder recorder = new Recorder(context, HistoryOptions.at(dataDir))) {
        recorder.record(attempt, "score", Optional.empty(), Optional.empty());
        lost = recorder.lostAny();
      }
    }
    if (output.json()) {
      JsonOutput.print(
          context,
          g -> {
            g.writeStartObject();
            ScoreJson.writeFields(g, question.id(), score);
            g.writeEndObject();
          });
    } else {
      context.out().print(ScoreReport.render(question.id(), score, context.color()));
    }
    context.out().flush();
    return lost ? ExitCode.ERRORS : ExitCode.OK;
  }

  static Question find(Catalog catalog, String id) {
    return catalog
        .question(id)
        .orElseThrow(
            () ->
                new ExitException(
                    ExitCode.USAGE,
                    "no question '"
                        + id
                        + "' is loaded"
                        + Suggestions.hint(id, catalog.questionIds())));
  }

  private InputStream open(String file) {
    Path path = context.resolve(file);
    if (!Files.exists(path)) {
      throw new ExitException(ExitCode.USAGE, "no such file: " + file);
    }
    if (Files.isDirectory(path)) {
      throw new ExitException(ExitCode.USAGE, file + " is a folder; give the file");
    }
    try {
      return Files.newInputStream(path);
    } catch (IOException e) {
      throw new ExitException(ExitCode.USAGE, "cannot read " + file + ": " + e.getMessage());
    }
  }
}
