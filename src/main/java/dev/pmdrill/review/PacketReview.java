package dev.pmdrill.review;

import dev.pmdrill.bank.Catalog;
import dev.pmdrill.bank.Loop;
import dev.pmdrill.bank.Panel;
import dev.pmdrill.bank.Question;
import dev.pmdrill.material.Packet;
import dev.pmdrill.material.Piece;
import dev.pmdrill.material.Track;
import dev.pmdrill.scoring.Answer;
import dev.pmdrill.scoring.Criterion;
import dev.pmdrill.scoring.CriterionResult;
import dev.pmdrill.scoring.Evidence;
import dev.pmdrill.scoring.Quantified;
import dev.pmdrill.scoring.Rubric;
import dev.pmdrill.scoring.Score;
import dev.pmdrill.scoring.Scorer;
import dev.pmdrill.session.Attempt;
import dev.pmdrill.session.BoardOutcome;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A P9 promotion packet judged as the Executive Review Board would: each example on the four packet
 * questions and the three dimensions, execution-only examples flagged, the track its vocabulary
 * argues for against the one it states, the {@value #PANEL_LOOP} panel's votes with the questions
 * each reviewer would ask, and the readiness checklist.
 */
public record PacketReview(
    Packet packet,
    Track track,
    TrackReading reading,
    Optional<String> trackWarning,
    List<ExampleReview> examples,
    BoardOutcome board,
    List<CheckItem> checklist,
    PageBudget pages,
    Optional<PromotionCalendar> calendar) {

  /** The loop whose panel votes on packets. */
  public static final String PANEL_LOOP = "p9-review-board";

  /** The board dimensions, in the order the domain notes give them. */
  public static final List<String> DIMENSIONS =
      List.of("strategic-autonomy", "cross-bu-impact", "talent-multiplier");

  /** Words saying another organisation took the work up, in English and Chinese. */
  private static final java.util.regex.Pattern ADOPTION =
      java.util.regex.Pattern.compile(
          "\\b(adopt\\w*|uses?|using|used|moved (on)?to|migrat\\w*|rolled (it )?out|run[s]? it|joined"
              + "|took it up|built on|now the (standard|default))\\b"
              + "|采用|采纳|接入|迁移|复用|照着|推广到|用上|在用|用了",
          java.util.regex.Pattern.CASE_INSENSITIVE);

  /** Below this on every dimension, an example says what was delivered, not what was decided. */
  static final double EXECUTION_BAR = 40;

  /** The four questions every example answers, and the bank rubrics that ask them. */
  private static final List<String[]> QUESTIONS =
      List.of(
          new String[] {
            "early-call",
            "What risk or opportunity did you see before it was urgent?",
            "pr-early-call"
          },
          new String[] {"no-authority", "What did you do without formal authority?", "pr-autonomy"},
          new String[] {
            "beyond-team",
            "How did it change behaviour, budget or strategy beyond your team?",
            "pr-changed"
          },
          new String[] {
            "reuse",
            "How has it been reused as a template or standard?",
            "pr-reuse",
            "pr-reuse-evidence"
          });

  public PacketReview {
    Objects.requireNonNull(packet, "packet");
    Objects.requireNonNull(track, "track");
    Objects.requireNonNull(reading, "reading");
    Objects.requireNonNull(trackWarning, "trackWarning");
    examples = List.copyOf(examples);
    Objects.requireNonNull(board, "board");
    checklist = List.copyOf(checklist);
    Objects.requireNonNull(pages, "pages");
    Objects.requireNonNull(calendar, "calendar");
  }

  public static PacketReview of(Catalog catalog, Packet packet, Clock clock) {
    return of(catalog, packet, clock, Month.JANUARY);
  }

  /**
   * The review, with the promotion calendar worked back from the packet's board date against the
   * clock's today, for a fiscal year that starts in {@code fiscalYearStart}.
   */
  public static PacketReview of(
      Catalog catalog, Packet packet, Clock clock, Month fiscalYearStart) {
    // Each example's text is analysed once, for the track reading and for its score alike.
    List<Answer> answers = packet.examples().stream().map(p -> Answer.of(p.text())).toList();
    List<TrackReading> readings = readings(catalog, answers);
    TrackReading overall = combine(readings);
    Track track = packet.track().or(overall::argued).orElse(Track.STAFF);
    Rubric rubric = rubricFor(catalog, track);
    List<ExampleReview> reviews = new ArrayList<>();
    for (int i = 0; i < packet.examples().size(); i++) {
      reviews.add(
          review(catalog, packet.examples().get(i), answers.get(i), rubric, readings.get(i)));
    }
    Panel panel =
        catalog
            .loop(PANEL_LOOP)
            .flatMap(Loop::panel)
            .orElseThrow(
                () ->
                    new ReviewException(
                        "the review board '"
                            + PANEL_LOOP
                            + "' is not loaded; it comes with the built-in banks"));
    List<Attempt> attempts =
        reviews.stream()
            .map(
                r ->
                    new Attempt(
                        r.question(),
                        r.example().text(),
                        r.score(),
                        Duration.ZERO,
                        Optional.empty(),
                        false,
                        java.util.OptionalInt.empty()))
            .toList();
    BoardOutcome board = BoardOutcome.of(panel, attempts);
    LocalDate today = clock.instant().atZone(clock.getZone()).toLocalDate();
    PageBudget pages = PageBudget.of(packet.examples());
    return new PacketReview(
        packet,
        track,
        overall,
        trackWarning(packet, overall),
        reviews,
        board,
        ReadinessChecklist.of(packet, reviews, pages, today),
        pages,
        PromotionCalendar.of(packet.facts(), today, fiscalYearStart));
  }

  /**
   * The rubric a packet example of this track is scored with: the packet rubric and the track's.
   */
  public static Rubric rubricFor(Catalog catalog, Track track) {
    return MaterialQuestions.rubric(catalog, rubricId(track));
  }

  /** The id of the bank rubric a packet example of this track is scored with. */
  public static String rubricId(Track track) {
    return "pr-packet-" + track.id();
  }

  /**
   * The track a packet is reviewed as: the one it states, else the one its vocabulary argues for,
   * else staff. Reads only the track language, for drilling one example.
   */
  public static Track trackOf(Catalog catalog, Packet packet) {
    if (packet.track().isPresent()) {
      return packet.track().get();
    }
    List<Answer> answers = packet.examples().stream().map(p -> Answer.of(p.text())).toList();
    return combine(readings(catalog, answers)).argued().orElse(Track.STAFF);
  }

  /** One example, scored as {@code drill --packet-example} scores it. */
  public static ExampleReview review(Catalog catalog, Piece example, Track track) {
    Answer answer = Answer.of(example.text());
    return review(
        catalog,
        example,
        answer,
        rubricFor(catalog, track),
        readings(catalog, List.of(answer)).get(0));
  }

  private static List<TrackReading> readings(Catalog catalog, List<Answer> answers) {
    Rubric staff = MaterialQuestions.rubric(catalog, "pr-staff-track");
    Rubric principal = MaterialQuestions.rubric(catalog, "pr-principal-track");
    return answers.stream().map(a -> read(a, staff, principal)).toList();
  }

  private static ExampleReview review(
      Catalog catalog, Piece example, Answer answer, Rubric rubric, TrackReading reading) {
    Score score = Scorer.score(rubric, answer);
    List<Signal> questions = new ArrayList<>();
    for (String[] q : QUESTIONS) {
      Set<String> names = new LinkedHashSet<>();
      for (int k = 2; k < q.length; k++) {
        catalog.rubric(q[k]).ifPresent(r -> r.criteria().forEach(c -> names.add(c.name())));
      }
      List<CriterionResult> asked =
          score.results().stream().filter(r -> names.contains(r.criterion().name())).toList();
      if (asked.isEmpty()) {
        asked = Scorer.score(rubricOf(catalog, q), answer).results();
      }
      questions.add(Signal.combined(q[0], q[1], asked));
    }
    Map<String, OptionalDouble> dimensions = new LinkedHashMap<>();
    for (String d : DIMENSIONS) {
      dimensions.put(d, dimension(score, d));
    }
    List<String> signs = executionSigns(score, questions);
    double best = dimensions.values().stream().mapToDouble(v -> v.orElse(0)).max().orElse(0);
    boolean executionOnly = best < EXECUTION_BAR && !signs.isEmpty();
    List<String> followUps = new ArrayList<>();
    questions.stream()
        .filter(s -> s.coverage() != Coverage.MET)
        .forEach(s -> s.probe().ifPresent(followUps::add));
    Question question = MaterialQuestions.packetExample(example, rubric, followUps);
    Set<String> adoption = new LinkedHashSet<>();
    catalog.rubric("pr-cross-bu").ifPresent(r -> r.criteria().forEach(c -> adoption.add(c.name())));
    List<String> adopters =
        score.results().stream()
            .filter(r -> adoption.contains(r.criterion().name()))
            .flatMap(r -> r.evidence().stream())
            .filter(e -> ADOPTION.matcher(sentenceAround(example.text(), e.span())).find())
            .map(e -> e.quote().strip())
            .distinct()
            .toList();
    return new ExampleReview(
        example,
        question,
        score,
        questions,
        dimensions,
        signs,
        executionOnly,
        reading,
        adopters,
        StakeholderQuote.in(example.text()));
  }

  /**
   * The sentence a match stands in: a team named there counts as an adopter only when the sentence
   * says it took the work up ("we ship through Cainiao" names a partner, not an adopter).
   */
  private static String sentenceAround(String text, dev.pmdrill.text.Span span) {
    int start = span.start();
    while (start > 0 && !boundary(text, start - 1)) {
      start--;
    }
    int end = Math.min(text.length(), span.end());
    while (end < text.length() && !boundary(text, end)) {
      end++;
    }
    return text.substring(start, end);
  }

  /** Sentence punctuation or a blank line; a single line break is only Markdown's wrapping. */
  private static boolean boundary(String text, int at) {
    char c = text.charAt(at);
    if (".!?。！？；;".indexOf(c) >= 0) {
      return true;
    }
    return c == '\n'
        && ((at + 1 < text.length() && text.charAt(at + 1) == '\n')
            || (at > 0 && text.charAt(at - 1) == '\n'));
  }

  private static Rubric rubricOf(Catalog catalog, String[] q) {
    List<Criterion> criteria = new ArrayList<>();
    for (int k = 2; k < q.length; k++) {
      criteria.addAll(MaterialQuestions.rubric(catalog, q[k]).criteria());
    }
    return new Rubric(criteria);
  }

  /** {@code 100 x sum(weight x score) / sum(weight)} over the criteria of one dimension. */
  private static OptionalDouble dimension(Score score, String id) {
    double weights = 0;
    double weighted = 0;
    for (CriterionResult r : score.results()) {
      Criterion c = r.criterion();
      if (c.weighted() && c.info().dimension().map(id::equals).orElse(false)) {
        weights += c.info().weight();
        weighted += c.info().weight() * r.score();
      }
    }
    return weights == 0 ? OptionalDouble.empty() : OptionalDouble.of(100 * weighted / weights);
  }

  /** What makes an example read as delivery: feature-count talk, numbers with no decision. */
  private static List<String> executionSigns(Score score, List<Signal> questions) {
    List<String> signs = new ArrayList<>();
    for (CriterionResult r : score.penalties()) {
      for (Evidence e : r.evidence()) {
        signs.add("'" + e.quote() + "' (" + r.criterion().name().toLowerCase() + ")");
      }
    }
    boolean numbers =
        score.results().stream()
            .anyMatch(r -> r.criterion() instanceof Quantified && r.score() > 0);
    double decided = questions.stream().mapToDouble(Signal::score).average().orElse(0);
    if (numbers && decided < 0.25) {
      signs.add("metrics without a decision: the numbers are there, the four questions are not");
    }
    return signs;
  }

  private static TrackReading read(Answer answer, Rubric staff, Rubric principal) {
    return new TrackReading(
        terms(Scorer.score(staff, answer)), terms(Scorer.score(principal, answer)));
  }

  private static List<String> terms(Score score) {
    Set<String> seen = new LinkedHashSet<>();
    for (CriterionResult r : score.results()) {
      for (Evidence e : r.evidence()) {
        seen.add(e.quote().toLowerCase(java.util.Locale.ROOT));
      }
    }
    return List.copyOf(seen);
  }

  private static TrackReading combine(List<TrackReading> readings) {
    Set<String> staff = new LinkedHashSet<>();
    Set<String> principal = new LinkedHashSet<>();
    for (TrackReading r : readings) {
      staff.addAll(r.staffTerms());
      principal.addAll(r.principalTerms());
    }
    return new TrackReading(List.copyOf(staff), List.copyOf(principal));
  }

  private static Optional<String> trackWarning(Packet packet, TrackReading reading) {
    Optional<Track> argued = reading.argued();
    if (packet.track().isEmpty()) {
      return Optional.of(
          "the packet states no track; its vocabulary "
              + argued.map(t -> "argues for " + t.id()).orElse("argues for neither clearly")
              + " ("
              + reading.describe()
              + "). Decide the track first and add 'track: staff' or 'track: principal'.");
    }
    Track stated = packet.track().get();
    if (argued.isPresent() && argued.get() != stated) {
      return Optional.of(
          "the packet states the "
              + stated.id()
              + " track, but its vocabulary argues for "
              + argued.get().id()
              + " ("
              + reading.describe()
              + "). The board will ask: are you solving an engineering problem or a market"
              + " problem?");
    }
    if (argued.isEmpty()) {
      return Optional.of(
          "the vocabulary does not argue clearly for the "
              + stated.id()
              + " track ("
              + reading.describe()
              + "); align every example with it.");
    }
    return Optional.empty();
  }

  /** How many examples show strategic autonomy (the dimension at 70 or more). */
  public long autonomyExamples() {
    return ReadinessChecklist.autonomous(examples).size();
  }
}
