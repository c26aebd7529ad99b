package dev.pmdrill.review;

import dev.pmdrill.bank.Catalog;
import dev.pmdrill.bank.Question;
import dev.pmdrill.material.Piece;
import dev.pmdrill.scoring.Rubric;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A candidate's story or packet example as a question, so drilling it, scoring it, recording it and
 * judging it by a panel all go through the same engine as the banks' questions.
 */
public final class MaterialQuestions {
  /** The bank rubric a story's craft is scored with (STAR, numbers, first person...). */
  public static final String STORY_RUBRIC = "cf-story";

  /** The bank rubric whose criteria say which values and themes a story shows. */
  public static final String STORY_VALUES_RUBRIC = "cf-story-values";

  public static final String STORY_CATEGORY = "story";
  public static final String PACKET_CATEGORY = "packet-example";

  private MaterialQuestions() {}

  public static Rubric rubric(Catalog catalog, String name) {
    return catalog
        .rubric(name)
        .orElseThrow(
            () ->
                new ReviewException(
                    "the rubric '"
                        + name
                        + "' is not loaded; it comes with the built-in banks, so load them too"));
  }

  /** The question a story answers: "Tell me about ...", timed as a culture-fit answer. */
  public static Question story(Piece story, Rubric rubric, List<String> followUps) {
    return question(
        story,
        "story",
        "stories",
        STORY_CATEGORY,
        "Tell your story \"" + story.title() + "\" as you would to the bar raiser.",
        Duration.ofMinutes(5),
        List.of(
            "Situation and stakes in a sentence, then your task, your own actions, and the result"
                + " with a number.",
            "Say \"I\" for what you did; end on what changed and by how much."),
        rubric,
        followUps);
  }

  /** The question a packet example answers at the board, timed as a packet-defence answer. */
  public static Question packetExample(Piece example, Rubric rubric, List<String> followUps) {
    return question(
        example,
        "packet",
        "packet",
        PACKET_CATEGORY,
        "Defend \"" + example.title() + "\" to the review board, without slides.",
        Duration.ofMinutes(8),
        List.of(
            "What did you see before it was urgent, and who had asked you to act? (Nobody.)",
            "Who else uses it now, what changed in their budget or plans, and what is the"
                + " reusable artefact?"),
        rubric,
        followUps);
  }

  /** The piece's own text stands as the model answer: what the candidate wrote down to say. */
  private static Question question(
      Piece piece,
      String kind,
      String bank,
      String category,
      String prompt,
      Duration time,
      List<String> hints,
      Rubric rubric,
      List<String> followUps) {
    return new Question(
        kind + ":" + slug(piece.title()),
        bank,
        category,
        prompt,
        Optional.of(time),
        OptionalInt.empty(),
        List.of(kind),
        hints,
        Optional.of(piece.text()),
        followUps,
        rubric,
        List.of(),
        piece.location());
  }

  /** Question ids keep letters of every script, so Chinese titles stay readable in history. */
  static String slug(String title) {
    String folded =
        Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
    StringBuilder b = new StringBuilder();
    boolean dash = false;
    for (int i = 0; i < folded.length(); ) {
      int c = folded.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetterOrDigit(c)) {
        b.appendCodePoint(c);
        dash = false;
      } else if (!dash && b.length() > 0) {
        b.append('-');
        dash = true;
      }
    }
    String slug = b.toString().replaceAll("-+$", "");
    return slug.isEmpty() ? "untitled" : slug;
  }
}
