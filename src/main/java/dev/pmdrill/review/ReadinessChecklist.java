package dev.pmdrill.review;

import dev.pmdrill.material.Packet;
import dev.pmdrill.material.PacketFacts;
import dev.pmdrill.review.CheckItem.Status;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The P9 readiness checklist from the preparation guide, answered from the packet's front matter
 * where it says, and from the examples themselves where they show it.
 */
final class ReadinessChecklist {
  static final int SPONSOR_LEAD_DAYS = 60;
  static final int DUE_BEFORE_BOARD_DAYS = 45;
  static final int AUTONOMY_EXAMPLES = 3;
  static final int ADOPTING_TEAMS = 2;

  /** A dimension at this level counts as shown, as a reviewer's bar would. */
  static final double SHOWN = 70;

  private static final Pattern SENIOR_SPONSOR =
      Pattern.compile("\\bP1[0-4]\\b|\\bCPO\\b|\\bCEO\\b|首席|总裁", Pattern.CASE_INSENSITIVE);

  private ReadinessChecklist() {}

  static List<CheckItem> of(
      Packet packet, List<ExampleReview> examples, PageBudget pages, LocalDate today) {
    PacketFacts facts = packet.facts();
    List<CheckItem> items = new ArrayList<>();
    items.add(sponsor(facts));
    items.add(autonomy(examples));
    items.add(adoption(facts, examples));
    items.add(artefact(facts, examples));
    items.add(timeline(facts, today));
    items.add(size(examples));
    items.add(quotes(examples));
    items.add(pages(pages));
    return items;
  }

  private static CheckItem sponsor(PacketFacts facts) {
    String item = "A P10 or CPO sponsor, secured " + SPONSOR_LEAD_DAYS + "+ days before submission";
    if (facts.sponsor().isEmpty()) {
      return new CheckItem(
          item,
          Status.UNKNOWN,
          "no 'sponsor' given; without a P10 or CPO sponsor a packet is filtered out before review");
    }
    String who = facts.sponsor().get();
    if (!SENIOR_SPONSOR.matcher(who).find()) {
      return new CheckItem(
          item,
          Status.MISSING,
          who + " is not named as a P10 or the CPO; the sponsor must be one of them");
    }
    if (facts.sponsorSince().isPresent() && facts.submission().isPresent()) {
      long lead = ChronoUnit.DAYS.between(facts.sponsorSince().get(), facts.submission().get());
      if (lead < SPONSOR_LEAD_DAYS) {
        return new CheckItem(
            item,
            Status.MISSING,
            who
                + ", secured only "
                + lead
                + " days before submission (at least "
                + SPONSOR_LEAD_DAYS
                + ")");
      }
      return new CheckItem(item, Status.MET, who + ", secured " + lead + " days before submission");
    }
    return new CheckItem(item, Status.MET, who);
  }

  static List<ExampleReview> autonomous(List<ExampleReview> examples) {
    return examples.stream()
        .filter(e -> e.dimension("strategic-autonomy").orElse(0) >= SHOWN)
        .toList();
  }

  private static CheckItem autonomy(List<ExampleReview> examples) {
    String item = "Three examples of strategic autonomy";
    List<ExampleReview> shown = autonomous(examples);
    String titles =
        shown.isEmpty()
            ? "none"
            : String.join(", ", shown.stream().map(e -> "'" + e.example().title() + "'").toList());
    return new CheckItem(
        item,
        shown.size() >= AUTONOMY_EXAMPLES ? Status.MET : Status.MISSING,
        shown.size()
            + (shown.size() == 1 ? " example shows" : " examples show")
            + " it ("
            + AUTONOMY_EXAMPLES
            + " needed): "
            + titles);
  }

  private static CheckItem adoption(PacketFacts facts, List<ExampleReview> examples) {
    String item = "At least two other teams using your model, tool or process";
    if (!facts.adoptingTeams().isEmpty()) {
      return new CheckItem(
          item,
          facts.adoptingTeams().size() >= ADOPTING_TEAMS ? Status.MET : Status.MISSING,
          facts.adoptingTeams().size() + " named: " + String.join(", ", facts.adoptingTeams()));
    }
    Set<String> named = new LinkedHashSet<>();
    examples.forEach(e -> named.addAll(e.adopters()));
    if (named.isEmpty()) {
      return new CheckItem(
          item, Status.UNKNOWN, "no 'adopting-teams' given, and no example names another team");
    }
    return new CheckItem(
        item,
        named.size() >= ADOPTING_TEAMS ? Status.MET : Status.MISSING,
        "read from the examples: "
            + String.join(", ", named.stream().limit(6).map(q -> "'" + q + "'").toList())
            + "; list them under 'adopting-teams' to be sure");
  }

