package dev.pmdrill.review;

import static dev.pmdrill.review.ReviewFixture.CATALOG;
import static dev.pmdrill.review.ReviewFixture.piece;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pmdrill.material.Packet;
import dev.pmdrill.material.PacketFacts;
import dev.pmdrill.material.Piece;
import dev.pmdrill.material.Track;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PacketReviewTest {
  private static final Clock TODAY =
      Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);

  private static final String STRONG =
      "Eight months before enforcement I saw an early signal; nobody asked me and I had no mandate."
          + " I built a template for pricing reviews with merchants, and other PMs use it without me."
          + " The CPO moved budget into it for the annual plan; Ele.me, Fliggy and Cainiao adopted"
          + " it. Consent rose from 52% to 71% and the market noticed.";

  private static final String EXECUTION =
      "My manager asked me to lead the pricing squad for merchants in our market. I launched 5"
          + " features on time; engagement rose from 10% to 15% and revenue 3%.";

  private static PacketReview review(Optional<Track> track, PacketFacts facts, Piece... examples) {
    return PacketReview.of(CATALOG, new Packet("p.md", track, facts, List.of(examples)), TODAY);
  }

  private static PacketReview staff(Piece... examples) {
    return review(Optional.of(Track.STAFF), PacketFacts.none(), examples);
  }

  @Test
  void aStrongExampleAnswersTheFourQuestionsAndIsApproved() {
    PacketReview review =
        staff(piece("A", STRONG), piece("B", STRONG + " "), piece("C", STRONG + "  "));
    ExampleReview a = review.examples().get(0);
    assertThat(a.questions()).extracting(s -> s.coverage()).containsOnly(Coverage.MET);
    assertThat(a.executionOnly()).isFalse();
    assertThat(a.dimension("strategic-autonomy")).hasValue(100);
    assertThat(review.board().approved()).isTrue();
    assertThat(review.trackWarning()).isEmpty();
  }

  @Test
  void theExecutionOnlyRewriteScoresLowerIsFlaggedAndSwingsTheVote() {
    PacketReview strong = staff(piece("A", STRONG));
    PacketReview rewrite = staff(piece("A", EXECUTION));
    ExampleReview weak = rewrite.examples().get(0);
    assertThat(weak.score().total()).isLessThan(strong.examples().get(0).score().total() - 40);
    assertThat(weak.executionOnly()).isTrue();
    assertThat(weak.executionSigns())
        .anySatisfy(s -> assertThat(s).contains("launched 5 features"))
        .anySatisfy(s -> assertThat(s).startsWith("metrics without a decision"));
    assertThat(strong.board().approved()).isTrue();
    assertThat(rewrite.board().approved()).isFalse();
    assertThat(rewrite.board().votes())
        .flatExtracting(v -> v.probes())
        .contains("Who asked you to do this?", "Who else uses it?", "What changed as a result?");
  }

  @Test
  void aStatedTrackTheVocabularyDoesNotArgueIsWarned() {
    String systems =
        "Nobody asked. I cut latency with a new API and architecture for the algorithm.";
    PacketReview review = staff(piece("A", systems));
    assertThat(review.reading().argued()).contains(Track.PRINCIPAL);
    assertThat(review.trackWarning().orElseThrow())
        .startsWith("the packet states the staff track, but its vocabulary argues for principal");
    PacketReview unstated = review(Optional.empty(), PacketFacts.none(), piece("A", systems));
    assertThat(unstated.track()).isEqualTo(Track.PRINCIPAL);
    assertThat(unstated.trackWarning().orElseThrow()).startsWith("the packet states no track");
  }

  @Test
  void theChecklistReadsFrontMatterAndTheExamples() {
    PacketFacts facts =
        PacketFacts.none()
            .withSponsor("Zhang Min, CPO", Optional.of(LocalDate.of(2026, 12, 1)))
            .withDates(
                Optional.of(LocalDate.of(2027, 1, 10)), Optional.of(LocalDate.of(2027, 2, 1)));
    PacketReview review =
        review(Optional.of(Track.STAFF), facts, piece("A", STRONG), piece("B", EXECUTION));
    assertThat(review.checklist())
        .extracting(i -> i.status().name() + " " + i.detail())
        .containsExactly(
            "MISSING Zhang Min, CPO, secured only 40 days before submission (at least 60)",
            "MISSING 1 example shows it (3 needed): 'A'",
            "MET read from the examples: 'Ele.me', 'Fliggy', 'Cainiao'; list them under 'adopting-teams' to be sure",
            "MET shown in 'A'",
            "MISSING submission on 2027-01-10 is only 22 days before the board on 2027-02-01; it is due by 2026-12-18",
            "MISSING 2 examples; the packet needs 3 to 5: add your next strongest decision story",
            "MISSING no quote (at least 4 words in quotation marks) in 'A', 'B'; quote someone"
                + " outside your reporting line saying what changed",
            "MET about 0.2 pages (90 words at 500 a page)");
  }

  @Test
  void aSponsorBelowP10AndMissingDatesAreSaid() {
    PacketFacts facts =
        PacketFacts.none()
            .withSponsor("my director", Optional.empty())
            .withDates(Optional.empty(), Optional.of(LocalDate.of(2027, 4, 1)));
    PacketReview review = review(Optional.of(Track.STAFF), facts, piece("A", STRONG));
    assertThat(review.checklist().get(0).detail())
        .isEqualTo("my director is not named as a P10 or the CPO; the sponsor must be one of them");
    assertThat(review.checklist().get(4).detail())
        .isEqualTo(
            "board on 2027-04-01: submit by 2027-02-15 (73 days from today), with the sponsor"
                + " secured by 2026-12-17");
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      textBlock =
          """
          partners named, nothing adopted  | We ship through Cainiao and sell on Fliggy.                   | ''
          adopted in the same sentence     | Cainiao and Fliggy adopted the layer.                         | Cainiao;Fliggy
          a sentence wrapped over lines    | Last year Cainiao and Fliggy\\nnow use it every week.        | Cainiao;Fliggy
          another sentence adopts          | We ship through Cainiao. Fliggy now uses the template.        | Fliggy
          Chinese                          | 菜鸟没有参与。饿了么和Fliggy都采用了这个框架。                  | Fliggy
          """)
  void aTeamCountsAsAnAdopterOnlyWhereItsSentenceSaysSo(String why, String text, String expected) {
    ExampleReview example = staff(piece("A", text.replace("\\n", "\n"))).examples().get(0);
    assertThat(example.adopters())
        .as(why)
        .containsExactlyInAnyOrderElementsOf(
            expected.isEmpty() ? List.of() : List.of(expected.split(";")));
  }
}
