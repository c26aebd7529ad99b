package dev.pmdrill.cli;

import dev.pmdrill.bank.Durations;
import dev.pmdrill.bank.Loop;
import dev.pmdrill.bank.Question;
import dev.pmdrill.session.Attempt;
import dev.pmdrill.session.PlannedRound;
import dev.pmdrill.session.RoundResult;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jline.reader.EndOfFileException;
import org.jline.reader.UserInterruptException;

/** A mock loop in the terminal: a break screen before each round, then its questions. */
final class InteractiveLoop {
  private final Context context;

  private final Recorder recorder;

  InteractiveLoop(Context context, Recorder recorder) {
    this.context = context;
    this.recorder = recorder;
  }

  List<RoundResult> run(Loop loop, List<PlannedRound> plan) {
    PrintWriter out = context.tty().terminal().orElseThrow().writer();
    InteractiveDrill drill =
        new InteractiveDrill(context, recorder, "loop", Optional.of(loop.id()));
    List<RoundResult> results = new ArrayList<>();
    out.println();
    out.println(loop.title() + ": " + plan.size() + " rounds");
    for (int r = 0; r < plan.size(); r++) {
      PlannedRound round = plan.get(r);
      int n = round.questions().size();
      out.println();
      out.println(
          "Round "
              + (r + 1)
              + " of "
              + plan.size()
              + ": "
              + round.round().name()
              + " - "
              + n
              + " question"
              + (n == 1 ? "" : "s")
              + round.round().time().map(t -> ", " + Durations.format(t) + " in all").orElse("")
              + round.round().gate().stream()
                  .mapToObj(g -> ", a hard gate at " + Math.round(g))
                  .findFirst()
                  .orElse(""));
      out.flush();
      try {
        context.tty().reader().readLine("Press Enter to start the round (take a breath). ");
      } catch (UserInterruptException | EndOfFileException e) {
        out.println("The loop was stopped; the rounds not taken count as skipped.");
        for (int rest = r; rest < plan.size(); rest++) {
          results.add(skipped(plan.get(rest)));
        }
        return results;
      }
      List<Attempt> attempts = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Question q = round.questions().get(i);
        Optional<Duration> limit = LoopCommand.share(round.round().time(), n).or(q::time);
        attempts.add(
            drill
                .ask(q, i + 1, n, limit, false, "", Optional.of(round.round().name()))
                .orElseGet(() -> Attempt.skipped(q, Duration.ZERO, limit)));
      }
      results.add(new RoundResult(round.round(), attempts));
    }
    return results;
  }

  private static RoundResult skipped(PlannedRound round) {
    return new RoundResult(
        round.round(),
        round.questions().stream().map(q -> Attempt.skipped(q, Duration.ZERO, q.time())).toList());
  }
}
