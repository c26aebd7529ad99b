package dev.pmdrill.review;

import dev.pmdrill.bank.Catalog;
import dev.pmdrill.bank.Location;
import dev.pmdrill.bank.Question;
import dev.pmdrill.history.HistoryStore;
import dev.pmdrill.history.StoredAttemptRow;
import dev.pmdrill.history.StoredCriterion;
import dev.pmdrill.material.Packet;
import dev.pmdrill.material.PacketFacts;
import dev.pmdrill.material.Piece;
import dev.pmdrill.material.StoryBank;
import dev.pmdrill.material.Track;
import dev.pmdrill.scoring.CriterionResult;
import dev.pmdrill.scoring.Evidence;
import dev.pmdrill.scoring.Rubric;
import dev.pmdrill.scoring.Score;
import dev.pmdrill.scoring.Scorer;
import dev.pmdrill.scoring.ScorerVersion;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the report shows of stored answers: the evidence each earned, found again by scoring it
 * against its rubric when that is the rubric it was scored against, and the reviews of the latest
 * rehearsed stories and packet examples. Kept out of the command so the report's rules can be
 * tested, and changed, without a terminal or a file.
 */
public final class StoredAnswerMarking {
  private StoredAnswerMarking() {}

  /**
   * The evidence of a stored answer, found again by scoring it against the question's current
   * rubric, when that rubric is the one it was scored against.
   */
  public static AnswerMarks marks(HistoryStore store, Catalog catalog, StoredAttemptRow row) {
    Optional<Question> question = catalog.question(row.attempt().questionId());
    if (question.isEmpty() && MATERIAL_RUBRICS.containsKey(row.attempt().category())) {
      return materialMarks(catalog, row);
    }
    if (question.isEmpty()) {
      return AnswerMarks.unavailable("the question is not in the built-in banks.");
    }
    if (store.rubricChanged(row, question.get())) {
      return AnswerMarks.unavailable("the question or its rubric changed since.");
    }
    if (row.attempt().olderScorer()) {
      // Today's evidence would not be what earned the stored score.
      return AnswerMarks.unavailable(
          "it was scored by " + ScorerVersion.older(row.attempt().scorer()) + ".");
    }
    return AnswerMarks.of(
        highlights(Scorer.score(question.get().rubric(), row.attempt().answer())));
  }

  /**
   * The reviews of the latest rehearsal of each story and each packet example in the history. The
   * files they came from are not kept, so the titles are the question ids' and the packet's track
   * is the one its vocabulary argues for.
   */
  public static Rehearsals rehearsals(Catalog catalog, List<StoredAttemptRow> rows, Clock clock) {
    Map<String, Piece> stories = new LinkedHashMap<>();
    Map<String, Piece> examples = new LinkedHashMap<>();
    for (StoredAttemptRow row : rows) {
      var a = row.attempt();
      if (a.skipped() || a.answer().isBlank()) {
        continue;
      }
      Map<String, Piece> into =
          a.category().equals(MaterialQuestions.STORY_CATEGORY)
              ? stories
              : a.category().equals(MaterialQuestions.PACKET_CATEGORY) ? examples : null;
      if (into != null && !into.containsKey(a.questionId())) {
        String title = a.questionId().substring(a.questionId().indexOf(':') + 1).replace('-', ' ');
        into.put(
            a.questionId(),
            new Piece(title, a.answer(), new Location("history", (int) row.id(), 1)));
      }
    }
    try {
      Optional<StoryBankReview> storyReview =
          stories.isEmpty()
              ? Optional.empty()
              : Optional.of(
                  StoryBankReview.of(
                      catalog, new StoryBank("history", Map.of(), List.copyOf(stories.values()))));
      Optional<PacketReview> packetReview =
          examples.isEmpty()
              ? Optional.empty()
              : Optional.of(
                  PacketReview.of(
                      catalog,
                      new Packet(
                          "history",
                          Optional.empty(),
                          PacketFacts.none(),
                          List.copyOf(examples.values())),
                      clock));
      return new Rehearsals(storyReview, packetReview);
    } catch (ReviewException e) {
      return Rehearsals.none();
    }
  }

  /** The rubrics a rehearsed story or packet example may have been scored with. */
  private static final Map<String, List<String>> MATERIAL_RUBRICS =
      Map.of(
          MaterialQuestions.STORY_CATEGORY,
          List.of(MaterialQuestions.STORY_RUBRIC),
          MaterialQuestions.PACKET_CATEGORY,
          Arrays.stream(Track.values()).map(PacketReview::rubricId).toList());

  /**
   * A rehearsed story or packet example has no question in the banks (its text stays in the user's
   * file); its evidence is found again with the review rubric that gives the same criteria and the
   * same total as stored, so a rubric changed since is never shown as if it had scored it.
   */
  private static AnswerMarks materialMarks(Catalog catalog, StoredAttemptRow row) {
    List<String> stored = row.attempt().criteria().stream().map(StoredCriterion::name).toList();
    for (String name : MATERIAL_RUBRICS.get(row.attempt().category())) {
      Optional<Rubric> rubric = catalog.rubric(name);
      if (rubric.isEmpty()) {
        continue;
      }
      Score score = Scorer.score(rubric.get(), row.attempt().answer());
      List<String> names = score.results().stream().map(r -> r.criterion().name()).toList();
      if (names.equals(stored) && score.total() == row.attempt().total()) {
        return AnswerMarks.of(highlights(score));
      }
    }
    return AnswerMarks.unavailable("the review rubric changed since.");
  }

  private static List<Highlight> highlights(Score score) {
    List<Highlight> highlights = new ArrayList<>();
    for (CriterionResult r : score.results()) {
      for (Evidence e : r.evidence()) {
        highlights.add(new Highlight(e.span(), r.criterion().name(), r.penalty() > 0));
      }
    }
    return highlights;
  }
}
