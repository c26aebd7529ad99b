package dev.pmdrill.prep;

import dev.pmdrill.bank.Catalog;
import dev.pmdrill.bank.Loop;
import dev.pmdrill.bank.Question;
import dev.pmdrill.history.StoredAttempt;
import dev.pmdrill.history.StoredAttemptRow;
import dev.pmdrill.material.Packet;
import dev.pmdrill.material.StoryBank;
import dev.pmdrill.review.CheckItem;
import dev.pmdrill.review.Coverage;
import dev.pmdrill.review.PacketReview;
import dev.pmdrill.review.PromotionCalendar;
import dev.pmdrill.review.StoryBankReview;
import dev.pmdrill.review.StoryReview;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Progress against the guides' checklists, from the stored attempts and the candidate's own files:
 * guesstimates practised, STAR stories and the values they show, each framework used in a scored
 * answer, each category and loop of the loaded banks tried, and, for a P9 packet, its readiness and
 * the board's date. Every item is done or not yet, with the command that closes it. A skipped
 * question counts for nothing: only scored answers do.
 */
public final class Prep {
  /** The guide: practise about ten guesstimates. */
  public static final int GUESSTIMATES_WANTED = 10;

  /** The category guesstimates are drilled in. */
  public static final String GUESSTIMATE = "guesstimate";

