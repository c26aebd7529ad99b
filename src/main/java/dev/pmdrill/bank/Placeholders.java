package dev.pmdrill.bank;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The text {@code pmdrill new} leaves for an author to write: any prompt, hint, follow-up, model
 * answer or example answer that starts with {@code TODO}. Each is a warning at its place until it
 * is written, and a placeholder example is not scored (its grade means nothing yet).
 */
final class Placeholders {
  /** The mark {@code pmdrill new} writes at the start of every text it leaves to the author. */
  static final String MARK = "TODO";

  private static final Pattern PLACEHOLDER = Pattern.compile("^" + MARK + "\\b");

  private Placeholders() {}

  static boolean is(String text) {
    return PLACEHOLDER.matcher(text.strip()).find();
  }

  /** Notes a warning for each placeholder among a question's texts. */
  static void check(Fields q, String id, Problems problems) {
    single(q, "prompt", id, "write the question as an interviewer asks it", problems);
    single(q, "model_answer", id, "write the answer you would give in the time allowed", problems);
    listed(q, "hints", "hint", id, "write a nudge towards the answer, or remove it", problems);
    listed(
        q, "follow_ups", "follow-up", id, "write what you would ask next, or remove it", problems);
    List<YamlNode> examples = q.node("examples").map(Placeholders::items).orElse(List.of());
    for (int i = 0; i < examples.size(); i++) {
      if (examples.get(i) instanceof YamlNode.Mapping) {
        YamlNode.Mapping example = (YamlNode.Mapping) examples.get(i);
        int number = i + 1;
        example
            .entry("answer")
            .map(YamlNode.Entry::value)
            .filter(Placeholders::holdsOne)
            .ifPresent(
                answer ->
                    problems.warning(
                        answer.location(),
                        "example "
                            + number
                            + " of '"
                            + id
                            + "' is still the placeholder 'pmdrill new' wrote, so it is not scored;"
                            + " write an answer from someone who saw only the prompt"));
      }
    }
  }

  private static void single(Fields q, String key, String id, String fix, Problems problems) {
    q.node(key)
        .filter(Placeholders::holdsOne)
        .ifPresent(
            n ->
                problems.warning(
                    n.location(),
                    "the "
                        + key
                        + " of '"
                        + id
                        + "' is still the placeholder 'pmdrill new' wrote; "
                        + fix));
  }

  private static void listed(
      Fields q, String key, String what, String id, String fix, Problems problems) {
    List<YamlNode> items = q.node(key).map(Placeholders::items).orElse(List.of());
    for (int i = 0; i < items.size(); i++) {
      if (holdsOne(items.get(i))) {
        problems.warning(
            items.get(i).location(),
            what
                + " "
                + (i + 1)
                + " of '"
                + id
                + "' is still the placeholder 'pmdrill new' wrote; "
                + fix);
      }
    }
  }

  private static List<YamlNode> items(YamlNode node) {
    return node instanceof YamlNode.Sequence ? ((YamlNode.Sequence) node).items() : List.of();
  }

  private static boolean holdsOne(YamlNode node) {
    return node instanceof YamlNode.Scalar
        && ((YamlNode.Scalar) node).type() == YamlNode.Scalar.Type.STRING
        && is(((YamlNode.Scalar) node).text());
  }
}
