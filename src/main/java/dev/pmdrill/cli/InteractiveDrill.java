package dev.pmdrill.cli;

import dev.pmdrill.bank.Durations;
import dev.pmdrill.bank.Question;
import dev.pmdrill.review.MaterialQuestions;
import dev.pmdrill.scoring.CriterionResult;
import dev.pmdrill.scoring.Score;
import dev.pmdrill.semantic.Semantics;
import dev.pmdrill.session.Attempt;
import dev.pmdrill.session.DraftStore;
import dev.pmdrill.tui.Countdown;
import dev.pmdrill.tui.ScoreReport;
import dev.pmdrill.tui.Wrap;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * A drill in the terminal: the prompt, the answer against a live countdown, a self-rating, the
 * feedback, the interviewer's follow-up and, on request, the model answer.
 */
final class InteractiveDrill {
  private final Context context;
  private final Terminal terminal;
  private final LineReader reader;
  private final PrintWriter out;
  private final DraftStore drafts;
  private final java.util.Set<String> draftTroubleShown =
      java.util.concurrent.ConcurrentHashMap.newKeySet();
  private final Recorder recorder;
  private final String mode;
  private final Optional<String> loop;

  InteractiveDrill(Context context, Recorder recorder, String mode, Optional<String> loop) {
    this.context = context;
    this.recorder = recorder;
    this.mode = mode;
    this.loop = loop;
    this.terminal = context.tty().terminal().orElseThrow();
    this.reader = context.tty().reader();
    this.out = terminal.writer();
    this.drafts = new DraftStore(StateDirectory.of(context), context.clock());
  }

  List<Attempt> run(
      List<Question> questions, Function<Question, Optional<Duration>> limits, boolean strict) {
    List<Attempt> attempts = new ArrayList<>();
    for (int i = 0; i < questions.size(); i++) {
      Optional<Attempt> attempt =
          ask(
              questions.get(i),
              i + 1,
              questions.size(),
              limits.apply(questions.get(i)),
              strict,
              "",
              Optional.empty());
      if (attempt.isEmpty()) {
        break;
      }
      attempts.add(attempt.get());
    }
    return attempts;
  }

  /** One question from start to feedback; empty when the candidate left the drill. */
  Optional<Attempt> ask(
      Question q,
      int number,
      int of,
      Optional<Duration> limit,
      boolean strict,
      String restored,
      Optional<String> round) {
    return ask(q, number, of, limit, strict, restored, Duration.ZERO, round);
  }

  /** One question whose clock already ran for {@code before}, as a restored draft's did. */
  Optional<Attempt> ask(
      Question q,
      int number,
      int of,
      Optional<Duration> limit,
      boolean strict,
      String restored,
      Duration before,
      Optional<String> round) {
    java.time.Instant began = context.clock().instant().minus(before);
    int width = width();
    String intro =
        "\n"
            + header(q, number, of, limit)
            + "\n"
            + Wrap.wrap(q.prompt(), width, "  ")
            + Wrap.wrap(AnswerEditor.FOOTER, width, "  ");
    if (q.rubric().usesLike()) {
      // the sentence models load while the candidate reads and types, not after Enter
      Semantics.shared().prefetch();
    }
    AnswerEditor editor = new AnswerEditor(terminal, reader, context.clock(), context.color());
    AnswerEditor.Outcome outcome =
        editor.read(
            intro,
            q.id() + (limit.map(l -> " (" + Durations.format(l) + ")").orElse("")),
            limit,
            q.hints(),
            restored,
            before,
            strict,
            text -> saveDraft(q, text, Duration.between(began, context.clock().instant())));
    if (outcome.discarded()) {
      clearDraft();
      out.println("Answer discarded.");
      return Optional.of(Attempt.skipped(q, outcome.used(), limit));
    }
    if (outcome.skipped()) {
      Attempt skip = Attempt.skipped(q, outcome.used(), limit);
      recorder.record(skip, mode, loop, round);
      clearDraft();
      out.println("Skipped.");
      return Optional.of(skip);
    }
    Optional<Integer> rating = selfRating();
    Attempt scored = Attempt.answered(q, outcome.text(), outcome.used(), limit);
    Attempt attempt = rating.map(scored::withSelfRating).orElse(scored);
    recorder.record(attempt, mode, loop, round);
    clearDraft();
    out.println();
    out.print(ScoreReport.render(q.id(), attempt.score(), width, context.color()));
    out.println(
        "  time: "
            + Durations.format(outcome.used())
            + limit
                .map(
                    l ->
                        " of "
                            + Durations.format(l)
                            + attempt
                                .overtime()
                                .filter(o -> o.getSeconds() >= 1) // never "(+0:00 over)"
                                .map(o -> " (" + Countdown.text(outcome.used(), limit) + ")")
                                .orElse(""))
                .orElse(""));
    rating.ifPresent(
        r ->
            out.println(
                "  you rated it "
                    + r
                    + "/5 ("
                    + ratingBand(r)
                    + "); the rubric says "
                    + attempt.score().band().label()
                    + " ("
                    + attempt.score().total()
                    + ")"));
    followUp(q, attempt.score());
    // A rehearsed story or packet example keeps the candidate's own written text in its place.
    boolean own =
        q.category().equals(MaterialQuestions.STORY_CATEGORY)
            || q.category().equals(MaterialQuestions.PACKET_CATEGORY);
    if (q.modelAnswer().isPresent()
        && yes(own ? "Show your written version? [y/N] " : "Show the model answer? [y/N] ")) {
      out.print(Wrap.wrap(q.modelAnswer().get(), width, "  "));
    }
    out.flush();
    return Optional.of(attempt);
  }

