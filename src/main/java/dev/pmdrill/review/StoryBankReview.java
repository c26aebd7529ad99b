package dev.pmdrill.review;

import dev.pmdrill.bank.Catalog;
import dev.pmdrill.bank.Question;
import dev.pmdrill.material.Piece;
import dev.pmdrill.material.StoryBank;
import dev.pmdrill.scoring.Answer;
import dev.pmdrill.scoring.Criterion;
import dev.pmdrill.scoring.CriterionResult;
import dev.pmdrill.scoring.Evidence;
import dev.pmdrill.scoring.Rubric;
import dev.pmdrill.scoring.Score;
import dev.pmdrill.scoring.Scorer;
import dev.pmdrill.scoring.Sequence;
import dev.pmdrill.scoring.Step;
import dev.pmdrill.text.Quantity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A candidate's story bank judged as a bar raiser would: every story on its own, then the bank as a
 * whole — which values and themes the stories cover between them, the gaps, and the story to rework
 * first. Scored by the banks' own rubrics ({@value MaterialQuestions#STORY_RUBRIC} and {@value
 * MaterialQuestions#STORY_VALUES_RUBRIC}).
 */
public record StoryBankReview(
    StoryBank bank, List<StoryReview> stories, List<Column> columns, List<String> gaps) {

  /** What the guide asks for: five stories between them covering the four values. */
  public static final int STORIES_WANTED = 5;

  static final Set<String> VALUES =
      Set.of("embrace-change", "customer-first", "ownership", "simplicity");

  /** A year is a number, but not a result: "In 2023", "2023年". */
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d年?");

  private static final Map<String, String> GAP_TEXT =
      Map.of(
          "embrace-change",
          "no story shows embrace change: a plan you dropped or rewrote because the market or the"
              + " users moved",
          "customer-first",
          "no story shows customer first: a core pain point you found through data or research,"
              + " and solved",
          "ownership",
          "no story shows ownership: a problem you owned end to end, like a founder, beyond your"
              + " remit",
          "simplicity",
          "no story shows simplicity: a complex problem you turned into a simple plan",
          "failure",
          "no story shows a failure you owned: your mistake, what it cost, and what you changed",
          "pivot",
          "no story shows a fast pivot: a change of course within days or weeks, on new evidence");

  /** A column of the coverage matrix: a value or a theme. */
  public record Column(String id, String name, boolean value) {}

  public StoryBankReview {
    Objects.requireNonNull(bank, "bank");
    stories = List.copyOf(stories);
    columns = List.copyOf(columns);
    gaps = List.copyOf(gaps);
  }

  public static StoryBankReview of(Catalog catalog, StoryBank bank) {
    Rubric craft = MaterialQuestions.rubric(catalog, MaterialQuestions.STORY_RUBRIC);
    Rubric values = MaterialQuestions.rubric(catalog, MaterialQuestions.STORY_VALUES_RUBRIC);
    List<Column> columns = columns(values);
    List<StoryReview> reviews = new ArrayList<>();
    for (Piece story : bank.stories()) {
      reviews.add(review(story, craft, values));
    }
    return new StoryBankReview(bank, reviews, columns, gaps(reviews, columns));
  }

  /** One story, scored as {@code drill --story} scores it. */
  public static StoryReview review(Catalog catalog, Piece story) {
    return review(
        story,
        MaterialQuestions.rubric(catalog, MaterialQuestions.STORY_RUBRIC),
        MaterialQuestions.rubric(catalog, MaterialQuestions.STORY_VALUES_RUBRIC));
  }

  private static StoryReview review(Piece story, Rubric craft, Rubric values) {
    Answer answer = Answer.of(story.text());
    Score score = Scorer.score(craft, answer);
    Score shown = Scorer.score(values, answer);
    List<Signal> signals = new ArrayList<>();
    for (CriterionResult r : shown.results()) {
      signals.add(Signal.of(idOf(r.criterion()), r));
    }
    Optional<CriterionResult> star =
        score.results().stream()
            .filter(r -> r.criterion() instanceof Sequence)
            .max(Comparator.comparingInt(r -> ((Sequence) r.criterion()).steps().size()));
    int resultStart = resultStart(star, story.text());
    List<Evidence> all = new ArrayList<>();
    for (Quantity q : answer.text().quantities()) {
      Evidence e = new Evidence(answer.quote(q.span()), q.span(), "quantity");
      if (!YEAR.matcher(e.quote().strip()).matches() && !clockTime(story.text(), e)) {
        all.add(e);
      }
    }
    List<Evidence> numbers = distinct(all);
    List<Evidence> resultNumbers =
        distinct(all.stream().filter(e -> e.span().start() >= resultStart).toList());
    List<String> followUps = new ArrayList<>();
    signals.stream()
        .filter(s -> s.coverage() == Coverage.PARTIAL)
        .forEach(s -> s.probe().ifPresent(followUps::add));
    Question question = MaterialQuestions.story(story, craft, followUps);
    return new StoryReview(
        story,
        question,
        score,
        star,
        numbers,
        resultNumbers,
        SpokenLength.of(story.text()),
        signals);
  }

  /**
   * Where the result begins: the first match of the STAR sequence's last step, else the last third
   * of the story, as {@code where: end} reads it.
   */
  private static int resultStart(Optional<CriterionResult> star, String text) {
    if (star.isPresent()) {
      List<Step> steps = ((Sequence) star.get().criterion()).steps();
      String last = steps.get(steps.size() - 1).name();
      Optional<Evidence> result =
          star.get().evidence().stream().filter(e -> e.matched().equals(last)).findFirst();
      if (result.isPresent()) {
        return result.get().span().start();
      }
    }
    return text.length() * 2 / 3;
  }

  private static List<Evidence> distinct(List<Evidence> evidence) {
    Set<String> seen = new HashSet<>();
    return evidence.stream().filter(e -> seen.add(e.quote().strip())).toList();
  }

  /** Part of a clock time such as 00:40 or 23:59, which sets the scene rather than measures. */
  private static boolean clockTime(String text, Evidence e) {
    int start = e.span().start();
    int end = e.span().end();
    boolean before = start >= 2 && text.charAt(start - 1) == ':' && isDigit(text, start - 2);
    boolean after = end + 1 < text.length() && text.charAt(end) == ':' && isDigit(text, end + 1);
    return before || after;
  }

  private static boolean isDigit(String text, int at) {
    return at >= 0 && at < text.length() && Character.isDigit(text.charAt(at));
  }

  private static String idOf(Criterion c) {
    return c.info().dimension().orElse(MaterialQuestions.slug(c.name()));
  }

  private static List<Column> columns(Rubric values) {
    List<Column> columns = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    for (Criterion c : values.criteria()) {
      if (c.weighted() && ids.add(idOf(c))) {
        columns.add(new Column(idOf(c), c.name(), VALUES.contains(idOf(c))));
      }
    }
    return columns;
  }

  private static List<String> gaps(List<StoryReview> reviews, List<Column> columns) {
    List<String> gaps = new ArrayList<>();
    if (reviews.size() < STORIES_WANTED) {
      gaps.add(
          reviews.size()
              + (reviews.size() == 1 ? " story" : " stories")
              + " prepared; the guide asks for "
              + STORIES_WANTED
              + ", between them covering all four values");
    }
    for (Column column : columns) {
      List<StoryReview> met =
          reviews.stream()
              .filter(
                  r -> r.signal(column.id()).map(s -> s.coverage() == Coverage.MET).orElse(false))
              .toList();
      if (!met.isEmpty()) {
        continue;
      }
      List<String> partial =
          reviews.stream()
              .filter(
                  r ->
                      r.signal(column.id())
                          .map(s -> s.coverage() == Coverage.PARTIAL)
                          .orElse(false))
              .map(r -> "'" + r.story().title() + "'")
              .toList();
      String gap =
          GAP_TEXT.getOrDefault(column.id(), "no story shows " + column.name().toLowerCase());
      gaps.add(
          partial.isEmpty()
              ? gap
              : gap + " (" + String.join(", ", partial) + " only touches it; make it explicit)");
    }
    return gaps;
  }

  /**
   * The story to rework first: the lowest score; among equals, the one furthest from 2-3 minutes.
   * Empty when every story meets every point of the rubric and fits the time.
   */
  public Optional<StoryReview> weakest() {
    return stories.stream()
        .filter(r -> !r.missed().isEmpty() || r.spoken().tooShort() || r.spoken().tooLong())
        .min(
            Comparator.comparingInt((StoryReview r) -> r.score().total())
                .thenComparingDouble(r -> -distanceFromRange(r.spoken())));
  }

  private static double distanceFromRange(SpokenLength s) {
    if (s.tooShort()) {
      return SpokenLength.SHORTEST - s.minutes();
    }
    return s.tooLong() ? s.minutes() - SpokenLength.LONGEST : 0;
  }

  /** Which stories show a column, fully or in part. */
  public Coverage coverage(StoryReview story, Column column) {
    return story.signal(column.id()).map(Signal::coverage).orElse(Coverage.NONE);
  }
}
