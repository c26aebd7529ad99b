package dev.pmdrill.cli;

import dev.pmdrill.bank.Catalog;
import dev.pmdrill.bank.Durations;
import dev.pmdrill.bank.Question;
import dev.pmdrill.history.DueQuestion;
import dev.pmdrill.history.HistoryStore;
import dev.pmdrill.material.Packet;
import dev.pmdrill.material.Piece;
import dev.pmdrill.material.StoryBank;
import dev.pmdrill.material.Track;
import dev.pmdrill.review.PacketReview;
import dev.pmdrill.review.ReviewException;
import dev.pmdrill.review.StoryBankReview;
import dev.pmdrill.session.Attempt;
import dev.pmdrill.session.QuestionPicker;
import dev.pmdrill.session.Selection;
import dev.pmdrill.session.SelectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pmdrill drill}: timed questions, answered in the editor or, scripted, from stdin. */
@Command(
    name = "drill",
    mixinStandardHelpOptions = true,
    description = {
      "Answer questions against the clock and get scored feedback.",
      "In a terminal: type the answer; a line holding only '.' (or Ctrl-D) submits;",
      "  /hint shows a hint, /time the time left, /skip skips; Ctrl-C asks before discarding.",
      "Scripted (stdin not a terminal, or --script): answers are read from stdin,",
      "  separated by lines holding only '---'; a part holding only /skip skips.",
      "Your own material: --story TITLE or --packet-example TITLE with --from FILE,",
      "  scored as 'stories' or 'packet' scores it, then the probe as a follow-up."
    })
final class DrillCommand implements Callable<Integer> {
  private final Context context;

  @Mixin BankOptions bankOptions;

  @Mixin ScriptOptions script;

  @Mixin HistoryOptions history;

  @Option(
      names = "--due",
      description = "Drill the questions due for review (spaced repetition over your history).")
  boolean due;

  @Option(
      names = "--weak",
      description = "Drill questions that exercise the rubric points you miss most.")
  boolean weak;

  @Option(
      names = {"-c", "--category"},
      paramLabel = "C",
      completionCandidates = Completions.Categories.class,
      description = "Draw from this category (repeatable).")
  List<String> categories = new ArrayList<>();

  @Option(
      names = {"-q", "--question"},
      paramLabel = "ID",
      completionCandidates = Completions.QuestionIds.class,
      description = "Drill this question.")
  String question;

  @Option(
      names = {"-n", "--count"},
      paramLabel = "N",
      defaultValue = "1",
      description = "How many questions (default 1).")
  int count;

  @Option(
      names = {"-d", "--difficulty"},
      paramLabel = "1-5",
      description = "Only questions of this difficulty.")
  Integer difficulty;

  @ArgGroup(exclusive = true)
  Timing timing;

  static final class Timing {
    @Option(
        names = "--time",
        paramLabel = "T",
        description = "Time limit per question, e.g. 90s, 6m (default: the question's own).")
    String time;

    @Option(names = "--no-timer", description = "No time limit.")
    boolean noTimer;
  }

  @Option(
      names = "--strict",
      description =
          "At time-up the answer is submitted as it stands (default: it goes on, the overtime is reported).")
  boolean strict;

  @Option(
      names = "--story",
      paramLabel = "TITLE",
      description = "Tell one of your own stories against the clock (with --from FILE).")
  String story;

  @Option(
      names = "--packet-example",
      paramLabel = "TITLE",
      description = "Defend one example of your packet against the clock (with --from FILE).")
  String packetExample;

