package dev.pmdrill.cli;

import dev.pmdrill.bank.Catalog;
import dev.pmdrill.history.HistoryStore;
import dev.pmdrill.history.StoredAttempt;
import dev.pmdrill.history.StoredAttemptRow;
import dev.pmdrill.scoring.Scorer;
import dev.pmdrill.scoring.ScorerVersion;
import dev.pmdrill.tui.ScoreReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pmdrill history [show N]}: the stored attempts, and one replayed with its feedback. */
@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    description = {
      "List stored attempts, newest first.",
      "history show N: replay attempt N with its feedback."
    })
final class HistoryCommand implements Callable<Integer> {
  private final Context context;

  @Mixin HistoryOptions history;

  @Option(
      names = {"-n", "--limit"},
      paramLabel = "N",
      defaultValue = "20",
      description = "How many attempts to list (default 20).")
  int limit;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "show",
      description = "'show' to replay one attempt.")
  String verb;

  @Parameters(index = "1", arity = "0..1", paramLabel = "N", description = "The attempt's number.")
  Long number;

  HistoryCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (verb != null && !verb.equals("show")) {
      throw new ExitException(
          ExitCode.USAGE, "unknown '" + verb + "'; did you mean 'history show N'?");
    }
    try (HistoryStore store = history.openToRead(context)) {
      if (verb == null) {
        for (StoredAttemptRow row : store.attempts(limit)) {
          StoredAttempt a = row.attempt();
          context
              .out()
              .println(
                  String.format(
                      "%5d  %s  %-32s %3d %-10s %s",
                      row.id(),
                      row.at().toString().substring(0, 16).replace('T', ' '),
                      a.questionId(),
                      a.total(),
                      a.band().label(),
                      a.mode() + a.loop().map(l -> " " + l).orElse("")));
        }
        if (store.count() == 0) {
          context.out().println("No attempts yet.");
        }
      } else {
        if (number == null) {
          throw new ExitException(
              ExitCode.USAGE, "history show needs the attempt's number (see 'pmdrill history')");
        }
        StoredAttemptRow row =
            store
                .attempt(number)
                .orElseThrow(() -> new ExitException(ExitCode.USAGE, "no attempt " + number));
        replay(row, store);
      }
    }
    context.out().flush();
    return ExitCode.OK;
  }

  private void replay(StoredAttemptRow row, HistoryStore store) {
    StoredAttempt a = row.attempt();
    context.out().println("Attempt " + row.id() + " at " + row.at() + ", " + a.mode());
    context.out().println(a.answer());
    context.out().println();
    Catalog catalog = context.builtIns().catalog();
    var question = catalog.question(a.questionId());
    String stored = a.questionId() + "  " + a.total() + "/100 " + a.band().label();
    if (question.isEmpty() || store.rubricChanged(row, question.get())) {
      String why =
          question.isEmpty()
              ? "the question is not in the built-in banks"
              : "the question's rubric has changed since";
      context
          .out()
          .println(
              stored
                  + "  ("
                  + why
                  + ": this is the score it got then"
                  + (a.olderScorer() ? ", from " + ScorerVersion.older(a.scorer()) : "")
                  + ")");
      return;
    }
    if (a.olderScorer()) {
      // The stored score stands; today's feedback on the same answer follows, said to be today's.
      context
          .out()
          .println(
              stored
                  + "  (given by "
                  + ScorerVersion.older(a.scorer())
                  + "; the feedback below is this pmdrill's, which may score it differently)");
      context.out().println();
    }
    context
        .out()
        .print(
            ScoreReport.render(
                a.questionId(),
                Scorer.score(question.get().rubric(), a.answer()),
                context.color()));
  }
}