  /** The band a self-rating claims, to set beside the rubric's. */
  private static String ratingBand(int rating) {
    return rating >= 5 ? "strong" : rating == 4 ? "solid" : rating == 3 ? "borderline" : "weak";
  }

  /** The terminal's width; a dumb terminal reports none, so COLUMNS or 80 stands in. */
  private int width() {
    int columns = terminal.getWidth();
    if (columns <= 0) {
      try {
        columns = Integer.parseInt(context.env().getOrDefault("COLUMNS", "80").strip());
      } catch (NumberFormatException e) {
        columns = 80;
      }
    }
    return Math.max(30, columns);
  }

  private void saveDraft(Question q, String text, Duration elapsed) {
    try {
      drafts.save(q.id(), text, elapsed);
    } catch (UncheckedIOException e) {
      // Typing goes on, and the answer is still scored and stored. The message says once per
      // question where the draft could not be kept (the clock saves it every second), above the
      // line being typed rather than into it.
      if (draftTroubleShown.add(q.id())) {
        reader.printAbove(
            "  (" + e.getMessage() + "; your answer is still taken, scored and stored)");
      }
    }
  }

  /** Removes the draft once the answer is done with; a draft that cannot go is left, not lost. */
  private void clearDraft() {
    try {
      drafts.clear();
    } catch (UncheckedIOException e) {
      out.println("  (" + e.getMessage() + ")");
    }
  }

  private String header(Question q, int number, int of, Optional<Duration> limit) {
    return "["
        + number
        + "/"
        + of
        + "] "
        + q.id()
        + "  "
        + q.category()
        + q.difficulty().stream().mapToObj(d -> "  difficulty " + d).findFirst().orElse("")
        + limit.map(l -> "  " + Durations.format(l)).orElse("  no time limit");
  }

  private Optional<Integer> selfRating() {
    while (true) {
      String answer = line("How would you rate your answer, 1-5? (Enter to skip) ");
      if (answer.isBlank()) {
        return Optional.empty();
      }
      if (answer.strip().matches("[1-5]")) {
        return Optional.of(Integer.parseInt(answer.strip()));
      }
      out.println("  a number from 1 to 5, or Enter to skip");
    }
  }

  /** The interviewer asks about the most important thing the answer missed. */
  private void followUp(Question q, Score score) {
    Optional<String> probe =
        score.results().stream()
            .filter(
                r ->
                    r.criterion().weighted()
                        && !r.met()
                        && r.criterion().info().probe().isPresent())
            .max(
                Comparator.comparingDouble(
                    (CriterionResult r) -> r.criterion().info().weight() * (1 - r.score())))
            .flatMap(r -> r.criterion().info().probe())
            .or(() -> q.followUps().stream().findFirst());
    if (probe.isEmpty()) {
      return;
    }
    out.println();
    out.print(Wrap.wrap("Interviewer: " + probe.get(), width(), ""));
    out.print(Wrap.wrap("(answer it, '.' alone to finish, or just '.' to pass)", width(), "  "));
    out.flush();
    while (true) {
      String l = line("  | ");
      if (l.strip().equals(".")) {
        break;
      }
    }
  }

  private boolean yes(String question) {
    String answer = line(question);
    return answer.strip().equalsIgnoreCase("y") || answer.strip().equalsIgnoreCase("yes");
  }

  private String line(String prompt) {
    try {
      return reader.readLine(prompt);
    } catch (UserInterruptException | EndOfFileException e) {
      return "";
    }
  }
}
