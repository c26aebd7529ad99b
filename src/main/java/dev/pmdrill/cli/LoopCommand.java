package dev.pmdrill.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.pmdrill.bank.Catalog;
import dev.pmdrill.bank.Loop;
import dev.pmdrill.bank.Question;
import dev.pmdrill.bank.Suggestions;
import dev.pmdrill.material.Track;
import dev.pmdrill.review.PacketReview;
import dev.pmdrill.review.TrackQuestions;
import dev.pmdrill.session.Attempt;
import dev.pmdrill.session.BoardOutcome;
import dev.pmdrill.session.LoopOutcome;
import dev.pmdrill.session.LoopPlan;
import dev.pmdrill.session.PlannedRound;
import dev.pmdrill.session.ReviewerVote;
import dev.pmdrill.session.RoundResult;
import dev.pmdrill.session.SelectionException;
import dev.pmdrill.tui.LoopReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code pmdrill loop ID}: a whole mock interview, round by round, then the report or the board.
 */
@Command(
    name = "loop",
    mixinStandardHelpOptions = true,
    description = {
      "Run a mock interview loop: its rounds in order, then the report (gates, average, the board's votes).",
      "Scripted: the answers for every round, in order, separated by lines holding only '---'."
    })
final class LoopCommand implements Callable<Integer> {
  private final Context context;

  @Mixin BankOptions bankOptions;

  @Mixin ScriptOptions script;

  @Mixin HistoryOptions history;

  @Parameters(
      paramLabel = "ID",
      completionCandidates = Completions.LoopIds.class,
      description = "The loop's id (see 'pmdrill list').")
  String id;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "Seed for drawing the questions of each round.")
  Long seed;

  @Option(
      names = "--track",
      paramLabel = "TRACK",
      completionCandidates = Completions.Tracks.class,
      description = {
        "staff or principal: the board asks only that track's questions and those",
        "every packet is asked (p9-review-board)."
      })
  String track;

  LoopCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Catalog catalog = bankOptions.load(context);
    Loop loop =
        catalog
            .loop(id)
            .orElseThrow(
                () ->
                    new ExitException(
                        ExitCode.USAGE,
                        "no loop '"
                            + id
                            + "' is loaded"
                            + Suggestions.hint(
                                id, catalog.loops().stream().map(Loop::id).toList())));
    List<PlannedRound> plan;
    try {
      plan =
          LoopPlan.draw(
              loop,
              catalog,
              new Random(seed != null ? seed : System.nanoTime()),
              askable(loop, catalog));
    } catch (SelectionException e) {
      throw new ExitException(ExitCode.ERRORS, e.getMessage());
    }
    List<RoundResult> results;
    boolean lost;
    try (Recorder recorder = new Recorder(context, history)) {
      if (script.scripted(context)) {
        results = scripted(plan);
        List<Attempt> attempts = results.stream().flatMap(r -> r.attempts().stream()).toList();
        List<Optional<String>> rounds =
            results.stream()
                .flatMap(r -> r.attempts().stream().map(a -> Optional.of(r.round().name())))
                .toList();
        recorder.record(attempts, "loop", Optional.of(loop.id()), rounds);
      } else {
        results = new InteractiveLoop(context, recorder).run(loop, plan);
      }
      lost = recorder.lostAny();
    }
    LoopOutcome outcome = LoopOutcome.of(loop, results);
    if (script.scripted(context) && script.output.json()) {
      writeJson(outcome);
    } else {
      var out =
          context.tty().available() && !script.scripted(context)
              ? context.tty().terminal().orElseThrow().writer()
              : context.out();
      out.print(LoopReport.render(outcome, width(), context.color()));
      out.flush();
    }
    context.out().flush();
    if (script.failBelow != null && outcome.average() < script.failBelow) {
      context
          .err()
          .println(
              "pmdrill: the loop average "
                  + Math.round(outcome.average())
                  + " is below --fail-below "
                  + script.failBelow);
      return ExitCode.ERRORS;
    }
    return lost && script.scripted(context) ? ExitCode.ERRORS : ExitCode.OK;
  }

  /** The questions a {@code --track} board may ask; every question without the option. */
  private Predicate<Question> askable(Loop loop, Catalog catalog) {
    if (track == null) {
      return q -> true;
    }
    Track chosen =
        Track.parse(track)
            .orElseThrow(
                () ->
                    new ExitException(
                        ExitCode.USAGE,
                        "--track must be "
                            + String.join(" or ", Track.ids())
                            + ", not '"
                            + track
                            + "'"
                            + Suggestions.hint(track, Track.ids())));
    List<Question> drawn =
        catalog.questions().stream()
            .filter(q -> loop.rounds().stream().anyMatch(r -> r.drawsFrom(q)))
            .toList();
    if (!TrackQuestions.anyTracked(drawn)) {
      throw new ExitException(
          ExitCode.USAGE,
          "loop '"
              + loop.id()
              + "' has no question of one P9 track, so --track does not apply; it is for "
              + PacketReview.PANEL_LOOP);
    }
    return q -> TrackQuestions.asks(q, chosen);
  }

  private int width() {
    return context.tty().terminal().map(t -> t.getWidth() > 0 ? t.getWidth() : 80).orElse(80);
  }

  private List<RoundResult> scripted(List<PlannedRound> plan) {
    List<Question> all = plan.stream().flatMap(r -> r.questions().stream()).toList();
    List<Attempt> attempts = new ScriptedRun(context, script).answer(all, Question::time);
    List<RoundResult> results = new ArrayList<>();
    int next = 0;
    for (PlannedRound round : plan) {
      results.add(
          new RoundResult(round.round(), attempts.subList(next, next + round.questions().size())));
      next += round.questions().size();
    }
    return results;
  }

  private void writeJson(LoopOutcome outcome) {
    try {
      JsonFactory factory = new JsonFactory();
      ScriptOptions.writeAttempts(context, factory, outcome.attempts());
      JsonGenerator g = factory.createGenerator(context.out());
      g.writeStartObject();
      g.writeObjectFieldStart("summary");
      g.writeStringField("loop", outcome.loop().id());
      g.writeNumberField("average", Math.round(outcome.average() * 10) / 10.0);
      g.writeBooleanField("passed", outcome.passed());
      g.writeArrayFieldStart("rounds");
      for (RoundResult r : outcome.rounds()) {
        g.writeStartObject();
        g.writeStringField("name", r.round().name());
        g.writeNumberField("average", Math.round(r.average() * 10) / 10.0);
        if (r.gate().isPresent()) {
          g.writeBooleanField("gate_passed", r.gate().get().holds());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      if (outcome.failedGate().isPresent()) {
        g.writeStringField("failed_gate", outcome.failedGate().get().round());
      }
      Optional<BoardOutcome> board = outcome.board();
      if (board.isPresent()) {
        g.writeObjectFieldStart("board");
        g.writeNumberField("approvals", board.get().approvals());
        g.writeNumberField("needed", board.get().needed());
        g.writeBooleanField("approved", board.get().approved());
        g.writeArrayFieldStart("votes");
        for (ReviewerVote v : board.get().votes()) {
          g.writeStartObject();
          g.writeStringField("reviewer", v.reviewer().name());
          g.writeBooleanField("approves", v.approves());
          g.writeStringField("summary", v.summary());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeEndObject();
      g.flush();
      context.out().println();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Optional<Duration> share(Optional<Duration> roundTime, int questions) {
    return roundTime.map(t -> t.dividedBy(Math.max(1, questions)));
  }
}