  private static CheckItem artefact(PacketFacts facts, List<ExampleReview> examples) {
    String item = "A talent-multiplier artefact others now use";
    if (facts.artefact().isPresent()) {
      return new CheckItem(item, Status.MET, facts.artefact().get());
    }
    List<String> shown =
        examples.stream()
            .filter(e -> e.dimension("talent-multiplier").orElse(0) >= SHOWN)
            .map(e -> "'" + e.example().title() + "'")
            .toList();
    if (shown.isEmpty()) {
      return new CheckItem(
          item,
          Status.MISSING,
          "no 'artefact' given, and no example shows a framework, template or scoring model others"
              + " use without you");
    }
    return new CheckItem(item, Status.MET, "shown in " + String.join(", ", shown));
  }

  private static CheckItem timeline(PacketFacts facts, LocalDate today) {
    String item = "Packet in " + DUE_BEFORE_BOARD_DAYS + " days before the board";
    if (facts.board().isEmpty()) {
      return new CheckItem(
          item,
          Status.UNKNOWN,
          "no 'board' date given; boards meet quarterly, packets are due "
              + DUE_BEFORE_BOARD_DAYS
              + " days before");
    }
    LocalDate board = facts.board().get();
    LocalDate due = board.minusDays(DUE_BEFORE_BOARD_DAYS);
    LocalDate sponsorBy = due.minusDays(SPONSOR_LEAD_DAYS);
    if (facts.submission().isEmpty()) {
      long left = ChronoUnit.DAYS.between(today, due);
      return new CheckItem(
          item,
          left >= 0 ? Status.UNKNOWN : Status.MISSING,
          "board on "
              + board
              + ": submit by "
              + due
              + (left >= 0 ? " (" + left + " days from today)" : " (already passed)")
              + ", with the sponsor secured by "
              + sponsorBy);
    }
    LocalDate submitted = facts.submission().get();
    long ahead = ChronoUnit.DAYS.between(submitted, board);
    if (ahead < DUE_BEFORE_BOARD_DAYS) {
      return new CheckItem(
          item,
          Status.MISSING,
          "submission on "
              + submitted
              + " is only "
              + ahead
              + " days before the board on "
              + board
              + "; it is due by "
              + due);
    }
    return new CheckItem(
        item,
        Status.MET,
        "submission on " + submitted + ", " + ahead + " days before the board on " + board);
  }

  private static CheckItem quotes(List<ExampleReview> examples) {
    String item = "A stakeholder quote in every example";
    List<String> without =
        examples.stream()
            .filter(e -> e.stakeholderQuote().isEmpty())
            .map(e -> "'" + e.example().title() + "'")
            .toList();
    if (examples.isEmpty()) {
      return new CheckItem(item, Status.MISSING, "no examples");
    }
    if (without.isEmpty()) {
      return new CheckItem(
          item,
          Status.MET,
          examples.size()
              + " of "
              + examples.size()
              + " quote a stakeholder as proof of influence");
    }
    return new CheckItem(
        item,
        Status.MISSING,
        "no quote (at least "
            + StakeholderQuote.MIN_WORDS
            + " words in quotation marks) in "
            + String.join(", ", without)
            + "; quote someone outside your reporting line saying what changed");
  }

  private static CheckItem pages(PageBudget pages) {
    String item = "Within the " + PageBudget.PAGES + "-page budget";
    return new CheckItem(
        item,
        pages.within() ? Status.MET : Status.MISSING,
        pages.describe()
            + (pages.within() ? "" : "; cut to the decisions, the ripple and the proof"));
  }

  private static CheckItem size(List<ExampleReview> examples) {
    int n = examples.size();
    String item = "Three to five examples";
    String detail = n + " example" + (n == 1 ? "" : "s");
    if (n < 3) {
      detail += "; the packet needs 3 to 5: add your next strongest decision story";
    } else if (n > 5) {
      detail += "; the packet takes 3 to 5: keep the strongest five";
    }
    return new CheckItem(item, n >= 3 && n <= 5 ? Status.MET : Status.MISSING, detail);
  }
}
