package dev.pmdrill.bank;

import dev.pmdrill.scoring.Criterion;
import dev.pmdrill.scoring.PlainTerm;
import dev.pmdrill.scoring.Term;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The answers with no substance that bank format revision 2 has {@code validate} try on every
 * rubric: the rubric's own terms woven into empty sentences, the prompt restated with the terms as
 * bullets, the model answer with its moves negated, the model answer's first sentence alone, and
 * the model answers of two questions of other categories. A rubric that gives any of them more than
 * 25 can be gamed by a candidate.
 */
final class GamingAttempts {
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|(?<=[。！？])|\\n+");
  private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

  /** One attempt: what it is (for the warning), its text, and what the author can do about it. */
  record Attempt(String name, String text, String advice) {}

  private GamingAttempts() {}

  static List<Attempt> of(Question q, List<Question> all) {
    List<Attempt> attempts = new ArrayList<>();
    if (unwritten(q)) {
      // Still 'pmdrill new''s placeholders: its rubric is the scaffold's worked sample, not the
      // author's yet, and the reader already warns at each placeholder.
      return attempts;
    }
    List<String> terms = firstTerms(q);
    List<String> english = terms.stream().filter(t -> !CJK.matcher(t).find()).toList();
    List<String> chinese = terms.stream().filter(t -> CJK.matcher(t).find()).toList();
    if (!english.isEmpty()) {
      attempts.add(
          new Attempt(
              "filler weaving its terms into empty sentences",
              englishFiller(english),
              "credit terms only where the answer reasons with them (like sentences, min, where)"));
    }
    if (!chinese.isEmpty()) {
      attempts.add(
          new Attempt(
              "Chinese filler weaving its terms into empty sentences",
              chineseFiller(chinese),
              "credit terms only where the answer reasons with them (like sentences, min, where)"));
    }
    if (!terms.isEmpty()) {
      attempts.add(
          new Attempt(
              "the prompt restated with the terms as bullets",
              q.prompt().strip()
                  + "\n"
                  + String.join("\n", terms.stream().map(t -> "- " + t).toList()),
              "make the terms phrases an answer uses in reasoning, and add a prose criterion"));
    }
    q.modelAnswer()
        .ifPresent(
            model -> {
              attempts.add(
                  new Attempt(
                      "the model answer with its moves negated",
                      negated(model),
                      "terms that still count when negated are too loose: use phrases"));
              sentences(model).stream()
                  .findFirst()
                  .ifPresent(
                      first ->
                          attempts.add(
                              new Attempt(
                                  "the model answer's first sentence alone",
                                  first,
                                  "one sentence should not carry the rubric: raise min or weights")));
            });
    all.stream()
        .filter(o -> !o.category().equals(q.category()) && written(o))
        .sorted(Comparator.comparing(Question::id))
        .map(Question::category)
        .distinct()
        .limit(2)
        .forEach(
            category ->
                all.stream()
                    .filter(o -> o.category().equals(category) && written(o))
                    .min(Comparator.comparing(Question::id))
                    .ifPresent(
                        other ->
                            attempts.add(
                                new Attempt(
                                    "the model answer of '" + other.id() + "' (" + category + ")",
                                    other.modelAnswer().get(),
                                    "terms any answer of the category uses earn this; use"
                                        + " phrases specific to this question"))));
    return attempts;
  }

  /** The first plain term of each concept and sequence step, as the bank wrote it. */
  private static List<String> firstTerms(Question q) {
    Set<String> terms = new LinkedHashSet<>();
    for (Criterion c : q.rubric().criteria()) {
      Optional<Term> first = c.ownTerms().stream().filter(t -> t instanceof PlainTerm).findFirst();
      first.ifPresent(t -> terms.add(t.text()));
      if (c instanceof dev.pmdrill.scoring.Sequence) {
        for (dev.pmdrill.scoring.Step step : ((dev.pmdrill.scoring.Sequence) c).steps()) {
          step.any().stream()
              .filter(t -> t instanceof PlainTerm)
              .findFirst()
              .ifPresent(t -> terms.add(t.text()));
        }
      }
    }
    return List.copyOf(terms);
  }

  private static String englishFiller(List<String> terms) {
    StringBuilder s = new StringBuilder();
    for (String t : terms) {
      s.append("The ")
          .append(t)
          .append(" is the thing here, because the ")
          .append(t)
          .append(" is really what the ")
          .append(t)
          .append(" is about. ");
    }
    s.append("All of this matters a lot, so my decision is clear and I am confident in it.");
    return s.toString();
  }

  private static String chineseFiller(List<String> terms) {
    StringBuilder s = new StringBuilder();
    for (String t : terms) {
      s.append(t).append("非常重要，因为").append(t).append("就是").append(t).append("。");
    }
    s.append("这些都很关键，所以我的结论很明确。");
    return s.toString();
  }

  private static final Pattern CLAUSE =
      Pattern.compile(
          "[,;:，；：、]|\\s(?=(?i:so|and|but|then|if|which|because|while|until|unless|before|after|when)\\s)");
  private static final Pattern LEAD =
      Pattern.compile(
          "^(?i:(so|and|but|then|if|which|because|while|until|unless|before|after|when|first|also)\\s+)*"
              + "(?i:(i|we)\\s+(would|will|should|'d|'ll)?\\s*(also\\s+)?)?");
  private static final Pattern CHINESE_LEAD =
      Pattern.compile("^(所以|然后|如果|因为|而且|并且|但是|首先|其次|最后|我们会|我会|我们|我|会|先|再|要)+");

  /** Each clause of each sentence turned down: "I would not ...", 我不会.... */
  private static String negated(String text) {
    StringBuilder s = new StringBuilder();
    for (String sentence : sentences(text)) {
      boolean chinese = CJK.matcher(sentence).find();
      for (String clause : CLAUSE.split(sentence)) {
        String c = clause.strip().replaceAll("[.!?。！？]+$", "");
        c = (chinese ? CHINESE_LEAD : LEAD).matcher(c).replaceFirst("").strip();
        if (c.isEmpty()) {
          continue;
        }
        if (chinese) {
          s.append("我不会").append(c).append("。");
        } else {
          s.append("I would not ")
              .append(Character.toLowerCase(c.charAt(0)))
              .append(c.substring(1))
              .append(". ");
        }
      }
    }
    return s.toString().strip();
  }

  private static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    for (String s : SENTENCE_END.split(text.strip())) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  /** A question whose prompt or model answer is still a placeholder 'pmdrill new' wrote. */
  private static boolean unwritten(Question q) {
    return Placeholders.is(q.prompt()) || q.modelAnswer().filter(Placeholders::is).isPresent();
  }

  /** A question with a model answer of its own to try on other rubrics. */
  private static boolean written(Question q) {
    return q.modelAnswer().isPresent() && !unwritten(q);
  }
}
