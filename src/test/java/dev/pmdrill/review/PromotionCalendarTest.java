package dev.pmdrill.review;

import static dev.pmdrill.review.ReviewFixture.CATALOG;
import static dev.pmdrill.review.ReviewFixture.piece;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pmdrill.material.Packet;
import dev.pmdrill.material.PacketFacts;
import dev.pmdrill.material.Piece;
import dev.pmdrill.material.Track;
import dev.pmdrill.review.PromotionCalendar.Status;
import dev.pmdrill.review.PromotionCalendar.Step;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The promotion calendar worked back from a board date, each step done / due / late today. */
class PromotionCalendarTest {
  private static final LocalDate BOARD = LocalDate.of(2027, 3, 15);

  private static Map<String, Step> steps(PacketFacts facts, LocalDate today, Month fiscal) {
    PromotionCalendar c = PromotionCalendar.of(facts, today, fiscal).orElseThrow();
    return c.steps().stream()
        .collect(Collectors.toMap(s -> s.name().split("[:(]")[0].strip(), Function.identity()));
  }

  private static PacketFacts board() {
    return PacketFacts.none().withDates(Optional.empty(), Optional.of(BOARD));
  }

  @Test
  void everyDateIsWorkedBackFromTheBoardAsTheGuideTimesIt() {
    Map<String, Step> s = steps(board(), LocalDate.of(2026, 1, 1), Month.JANUARY);
    LocalDate submission = LocalDate.of(2027, 1, 29); // 45 days before the board
    assertThat(s.get("Submit the packet").end()).isEqualTo(submission);
    assertThat(s.get("Signal intent to your manager and skip-level").end())
        .isEqualTo(LocalDate.of(2026, 3, 15)); // 12 months out
    assertThat(s.get("Secure a P10 or CPO sponsor").end()).isEqualTo(submission.minusDays(60));
    assertThat(s.get("Groundwork").start()).isEqualTo(submission.minusMonths(9));
    assertThat(s.get("Groundwork").dated()).contains("start by 2026-07-29");
    assertThat(s.get("Phase 1").start()).isEqualTo(submission.minusDays(60));
    assertThat(s.get("Phase 1").dated()).contains("start by 2026-12-30");
    assertThat(s.get("Phase 2").start()).isEqualTo(submission);
    assertThat(s.get("Phase 3").start()).isEqualTo(BOARD);
    assertThat(s.get("Phase 3").end()).isEqualTo(BOARD.plusDays(6));
    assertThat(s.get("Decision").start()).isEqualTo(submission.plusDays(72));
    assertThat(s.get("Decision").end()).isEqualTo(submission.plusDays(87));
    assertThat(s.get("Readiness conversation with your manager").end())
        .isEqualTo(LocalDate.of(2026, 10, 31)); // month 10 of a calendar fiscal year
    assertThat(s.values()).extracting(Step::status).containsOnly(Status.DUE);
  }

  @Test
  void theReadinessConversationFollowsTheFiscalYear() {
    // a fiscal year starting in February has November as its month 10
    assertThat(PromotionCalendar.readinessBy(LocalDate.of(2027, 1, 29), Month.FEBRUARY))
        .isEqualTo(LocalDate.of(2026, 11, 30));
    // one starting in April has January: the January before a late-January submission
    assertThat(PromotionCalendar.readinessBy(LocalDate.of(2027, 1, 29), Month.APRIL))
        .isEqualTo(LocalDate.of(2026, 1, 31));
    // the month-10 end of the submission's own year is after it: the year before
    assertThat(PromotionCalendar.readinessBy(LocalDate.of(2026, 10, 15), Month.JANUARY))
        .isEqualTo(LocalDate.of(2025, 10, 31));
  }

  @Test
  void aPassedStepIsLateUnlessThePacketSaysItWasDone() {
    LocalDate today = LocalDate.of(2026, 12, 6);
    Map<String, Step> s = steps(board(), today, Month.JANUARY);
    assertThat(s.get("Signal intent to your manager and skip-level").status())
        .isEqualTo(Status.LATE);
    assertThat(s.get("Signal intent to your manager and skip-level").next())
        .startsWith("do it now (266 days late)");
    assertThat(s.get("Secure a P10 or CPO sponsor").status()).isEqualTo(Status.LATE);
    assertThat(s.get("Submit the packet").status()).isEqualTo(Status.DUE);
    assertThat(s.get("Submit the packet").next()).startsWith("in 54 days");
    PromotionCalendar c = PromotionCalendar.of(board(), today, Month.JANUARY).orElseThrow();
    assertThat(c.next().orElseThrow().name()).startsWith("Signal intent"); // the earliest late one

    PacketFacts done =
        new PacketFacts(
            Optional.empty(),
            Optional.empty(),
            Optional.of("Zhang Min, CPO"),
            Optional.of(LocalDate.of(2026, 8, 20)),
            Optional.of(LocalDate.of(2027, 1, 8)),
            Optional.of(BOARD),
            List.of(),
            Optional.empty(),
            Optional.of(LocalDate.of(2026, 2, 10)),
            Optional.of(LocalDate.of(2026, 10, 20)));
    Map<String, Step> d = steps(done, today, Month.JANUARY);
    assertThat(d.get("Signal intent to your manager and skip-level").status())
        .isEqualTo(Status.DONE);
    assertThat(d.get("Readiness conversation with your manager").next())
        .isEqualTo("held on 2026-10-20");
    assertThat(d.get("Secure a P10 or CPO sponsor").status()).isEqualTo(Status.DONE);
    assertThat(d.get("Submit the packet").next()).isEqualTo("planned for 2027-01-08, in 33 days");
  }