  @Option(
      names = "--from",
      paramLabel = "FILE",
      description =
          "Your story bank or packet (Markdown or YAML), for --story or --packet-example.")
  String from;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "Seed for choosing questions: the same seed gives the same questions.")
  Long seed;

  DrillCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    try {
      return drill();
    } finally {
      // The shell runs every command line on the same objects, and picocli does not reset an
      // option group that the next line leaves out: --time or --no-timer would carry over.
      timing = null;
    }
  }

  private int drill() {
    if (count < 1) {
      throw new ExitException(ExitCode.USAGE, "--count must be at least 1");
    }
    if (difficulty != null && (difficulty < 1 || difficulty > 5)) {
      throw new ExitException(ExitCode.USAGE, "--difficulty runs from 1 to 5");
    }
    if (story != null || packetExample != null || from != null) {
      List<Question> own = List.of(ownMaterial());
      try (Recorder recorder = new Recorder(context, history)) {
        return run(own, recorder);
      }
    }
    Catalog catalog = bankOptions.load(context);
    Selection selection =
        new Selection(
            categories,
            Optional.ofNullable(question),
            count,
            difficulty == null ? OptionalInt.empty() : OptionalInt.of(difficulty));
    List<Question> questions;
    try (Recorder recorder = new Recorder(context, history)) {
      if (due || weak) {
        questions = fromHistory(catalog, recorder);
      } else {
        try {
          questions = QuestionPicker.pick(catalog, selection, new Random(seedOrClock()));
        } catch (SelectionException e) {
          throw new ExitException(ExitCode.USAGE, e.getMessage());
        }
      }
      return run(questions, recorder);
    }
  }

  /** The story or packet example named, as a question scored by the reviews' own rubrics. */
  private Question ownMaterial() {
    if (story != null && packetExample != null) {
      throw new ExitException(
          ExitCode.USAGE, "--story and --packet-example do not go together; drill one at a time");
    }
    if (from == null) {
      throw new ExitException(
          ExitCode.USAGE,
          (story != null ? "--story" : "--packet-example")
              + " needs --from FILE, the file it is in");
    }
    if (story == null && packetExample == null) {
      throw new ExitException(
          ExitCode.USAGE, "--from goes with --story TITLE or --packet-example TITLE");
    }
    if (question != null || !categories.isEmpty() || due || weak) {
      throw new ExitException(
          ExitCode.USAGE,
          "--story and --packet-example drill your own material; leave out --question, --category,"
              + " --due and --weak");
    }
    Catalog builtIns = MaterialFiles.builtIns(context);
    try {
      if (story != null) {
        StoryBank bank = MaterialFiles.stories(context, from);
        Piece piece = MaterialFiles.find(bank.stories(), story, "story", from);
        return StoryBankReview.review(builtIns, piece).question();
      }
      Packet packet = MaterialFiles.packet(context, from);
      Piece piece = MaterialFiles.find(packet.examples(), packetExample, "example", from);
      Track track = PacketReview.trackOf(builtIns, packet);
      return PacketReview.review(builtIns, piece, track).question();
    } catch (ReviewException e) {
      throw new ExitException(ExitCode.ERRORS, e.getMessage());
    }
  }

  private List<Question> fromHistory(Catalog catalog, Recorder recorder) {
    HistoryStore store =
        recorder
            .open()
            .orElseThrow(() -> new ExitException(ExitCode.ERRORS, "no history to choose from"));
    List<String> ids =
        due
            ? store.dueQuestions(context.clock().instant()).stream()
                .map(DueQuestion::questionId)
                .toList()
            : store.questionsForWeakCriteria(catalog.questions(), count);
    List<Question> found =
        ids.stream().map(catalog::question).flatMap(Optional::stream).limit(count).toList();
    if (found.isEmpty()) {
      throw new ExitException(
          ExitCode.OK,
          due
              ? "nothing is due for review now; drill something new"
              : "no missed rubric points yet; drill a few questions first");
    }
    return found;
  }

  private int run(List<Question> questions, Recorder recorder) {
    if (questions.isEmpty()) {
      throw new ExitException(ExitCode.USAGE, "no loaded question matches; try 'pmdrill list'");
    }
    if (script.scripted(context)) {
      List<Attempt> attempts = new ScriptedRun(context, script).answer(questions, this::limitOf);
      recorder.record(attempts, "script", Optional.empty(), List.of());
      int code = script.report(context, attempts);
      return recorder.lostAny() ? ExitCode.ERRORS : code;
    }
    new InteractiveDrill(context, recorder, "drill", Optional.empty())
        .run(questions, this::limitOf, strict);
    return ExitCode.OK;
  }

  private long seedOrClock() {
    return seed != null ? seed : System.nanoTime();
  }

  Optional<Duration> limitOf(Question q) {
    if (timing == null) {
      return q.time();
    }
    if (timing.noTimer) {
      return Optional.empty();
    }
    return Optional.of(
        Durations.parse(timing.time)
            .orElseThrow(
                () ->
                    new ExitException(
                        ExitCode.USAGE,
                        "--time must be a time such as 90s, 6m, 1m30s or 1h, not '"
                            + timing.time
                            + "'")));
  }
}
