package dev.pmdrill.prep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pmdrill.bank.BankLoader;
import dev.pmdrill.bank.BankSource;
import dev.pmdrill.bank.BuiltInBanks;
import dev.pmdrill.bank.Catalog;
import dev.pmdrill.bank.LoadResult;
import dev.pmdrill.bank.Location;
import dev.pmdrill.bank.Question;
import dev.pmdrill.history.StoredAttempt;
import dev.pmdrill.history.StoredAttemptRow;
import dev.pmdrill.material.MaterialReader;
import dev.pmdrill.material.Packet;
import dev.pmdrill.material.StoryBank;
import dev.pmdrill.scoring.Concept;
import dev.pmdrill.scoring.CriterionInfo;
import dev.pmdrill.scoring.Rubric;
import dev.pmdrill.scoring.Term;
import dev.pmdrill.scoring.Where;
import dev.pmdrill.session.Attempt;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The checklist drawn from attempts and files: each section's rule for done and not yet. */
class PrepTest {
  private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final Catalog BUILT_IN = BuiltInBanks.catalog();
  private static final Catalog FIXTURE = fixture();

  private static Catalog fixture() {
    try {
      LoadResult loaded =
          new BankLoader()
              .load(
                  BankSource.fromPaths(
                      List.of(Path.of("src/test/resources/prep/frameworks.yaml"))));
      assertThat(loaded.hasErrors()).as("%s", loaded.problems()).isFalse();
      return loaded.catalog();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private final List<StoredAttemptRow> rows = new ArrayList<>();

  private void answer(Catalog catalog, String id, String text, Optional<String> loop) {
    Question q = catalog.question(id).orElseThrow();
    Attempt a = Attempt.answered(q, text, Duration.ofMinutes(3));
    rows.add(
        new StoredAttemptRow(
            rows.size() + 1,
            NOW.minus(Duration.ofDays(rows.size())),
            StoredAttempt.of(a, loop.isPresent() ? "loop" : "drill", loop, Optional.empty())));
  }

  private void skip(Catalog catalog, String id) {
    Attempt a = Attempt.skipped(catalog.question(id).orElseThrow(), Duration.ofMinutes(1));
    rows.add(
        new StoredAttemptRow(
            rows.size() + 1,
            NOW,
            StoredAttempt.of(a, "drill", Optional.empty(), Optional.empty())));
  }

  private PrepView prep(Catalog catalog) {
    return Prep.of(catalog, BUILT_IN, rows, Prep.Files.none(), CLOCK);
  }

  /** The view with the sample staff packet given and a board date. */
  private PrepView withSamplePacket(LocalDate board) throws Exception {
    Packet packet = samplePacket();
    return Prep.of(
        BUILT_IN,
        BUILT_IN,
        rows,
        new Prep.Files(Optional.empty(), Optional.of(packet), Optional.of(board)),
        CLOCK);
  }

  private static Packet samplePacket() throws Exception {
    Path file = Path.of("docs/examples/packet-staff.md");
    return MaterialReader.packet(file.toString(), Files.readAllBytes(file)).value();
  }

  private static PrepItem item(PrepView view, String id) {
    return view.sections().stream()
        .flatMap(s -> s.items().stream())
        .filter(i -> i.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no item " + id));
  }

  @Test
  void anEmptyHistoryHasEveryHistoryItemNotYetWithItsCommand() {
    PrepView view = prep(BUILT_IN);
    assertThat(view.done()).isZero();
    assertThat(view.attempts()).isZero();
    assertThat(view.sections())
        .extracting(PrepSection::id)
        .containsExactly("guesstimates", "stories", "frameworks", "categories", "loops");
    assertThat(item(view, "guesstimates").command())
        .contains("pmdrill drill --category guesstimate");
    assertThat(item(view, "category-metrics").command())
        .contains("pmdrill drill --category metrics");
    assertThat(item(view, "loop-alibaba-pm").command()).contains("pmdrill loop alibaba-pm");
    assertThat(item(view, "stories").command()).contains("pmdrill prep --stories FILE");
    // one item per category and loop of what is loaded
    assertThat(view.sections().get(3).items()).hasSize(BUILT_IN.categories().size());
    assertThat(view.sections().get(4).items()).hasSize(BUILT_IN.loops().size());
    assertThat(view.board()).isEmpty();
    assertThat(view.packetGiven()).isFalse();
  }

  @Test
  void tenDistinctGuesstimatesAreDoneRepeatsAndSkipsAreNot() {
    List<Question> guesses =
        BUILT_IN.questions().stream().filter(q -> q.category().equals("guesstimate")).toList();
    for (int i = 0; i < 9; i++) {
      answer(
          BUILT_IN,
          guesses.get(i).id(),
          guesses.get(i).modelAnswer().orElseThrow(),
          Optional.empty());
    }
    answer(BUILT_IN, guesses.get(0).id(), "Again, about 2 billion yuan.", Optional.empty());
    skip(BUILT_IN, guesses.get(9).id());
    PrepItem nine = item(prep(BUILT_IN), "guesstimates");
    assertThat(nine.done()).isFalse();
    assertThat(nine.detail()).startsWith("9 of 10 different questions, best ");
    answer(
        BUILT_IN,
        guesses.get(9).id(),
        guesses.get(9).modelAnswer().orElseThrow(),
        Optional.empty());
    PrepItem ten = item(prep(BUILT_IN), "guesstimates");
    assertThat(ten.done()).isTrue();
    assertThat(ten.command()).isEmpty();
  }

  @Test
  void aFrameworkIsUsedByItsLibraryRubricItsTagOrItsNameInAFrameworkQuestion() {
    PrepView none = prep(FIXTURE);
    assertThat(item(none, "framework-mece").command()).contains("pmdrill drill -q fx-mece-guess");
    assertThat(item(none, "framework-swot").command()).contains("pmdrill drill -q fx-swot-tag");
    assertThat(item(none, "framework-4p").command()).contains("pmdrill drill -q fx-4p-named");

    answer(FIXTURE, "fx-plain", "Monthly active paying customers.", Optional.empty());
    PrepView plain = prep(FIXTURE);
    assertThat(List.of("swot", "4p", "mece"))
        .allSatisfy(f -> assertThat(item(plain, "framework-" + f).done()).isFalse());

    answer(
        FIXTURE,
        "fx-mece-guess",
        "I split the city into three buckets by district, then count parcels per buyer in each.",
        Optional.empty());
    assertThat(item(prep(FIXTURE), "framework-mece").done()).isTrue();
    assertThat(item(prep(FIXTURE), "framework-swot").done()).isFalse();

    answer(FIXTURE, "fx-swot-tag", "Its strength is fresh supply.", Optional.empty());
    answer(FIXTURE, "fx-4p-named", "The price is 10% below Freshippo.", Optional.empty());
    PrepView all = prep(FIXTURE);
    assertThat(List.of("swot", "4p", "mece"))
        .allSatisfy(f -> assertThat(item(all, "framework-" + f).done()).isTrue());
    assertThat(item(all, "framework-mece").detail()).startsWith("1 scored answer, best ");
  }

  @Test
  void anAnswerThatEarnedNothingOnTheFrameworksCriteriaHasNotUsedIt() {
    answer(FIXTURE, "fx-mece-guess", "About two billion parcels.", Optional.empty());
    PrepItem mece = item(prep(FIXTURE), "framework-mece");
    assertThat(mece.done()).isFalse();
    assertThat(mece.detail()).isEqualTo("1 answer earned nothing on MECE yet");
    assertThat(mece.command()).contains("pmdrill drill -q fx-mece-guess");
    answer(
        FIXTURE,
        "fx-mece-guess",
        "I split the city into three buckets by district, then count parcels per buyer in each.",
        Optional.empty());
    assertThat(item(prep(FIXTURE), "framework-mece").done()).isTrue();
  }

  @Test
  void aSkippedFrameworkQuestionIsNotAScoredAnswer() {
    skip(FIXTURE, "fx-mece-guess");
    assertThat(item(prep(FIXTURE), "framework-mece").done()).isFalse();
  }

  @Test
  void anAttemptWhoseQuestionIsNoLongerLoadedCountsByItsStoredCriteria() {
    answer(
        FIXTURE,
        "fx-mece-guess",
        "I split the city into three buckets by district, then count parcels per buyer in each.",
        Optional.empty());
    // the built-in banks do not hold fx-mece-guess, but the library's MECE criterion was stored
    PrepView view = prep(BUILT_IN);
    assertThat(item(view, "framework-mece").done()).isTrue();
    assertThat(item(view, "framework-swot").done()).isFalse();
  }

  @Test
  void aQuestionUsingTheSwotLibraryRubricCountsForSwot() {
    Concept swot =
        new Concept(
            new CriterionInfo(
                "Weighs strengths, weaknesses, opportunities and threats",
                2,
                Optional.empty(),
                Optional.empty(),
                Optional.empty()),
            List.of(Term.compile("strengths")),
            1,
            Where.ANYWHERE);
    Rubric library = Rubric.of(List.of(swot), List.of(true));
    Question uses =
        new Question(
            "uses-swot",
            "b",
            "strategy",
            "Weigh Lazada against Shopee.",
            Optional.empty(),
            OptionalInt.empty(),
            List.of(),
            List.of(),
            Optional.empty(),
            List.of(),
            library,
            List.of(),
            new Location("b.yaml", 1, 1));
    Question ownCopy = uses.withRubric(Rubric.of(List.of(swot), List.of(false)));
    Catalog catalog =
        new Catalog(List.of(), List.of(uses), List.of(), Map.of("pmdrill/swot", library));
    Framework f = Framework.ALL.get(0);
    assertThat(f.calledForBy(catalog, uses)).isTrue();
    // the same criterion written by the bank itself is not the library's
    assertThat(f.calledForBy(catalog, ownCopy)).isFalse();
    // and without the library rubric loaded, nothing uses it
    assertThat(f.calledForBy(new Catalog(List.of(), List.of(uses), List.of()), uses)).isFalse();
  }

  @Test
  void eachCategoryAndLoopIsTriedByAScoredAnswer() {
    answer(FIXTURE, "fx-plain", "Monthly active paying customers.", Optional.empty());
    answer(FIXTURE, "fx-swot-tag", "Its strength is fresh supply.", Optional.of("fx-loop"));
    PrepView view = prep(FIXTURE);
    assertThat(item(view, "category-metrics").done()).isTrue();
    assertThat(item(view, "category-metrics").detail()).startsWith("1 scored answer, best ");
    assertThat(item(view, "category-strategy").done()).isTrue();
    assertThat(item(view, "category-guesstimate").done()).isFalse();
    PrepItem loop = item(view, "loop-fx-loop");
    assertThat(loop.done()).isTrue();
    assertThat(loop.detail()).isEqualTo("1 scored answer, last on 2026-11-19");
    assertThat(view.done()).isEqualTo(4); // metrics, strategy, swot, the loop
  }

  @Test
  void theStoryFileGivesTheCountAndEachValueWithTheStoriesShowingIt() throws Exception {
    Path file = Path.of("docs/examples/stories.md");
    StoryBank bank = MaterialReader.stories(file.toString(), Files.readAllBytes(file)).value();
    PrepView view =
        Prep.of(
            BUILT_IN,
            BUILT_IN,
            rows,
            new Prep.Files(Optional.of(bank), Optional.empty(), Optional.empty()),
            CLOCK);
    PrepItem written = item(view, "stories");
    assertThat(written.done()).isTrue();
    assertThat(written.detail()).isEqualTo("5 of 5 in docs/examples/stories.md");
    assertThat(item(view, "story-ownership").done()).isTrue();
    assertThat(item(view, "story-ownership").detail()).contains("'The coupon bug on 11.11'");
    assertThat(item(view, "story-failure").done()).isTrue();
    assertThat(item(view, "story-pivot").done()).isTrue();
    PrepItem simplicity = item(view, "story-simplicity");
    assertThat(simplicity.done()).isFalse();
    assertThat(simplicity.command()).contains("pmdrill stories docs/examples/stories.md");
  }

  @Test
  void aShortStoryFileIsNotYetAndNamesTheReview() throws Exception {
    String text =
        "## Only one\n\nI owned the outage and fixed it in 2 days, cutting tickets 40%.\n";
    StoryBank bank =
        MaterialReader.stories(
                "my stories.md", text.getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .value();
    PrepItem written =
        item(
            Prep.of(
                BUILT_IN,
                BUILT_IN,
                rows,
                new Prep.Files(Optional.of(bank), Optional.empty(), Optional.empty()),
                CLOCK),
            "stories");
    assertThat(written.done()).isFalse();
    assertThat(written.detail()).isEqualTo("1 of 5 in my stories.md");
    assertThat(written.command()).contains("pmdrill stories 'my stories.md'");
  }

  @Test
  void aPacketBringsItsReadinessTheBoardVoteAndTheDaysToTheBoard() throws Exception {
    PrepView view = withSamplePacket(LocalDate.of(2027, 3, 15));
    assertThat(view.packetGiven()).isTrue();
    assertThat(view.board()).contains(new BoardDate(LocalDate.of(2027, 3, 15), 115));
    PrepSection section = view.sections().get(view.sections().size() - 1);
    assertThat(section.id()).isEqualTo("packet");
    assertThat(section.items()).extracting(PrepItem::id).contains("packet-board");
    assertThat(item(view, "packet-board").detail()).endsWith("(4 needed)");
    PrepItem calendar = item(view, "packet-calendar");
    assertThat(calendar.done()).isTrue();
    assertThat(calendar.detail()).startsWith("next: ").contains("(due)");
  }

  @Test
  void aPacketWithNoBoardDateSaysHowToGiveOne() throws Exception {
    Packet read = samplePacket();
    Packet packet =
        read.withFacts(read.facts().withDates(read.facts().submission(), Optional.empty()));
    PrepView view =
        Prep.of(
            BUILT_IN,
            BUILT_IN,
            rows,
            new Prep.Files(Optional.empty(), Optional.of(packet), Optional.empty()),
            CLOCK);
    assertThat(view.board()).isEmpty();
    PrepItem calendar = item(view, "packet-calendar");
    assertThat(calendar.done()).isFalse();
    assertThat(calendar.command())
        .contains("pmdrill prep --packet docs/examples/packet-staff.md --board DATE");
  }

  @Test
  void aBoardDateSoCloseThatStepsAreLateIsNotOnTrack() throws Exception {
    PrepView view = withSamplePacket(LocalDate.of(2026, 12, 20));
    PrepItem calendar = item(view, "packet-calendar");
    assertThat(calendar.done()).isFalse();
    assertThat(calendar.detail()).containsPattern("^\\d+ steps? late; next: ");
    assertThat(calendar.command())
        .contains("pmdrill packet docs/examples/packet-staff.md --board 2026-12-20");
  }

  @Test
  void aBoardDateInThePastCountsDaysBack() throws Exception {
    PrepView view = withSamplePacket(LocalDate.of(2026, 11, 1));
    assertThat(view.board().orElseThrow().daysLeft()).isEqualTo(-19);
  }

  @Test
  void commandWordsAreQuotedOnlyWhenTheyNeedIt() {
    assertThat(Prep.quote("docs/examples/stories.md")).isEqualTo("docs/examples/stories.md");
    assertThat(Prep.quote("my stories.md")).isEqualTo("'my stories.md'");
    assertThat(Prep.quote("it's")).isEqualTo("'it'\\''s'");
  }
}