  @Test
  void aSponsorSecuredTooLateAndTheWholeProcessOverAreSaidSo() {
    PacketFacts late =
        board().withSponsor("Li Qiang, P10", Optional.of(LocalDate.of(2026, 12, 20)));
    Map<String, Step> s = steps(late, LocalDate.of(2027, 6, 1), Month.JANUARY);
    assertThat(s.get("Secure a P10 or CPO sponsor").status()).isEqualTo(Status.LATE);
    assertThat(s.get("Secure a P10 or CPO sponsor").next()).contains("20 days after the deadline");
    assertThat(s.get("Decision").status()).isEqualTo(Status.DONE);
    assertThat(s.get("Phase 1").status()).isEqualTo(Status.DONE);
  }

  @Test
  void noBoardDateNoCalendar() {
    assertThat(PromotionCalendar.of(PacketFacts.none(), LocalDate.of(2026, 1, 1), Month.JANUARY))
        .isEmpty();
  }

  private static PacketReview review(Piece... examples) {
    return PacketReview.of(
        CATALOG,
        new Packet("p.md", Optional.of(Track.STAFF), PacketFacts.none(), List.of(examples)),
        Clock.fixed(java.time.Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC));
  }

  private static CheckItem item(PacketReview review, String starts) {
    return review.checklist().stream()
        .filter(i -> i.item().startsWith(starts))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void eachExampleIsCheckedForAStakeholderQuote() {
    PacketReview r =
        review(
            piece(
                "Quoted",
                "The CPO moved budget. \"It changed how we plan our markets,\" she said."),
            piece("Term only", "We built a \"kill metric\" and others adopted it."),
            piece("Chinese", "饿了么的架构负责人说：“这是我们第一次在大促前撤掉值守。”"));
    assertThat(r.examples().get(0).stakeholderQuote())
        .hasValue("It changed how we plan our markets,");
    assertThat(r.examples().get(1).stakeholderQuote()).isEmpty();
    assertThat(r.examples().get(2).stakeholderQuote()).isPresent();
    CheckItem quotes = item(r, "A stakeholder quote");
    assertThat(quotes.status()).isEqualTo(CheckItem.Status.MISSING);
    assertThat(quotes.detail()).contains("'Term only'").doesNotContain("'Quoted'");
  }

  @Test
  void thePacketIsCheckedForThreeToFiveExamplesAndTwelvePages() {
    String quoted = "\"It changed how we plan,\" said the CPO of Fliggy.";
    String page = (quoted + " ").repeat(50); // 10 words x 50 = 500 words, one page
    PacketReview two = review(piece("A", page), piece("B", page));
    assertThat(item(two, "Three to five").status()).isEqualTo(CheckItem.Status.MISSING);
    assertThat(item(two, "Three to five").detail()).contains("needs 3 to 5");
    assertThat(item(two, "A stakeholder quote").status()).isEqualTo(CheckItem.Status.MET);
    assertThat(item(two, "Within the 12-page").status()).isEqualTo(CheckItem.Status.MET);
    assertThat(two.pages().words()).isEqualTo(1002); // 1000 + the two one-word titles
    Piece[] fourteen = new Piece[14];
    for (int i = 0; i < 14; i++) {
      fourteen[i] = piece("E" + i, page + page);
    }
    PacketReview long_ = review(fourteen);
    assertThat(long_.pages().pages())
        .isCloseTo(28.028, org.assertj.core.data.Offset.offset(0.001)); // 14 x 1001 words;
    CheckItem budget = item(long_, "Within the 12-page");
    assertThat(budget.status()).isEqualTo(CheckItem.Status.MISSING);
    assertThat(budget.detail()).contains("words at 500 a page");
    assertThat(item(long_, "Three to five").detail()).contains("keep the strongest five");
  }
}
