package dev.pmdrill.review;

import dev.pmdrill.material.PacketFacts;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The P9 promotion calendar worked back from a board date, as the preparation guide times it:
 * intent signalled 12 months before the board, 6 to 9 months of groundwork before submission, the
 * readiness conversation by month 10 of the fiscal year, a P10 or CPO sponsor at least 60 days
 * before submission, the packet 45 days before the board, the three phases (pre-submission
 * alignment 30 to 60 days, screening, the board review over 7 days) and the decision 72 to 87 days
 * from submission. Each step is done, due or late against {@code today}.
 */
public record PromotionCalendar(
    LocalDate board, LocalDate today, Month fiscalYearStart, List<Step> steps) {

  public static final int INTENT_MONTHS = 12;
  public static final int GROUNDWORK_MIN_MONTHS = 6;
  public static final int GROUNDWORK_MAX_MONTHS = 9;
  public static final int READINESS_FISCAL_MONTH = 10;
  public static final int ALIGNMENT_MIN_DAYS = 30;
  public static final int ALIGNMENT_MAX_DAYS = 60;
  public static final int BOARD_REVIEW_DAYS = 7;
  public static final int DECISION_MIN_DAYS = 72;
  public static final int DECISION_MAX_DAYS = 87;

  /** Where a step stands today. */
  public enum Status {
    DONE("done"),
    DUE("due"),
    LATE("late");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * One step: its name, the day it starts (the same as {@code end} for a deadline), the day it must
   * be done by, how the date is worked out, its status today and what to do about it.
   */
  public record Step(
      String name, LocalDate start, LocalDate end, String dated, Status status, String next) {
    public Step {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      Objects.requireNonNull(dated, "dated");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(next, "next");
    }

    public boolean window() {
      return !start.equals(end);
    }
  }

  public PromotionCalendar {
    Objects.requireNonNull(board, "board");
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(fiscalYearStart, "fiscalYearStart");
    steps = List.copyOf(steps);
  }

  /** The calendar for the packet's board date, if it gives one. */
  public static Optional<PromotionCalendar> of(
      PacketFacts facts, LocalDate today, Month fiscalYearStart) {
    return facts.board().map(b -> of(b, facts, today, fiscalYearStart));
  }

  static PromotionCalendar of(
      LocalDate board, PacketFacts facts, LocalDate today, Month fiscalYearStart) {
    LocalDate submission = board.minusDays(ReadinessChecklist.DUE_BEFORE_BOARD_DAYS);
    LocalDate sponsorBy = submission.minusDays(ReadinessChecklist.SPONSOR_LEAD_DAYS);
    List<Step> steps = new ArrayList<>();
    LocalDate intent = board.minusMonths(INTENT_MONTHS);
    steps.add(
        action(
            "Signal intent to your manager and skip-level",
            intent,
            intent,
            INTENT_MONTHS + " months before the board",
            today,
            facts.intentSignalled().map(d -> "signalled on " + d),
            "say you are aiming for P9 on this board, so nobody says \"we didn't know they were"
                + " aiming for P9\""));
    LocalDate groundworkFrom = submission.minusMonths(GROUNDWORK_MAX_MONTHS);
    LocalDate groundworkBy = submission.minusMonths(GROUNDWORK_MIN_MONTHS);
    steps.add(
        window(
            "Groundwork: align stakeholders, document impact",
            groundworkFrom,
            submission,
            GROUNDWORK_MIN_MONTHS
                + " to "
                + GROUNDWORK_MAX_MONTHS
                + " months before submission; start by "
                + groundworkBy
                + " at the latest",
            today,
            groundworkBy,
            "collect before/after metrics and stakeholder quotes for each example while people"
                + " remember them"));
    LocalDate readiness = readinessBy(submission, fiscalYearStart);
    steps.add(
        action(
            "Readiness conversation with your manager",
            readiness,
            readiness,
            "by month "
                + READINESS_FISCAL_MONTH
                + " of the fiscal year, the last one ending before submission; with the fiscal"
                + " year starting in "
                + name(fiscalYearStart)
                + ", the end of "
                + name(readiness.getMonth()),
            today,
            facts.readinessConversation().map(d -> "held on " + d),
            "ask your manager whether you are ready for this board and what is missing;"
                + " otherwise you are behind"));
    steps.add(sponsor(facts, sponsorBy, submission, today));
    LocalDate alignmentFrom = submission.minusDays(ALIGNMENT_MAX_DAYS);
    steps.add(
        window(
            "Phase 1: pre-submission alignment",
            alignmentFrom,
            submission,
            ALIGNMENT_MIN_DAYS
                + " to "
                + ALIGNMENT_MAX_DAYS
                + " days before submission; start by "
                + submission.minusDays(ALIGNMENT_MIN_DAYS)
                + " at the latest",
            today,
            submission.minusDays(ALIGNMENT_MIN_DAYS),
            "secure buy-in from the BU's leadership: walk each of them through the examples that"
                + " touch them"));
    steps.add(submissionStep(facts, submission, today));
    steps.add(
        process(
            "Phase 2: screening",
            submission,
            board.minusDays(1),
            "from submission to the board",
            today,
            "answer the screeners' questions quickly; rehearse the defence aloud, without slides"));
    steps.add(
        process(
            "Phase 3: board review and the 45-minute defence",
            board,
            board.plusDays(BOARD_REVIEW_DAYS - 1),
            BOARD_REVIEW_DAYS + " days from the board date",
            today,
            "defend without slides: strategy, trade-offs and how the work is replicated"));
    steps.add(
        process(
            "Decision",
            submission.plusDays(DECISION_MIN_DAYS),
            submission.plusDays(DECISION_MAX_DAYS),
            DECISION_MIN_DAYS + " to " + DECISION_MAX_DAYS + " days from submission",
            today,
            "wait for the decision; whatever it is, ask for the board's feedback"));
    steps.sort(Comparator.comparing(Step::start));
    return new PromotionCalendar(board, today, fiscalYearStart, steps);
  }

  /** The end of the fiscal year's month 10 last falling on or before the submission date. */
  static LocalDate readinessBy(LocalDate submission, Month fiscalYearStart) {
    Month tenth = fiscalYearStart.plus(READINESS_FISCAL_MONTH - 1L);
    YearMonth candidate = YearMonth.of(submission.getYear(), tenth);
    while (candidate.atEndOfMonth().isAfter(submission)) {
      candidate = candidate.minusYears(1);
    }
    return candidate.atEndOfMonth();
  }

  private static String name(Month m) {
    String n = m.name();
    return n.charAt(0) + n.substring(1).toLowerCase(java.util.Locale.ROOT);
  }

  /** A step the candidate takes: done when the packet dates it, late once its day has passed. */
  private static Step action(
      String name,
      LocalDate start,
      LocalDate by,
      String dated,
      LocalDate today,
      Optional<String> doneAs,
      String todo) {
    if (doneAs.isPresent()) {
      return new Step(name, start, by, dated, Status.DONE, doneAs.get());
    }
    if (today.isAfter(by)) {
      return new Step(
          name, start, by, dated, Status.LATE, "do it now (" + ago(by, today) + "): " + todo);
    }
    return new Step(name, start, by, dated, Status.DUE, inDays(by, today) + ": " + todo);
  }

  /**
   * A span the candidate works through: due until it is over (the packet cannot say whether it was
   * started in time, so the step says by when it should have been), then done.
   */
  private static Step window(
      String name,
      LocalDate start,
      LocalDate end,
      String dated,
      LocalDate today,
      LocalDate startBy,
      String todo) {
    if (today.isAfter(end)) {
      return new Step(name, start, end, dated, Status.DONE, "over");
    }
    if (today.isAfter(startBy)) {
      return new Step(
          name,
          start,
          end,
          dated,
          Status.DUE,
          "under way, or late if not started by " + startBy + ": " + todo);
    }
    return new Step(
        name,
        start,
        end,
        dated,
        Status.DUE,
        (today.isBefore(start) ? "starts " + inDays(start, today) : "under way") + ": " + todo);
  }

  /** A step of the board's own process: done once it is over. */
  private static Step process(
      String name, LocalDate start, LocalDate end, String dated, LocalDate today, String todo) {
    if (today.isAfter(end)) {
      return new Step(name, start, end, dated, Status.DONE, "over");
    }
    return new Step(
        name,
        start,
        end,
        dated,
        Status.DUE,
        (today.isBefore(start) ? "starts " + inDays(start, today) : "now") + ": " + todo);
  }

  private static Step sponsor(
      PacketFacts facts, LocalDate by, LocalDate submission, LocalDate today) {
    String name = "Secure a P10 or CPO sponsor";
    String dated = ReadinessChecklist.SPONSOR_LEAD_DAYS + "+ days before submission";
    String todo = "without a P10 or CPO sponsor a packet is filtered out before review";
    if (facts.sponsor().isPresent()) {
      String who = facts.sponsor().get();
      if (facts.sponsorSince().isPresent() && facts.sponsorSince().get().isAfter(by)) {
        return new Step(
            name,
            by,
            by,
            dated,
            Status.LATE,
            who
                + ", secured "
                + facts.sponsorSince().get()
                + ", "
                + ChronoUnit.DAYS.between(by, facts.sponsorSince().get())
                + " days after the deadline; ask whether the board will still take the packet");
      }
      return new Step(
          name,
          by,
          by,
          dated,
          Status.DONE,
          who + facts.sponsorSince().map(d -> ", secured " + d).orElse(""));
    }
    return action(name, by, by, dated, today, Optional.empty(), todo);
  }

  private static Step submissionStep(PacketFacts facts, LocalDate due, LocalDate today) {
    String name = "Submit the packet";
    String dated = ReadinessChecklist.DUE_BEFORE_BOARD_DAYS + " days before the board";
    if (facts.submission().isPresent()) {
      LocalDate on = facts.submission().get();
      if (on.isAfter(due)) {
        return new Step(
            name,
            due,
            due,
            dated,
            Status.LATE,
            "the submission on " + on + " is after the deadline; submit by " + due);
      }
      if (!on.isAfter(today)) {
        return new Step(name, due, due, dated, Status.DONE, "submitted on " + on);
      }
      return new Step(
          name, due, due, dated, Status.DUE, "planned for " + on + ", " + inDays(on, today));
    }
    return action(
        name,
        due,
        due,
        dated,
        today,
        Optional.empty(),
        "12 pages, 3 to 5 examples, each with before/after metrics and a stakeholder quote");
  }

  private static String inDays(LocalDate day, LocalDate today) {
    long n = ChronoUnit.DAYS.between(today, day);
    return n == 0 ? "today" : "in " + n + (n == 1 ? " day" : " days");
  }

  private static String ago(LocalDate day, LocalDate today) {
    long n = ChronoUnit.DAYS.between(day, today);
    return n + (n == 1 ? " day" : " days") + " late";
  }

  /** The first late step, else the first one due: what to do next. */
  public Optional<Step> next() {
    return steps.stream()
        .filter(s -> s.status() == Status.LATE)
        .findFirst()
        .or(() -> steps.stream().filter(s -> s.status() == Status.DUE).findFirst());
  }
}