  private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9._/@%+=:,-]+");

  private Prep() {}

  /** What the checklist is drawn from, beyond the loaded banks and the history. */
  public record Files(
      Optional<StoryBank> stories,
      Optional<Packet> packet,
      Optional<LocalDate> board,
      Month fiscalYearStart) {
    public Files {
      java.util.Objects.requireNonNull(stories, "stories");
      java.util.Objects.requireNonNull(packet, "packet");
      java.util.Objects.requireNonNull(board, "board");
      java.util.Objects.requireNonNull(fiscalYearStart, "fiscalYearStart");
    }

    public Files(Optional<StoryBank> stories, Optional<Packet> packet, Optional<LocalDate> board) {
      this(stories, packet, board, Month.JANUARY);
    }

    public static Files none() {
      return new Files(Optional.empty(), Optional.empty(), Optional.empty());
    }
  }

  /**
   * The checklist. {@code catalog} is what was loaded (its categories, loops and framework
   * questions are the items); {@code builtIns} holds the rubrics and review board the story and
   * packet reviews are built on. A board date in {@code files} wins over the packet's own.
   *
   * @throws dev.pmdrill.review.ReviewException when the built-in banks lack what a review needs
   */
  public static PrepView of(
      Catalog catalog, Catalog builtIns, List<StoredAttemptRow> rows, Files files, Clock clock) {
    ZoneId zone = clock.getZone();
    LocalDate today = clock.instant().atZone(zone).toLocalDate();
    List<StoredAttemptRow> scored = rows.stream().filter(r -> !r.attempt().skipped()).toList();
    List<PrepSection> sections = new ArrayList<>();
    sections.add(guesstimates(scored));
    sections.add(stories(builtIns, files.stories()));
    sections.add(frameworks(catalog, scored));
    sections.add(categories(catalog, scored));
    sections.add(loops(catalog, scored, zone));
    Optional<Packet> packet =
        files
            .packet()
            .map(
                p ->
                    files.board().isEmpty()
                        ? p
                        : p.withFacts(p.facts().withDates(p.facts().submission(), files.board())));
    Optional<BoardDate> board = Optional.empty();
    if (packet.isPresent()) {
      sections.add(packet(PacketReview.of(builtIns, packet.get(), clock, files.fiscalYearStart())));
      board =
          packet
              .get()
              .facts()
              .board()
              .map(d -> new BoardDate(d, ChronoUnit.DAYS.between(today, d)));
    }
    return new PrepView(today, rows.size(), sections, packet.isPresent(), board);
  }

  private static PrepSection guesstimates(List<StoredAttemptRow> scored) {
    List<StoredAttempt> tried = attempts(scored, a -> a.category().equals(GUESSTIMATE));
    long questions = tried.stream().map(StoredAttempt::questionId).distinct().count();
    boolean done = questions >= GUESSTIMATES_WANTED;
    String detail =
        (done
                ? questions + " different questions"
                : questions + " of " + GUESSTIMATES_WANTED + " different questions")
            + best(tried);
    return new PrepSection(
        "guesstimates",
        "Guesstimates",
        "the guide: practise about " + GUESSTIMATES_WANTED + " at e-commerce and cloud scale",
        List.of(
            new PrepItem(
                "guesstimates",
                "Guesstimates practised",
                done,
                detail,
                done ? Optional.empty() : Optional.of("pmdrill drill --category " + GUESSTIMATE))));
  }

  private static PrepSection stories(Catalog builtIns, Optional<StoryBank> file) {
    String guide =
        "the guide: "
            + StoryBankReview.STORIES_WANTED
            + " STAR stories showing ownership, a failure and a fast pivot, covering the four"
            + " values";
    List<PrepItem> items = new ArrayList<>();
    if (file.isEmpty()) {
      StoryBankReview empty = StoryBankReview.of(builtIns, new StoryBank("", Map.of(), List.of()));
      items.add(
          new PrepItem(
              "stories",
              "STAR stories written",
              false,
              "no story file given (one '## Title' per story: docs/material.md)",
              Optional.of("pmdrill prep --stories FILE")));
      for (StoryBankReview.Column c : empty.columns()) {
        items.add(
            new PrepItem(
                "story-" + c.id(),
                "A story showing " + c.name().toLowerCase(java.util.Locale.ROOT),
                false,
                "no story file given",
                Optional.of("pmdrill prep --stories FILE")));
      }
      return new PrepSection("stories", "STAR stories", guide, items);
    }
    StoryBank bank = file.get();
    StoryBankReview review = StoryBankReview.of(builtIns, bank);
    String reviewCommand = "pmdrill stories " + quote(bank.file());
    int n = review.stories().size();
    boolean enough = n >= StoryBankReview.STORIES_WANTED;
    items.add(
        new PrepItem(
            "stories",
            "STAR stories written",
            enough,
            n + " of " + StoryBankReview.STORIES_WANTED + " in " + bank.file(),
            enough ? Optional.empty() : Optional.of(reviewCommand)));
    for (StoryBankReview.Column c : review.columns()) {
      List<String> showing = titles(review, c, Coverage.MET);
      List<String> partly = titles(review, c, Coverage.PARTIAL);
      boolean shown = !showing.isEmpty();
      String detail;
      Optional<String> command;
      if (shown) {
        detail = "shown in " + String.join(", ", showing);
        command = Optional.empty();
      } else if (!partly.isEmpty()) {
        detail = "only touched in " + String.join(", ", partly) + "; make it explicit";
        command =
            Optional.of(
                "pmdrill drill --story "
                    + quote(partly.get(0).substring(1, partly.get(0).length() - 1))
                    + " --from "
                    + quote(bank.file()));
      } else {
        detail = "no story shows it yet";
        command = Optional.of(reviewCommand);
      }
      items.add(
          new PrepItem(
              "story-" + c.id(),
              "A story showing " + c.name().toLowerCase(java.util.Locale.ROOT),
              shown,
              detail,
              command));
    }
    return new PrepSection("stories", "STAR stories", guide, items);
  }

  private static List<String> titles(
      StoryBankReview review, StoryBankReview.Column column, Coverage coverage) {
    return review.stories().stream()
        .filter(s -> review.coverage(s, column) == coverage)
        .map(StoryReview::story)
        .map(p -> "'" + p.title() + "'")
        .toList();
  }

  private static PrepSection frameworks(Catalog catalog, List<StoredAttemptRow> scored) {
    List<PrepItem> items = new ArrayList<>();
    for (Framework f : Framework.ALL) {
      List<StoredAttempt> tried = attempts(scored, a -> f.calledForIn(catalog, a));
      List<StoredAttempt> used = attempts(scored, a -> f.usedIn(catalog, a));
      // the question to drill next: the one last answered without credit, else the first calling
      Optional<String> question =
          tried.stream()
              .map(StoredAttempt::questionId)
              .filter(id -> catalog.question(id).isPresent())
              .findFirst()
              .or(() -> firstCalling(catalog, f));
      boolean done = !used.isEmpty();
      String detail;
      if (done) {
        detail = answers(used.size()) + best(used);
      } else if (!tried.isEmpty()) {
        detail =
            tried.size()
                + (tried.size() == 1 ? " answer" : " answers")
                + " earned nothing on "
                + f.name()
                + " yet";
      } else if (question.isPresent()) {
        detail = "no scored answer yet";
      } else {
        detail = "no scored answer yet, and no loaded question calls for it";
      }
      items.add(
          new PrepItem(
              "framework-" + f.id(),
              f.name() + " used in a scored answer",
              done,
              detail,
              done ? Optional.empty() : question.map(id -> "pmdrill drill -q " + id)));
    }
    return new PrepSection(
        "frameworks", "Frameworks", "the guide: review SWOT, MECE and the 4P marketing mix", items);
  }

  /** The first loaded question, by id, that calls for the framework. */
  private static Optional<String> firstCalling(Catalog catalog, Framework f) {
    return catalog.questions().stream()
        .filter(q -> f.calledForBy(catalog, q))
        .map(Question::id)
        .sorted()
        .findFirst();
  }

  private static PrepSection categories(Catalog catalog, List<StoredAttemptRow> scored) {
    List<PrepItem> items = new ArrayList<>();
    for (String category : catalog.categories().keySet()) {
      List<StoredAttempt> tried = attempts(scored, a -> a.category().equals(category));
      boolean done = !tried.isEmpty();
      items.add(
          new PrepItem(
              "category-" + category,
              category,
              done,
              done ? answers(tried.size()) + best(tried) : "not tried",
              done ? Optional.empty() : Optional.of("pmdrill drill --category " + category)));
    }
    return new PrepSection(
        "categories", "Question categories", "every category of the loaded banks, tried", items);
  }

  private static PrepSection loops(Catalog catalog, List<StoredAttemptRow> scored, ZoneId zone) {
    List<PrepItem> items = new ArrayList<>();
    for (Loop loop :
        catalog.loops().stream().sorted(java.util.Comparator.comparing(Loop::id)).toList()) {
      List<StoredAttemptRow> in =
          scored.stream().filter(r -> r.attempt().loop().equals(Optional.of(loop.id()))).toList();
      boolean done = !in.isEmpty();
      String detail = "not tried";
      if (done) {
        LocalDate last =
            in.stream()
                .map(r -> r.at().atZone(zone).toLocalDate())
                .max(LocalDate::compareTo)
                .orElseThrow();
        detail = answers(in.size()) + ", last on " + last;
      }
      items.add(
          new PrepItem(
              "loop-" + loop.id(),
              loop.id(),
              done,
              detail,
              done ? Optional.empty() : Optional.of("pmdrill loop " + loop.id())));
    }
    return new PrepSection("loops", "Mock loops", "every loop of the loaded banks, tried", items);
  }

  private static PrepSection packet(PacketReview review) {
    String file = quote(review.packet().file());
    List<PrepItem> items = new ArrayList<>();
    int i = 0;
    for (CheckItem c : review.checklist()) {
      boolean met = c.status() == CheckItem.Status.MET;
      items.add(
          new PrepItem(
              "packet-" + ++i,
              c.item(),
              met,
              c.detail(),
              met ? Optional.empty() : Optional.of("pmdrill packet " + file)));
    }
    boolean approved = review.board().approved();
    Optional<String> rehearse =
        review.examples().isEmpty()
            ? Optional.of("pmdrill packet " + file)
            : Optional.of(
                "pmdrill drill --packet-example "
                    + quote(weakestTitle(review))
                    + " --from "
                    + file);
    items.add(
        new PrepItem(
            "packet-board",
            "The review board approves",
            approved,
            review.board().approvals()
                + " of "
                + review.board().votes().size()
                + " reviewers approve ("
                + review.board().needed()
                + " needed)",
            approved ? Optional.empty() : rehearse));
    items.add(calendar(review, file));
    return new PrepSection(
        "packet",
        "P9 packet: " + review.packet().file(),
        "the guide: 3-5 examples, a P10 or CPO sponsor, the packet 45 days before the board",
        items);
  }

  /**
   * The promotion calendar worked back from the board date: on track while no step is late, with
   * the step to take next; without a board date, how to give one.
   */
  private static PrepItem calendar(PacketReview review, String file) {
    String item = "The promotion calendar on track";
    if (review.calendar().isEmpty()) {
      return new PrepItem(
          "packet-calendar",
          item,
          false,
          "no board date: add 'board: YYYY-MM-DD' to the front matter, or give --board DATE",
          Optional.of("pmdrill prep --packet " + file + " --board DATE"));
    }
    PromotionCalendar calendar = review.calendar().get();
    LocalDate board = calendar.board();
    long late =
        calendar.steps().stream().filter(s -> s.status() == PromotionCalendar.Status.LATE).count();
    String detail =
        calendar
            .next()
            .map(
                s ->
                    (late > 0 ? late + (late == 1 ? " step late; " : " steps late; ") : "")
                        + "next: "
                        + s.name()
                        + ", by "
                        + s.end()
                        + " ("
                        + s.status().label()
                        + ")")
            .orElse("every step done");
    return new PrepItem(
        "packet-calendar",
        item,
        late == 0,
        detail,
        late == 0
            ? Optional.empty()
            : Optional.of(
                "pmdrill packet "
                    + file
                    + " --board "
                    + board
                    + (calendar.fiscalYearStart() == Month.JANUARY
                        ? ""
                        : " --fiscal-year-start " + calendar.fiscalYearStart().getValue())));
  }

  private static String weakestTitle(PacketReview review) {
    return review.examples().stream()
        .min(java.util.Comparator.comparingInt(e -> e.score().total()))
        .orElseThrow()
        .example()
        .title();
  }

  private static List<StoredAttempt> attempts(
      List<StoredAttemptRow> rows, Predicate<StoredAttempt> keep) {
    return rows.stream().map(StoredAttemptRow::attempt).filter(keep).toList();
  }

  private static String answers(long n) {
    return n + (n == 1 ? " scored answer" : " scored answers");
  }

  private static String best(List<StoredAttempt> attempts) {
    OptionalInt best = attempts.stream().mapToInt(StoredAttempt::total).max();
    return best.isPresent() ? ", best " + best.getAsInt() : "";
  }

  /** A word for a command line: as it is when plain, else in single quotes. */
  static String quote(String word) {
    if (PLAIN_WORD.matcher(word).matches()) {
      return word;
    }
    return "'" + word.replace("'", "'\\''") + "'";
  }
}
