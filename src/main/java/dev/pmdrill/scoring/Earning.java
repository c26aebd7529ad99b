package dev.pmdrill.scoring;

import dev.pmdrill.text.AnalyzedText;
import dev.pmdrill.text.Script;
import dev.pmdrill.text.Span;
import dev.pmdrill.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which matches of one answer earn credit under one rubric (bank format revision 2, "words that
 * earn nothing"): not those in text copied from the prompt, not those a negation stands before in
 * the same clause, not those in a report of what others would do ("many teams would jump into GC
 * logs"), not a term matched twice on the same words in one sentence ("an SRM is an SRM"; a pattern
 * that matches "2.1%" and "2.6%" earns), and not those in a sentence made only of the rubric's
 * terms and connecting words.
 */
final class Earning {
  /** A copied run is this many words long at least (a CJK character weighs half a word). */
  static final double COPIED_RUN_WORDS = 6;

  private static final int[] NONE = new int[0];

  private static final Map<String, PromptWords> PROMPT_WORDS = new ConcurrentHashMap<>();

  /**
   * A prompt as the copied-text rule reads it, found once per prompt.
   *
   * @param positions where each stem stands in the prompt
   * @param length one past the last of those positions
   * @param hashBits bit {@code hash & 63} set for each stem's hash: a word whose bit is clear is
   *     not in the prompt, and costs no look-up
   */
  private record PromptWords(Map<String, int[]> positions, int length, long hashBits) {
    int[] at(String stem) {
      if ((hashBits & 1L << (stem.hashCode() & 63)) == 0) {
        return NONE;
      }
      return positions.getOrDefault(stem, NONE);
    }
  }

  private final Answer answer;
  private final Rubric rubric;
  private final List<Span> copied;
  private final List<Span> sentences;
  private boolean[] termOnly;

  Earning(Answer answer, Rubric rubric) {
    this.answer = answer;
    this.rubric = rubric;
    this.copied = rubric.prompt().map(p -> copiedFrom(answer.text(), p)).orElse(List.of());
    this.sentences = answer.text().sentences();
  }

  List<Span> copied() {
    return copied;
  }

  /** The matches of {@code raw} that earn credit. */
  List<Span> earning(Term term, List<Span> raw) {
    if (raw.isEmpty()) {
      return raw;
    }
    // "an SRM is an SRM" repeats itself; "from 2.1% to 2.6%" matches one pattern with two numbers
    boolean[] repeated = repeated(term, raw);
    List<Span> kept = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      Span span = raw.get(i);
      int sentence = sentenceOf(span);
      if (repeated[i]
          || overlapsCopied(span)
          || inside(answer.reports(), span)
          || answer.negations().negatedAt(answer.tokenAt(span.start()))
          || (sentence >= 0 && termOnly()[sentence])) {
        continue;
      }
      kept.add(span);
    }
    return kept.size() == raw.size() ? raw : List.copyOf(kept);
  }

  /**
   * Which matches repeat another of the same term in their sentence. Matches come left to right, so
   * a sentence's matches stand together and a plain term (whose matches are all the same words)
   * repeats where its neighbour shares the sentence; a pattern's matches, or matches out of order,
   * are compared by {@link #repetitionKey}.
   */
  private boolean[] repeated(Term term, List<Span> raw) {
    int n = raw.size();
    boolean[] repeated = new boolean[n];
    if (n == 1) {
      return repeated;
    }
    int[] sentence = new int[n];
    boolean ordered = true;
    for (int i = 0; i < n; i++) {
      sentence[i] = sentenceOf(raw.get(i));
      ordered &= i == 0 || raw.get(i - 1).start() <= raw.get(i).start();
    }
    if (ordered && !term.matchesVary()) {
      for (int i = 1; i < n; i++) {
        if (sentence[i] == sentence[i - 1]) {
          repeated[i] = true;
          repeated[i - 1] = true;
        }
      }
      return repeated;
    }
    String[] keys = new String[n];
    Map<String, Integer> perSentence = new HashMap<>();
    for (int i = 0; i < n; i++) {
      keys[i] = repetitionKey(term, raw.get(i));
      perSentence.merge(keys[i], 1, Integer::sum);
    }
    for (int i = 0; i < n; i++) {
      repeated[i] = perSentence.get(keys[i]) > 1;
    }
    return repeated;
  }

  /** What makes two matches the same one twice: the sentence, and a pattern's matched words. */
  private String repetitionKey(Term term, Span span) {
    if (!term.matchesVary()) {
      return Integer.toString(sentenceOf(span));
    }
    return sentenceOf(span)
        + ":"
        + answer.original().substring(span.start(), span.end()).toLowerCase(java.util.Locale.ROOT);
  }

  private static boolean inside(List<Span> regions, Span span) {
    for (Span r : regions) {
      if (r.start() <= span.start() && span.start() < r.end()) {
        return true;
      }
    }
    return false;
  }

  private boolean overlapsCopied(Span span) {
    return overlapsAny(copied, span);
  }

  private static boolean overlapsAny(List<Span> spans, Span span) {
    for (int i = 0; i < spans.size(); i++) {
      Span c = spans.get(i);
      if (c.start() < span.end() && span.start() < c.end()) {
        return true;
      }
    }
    return false;
  }

  private int sentenceOf(Span span) {
    int lo = 0;
    int hi = sentences.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (sentences.get(mid).start() <= span.start()) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /**
   * Sentences made only of the rubric's terms and connecting words, with two term matches or more:
   * a bag of the rubric's phrases strung together says nothing.
   */
  private boolean[] termOnly() {
    boolean[] result = termOnly;
    if (result != null) {
      return result;
    }
    result = new boolean[sentences.size()];
    AnalyzedText text = answer.text();
    List<Token> tokens = text.tokens();
    boolean[] covered = text.connectingTokens();
    // distinct places a term matched, per sentence: overlapping matches of two terms are one
    List<List<Span>> places = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      places.add(new ArrayList<>());
    }
    for (Criterion c : rubric.criteria()) {
      for (Term term : c.ownTerms()) {
        for (Span span : answer.rawMatches(term)) {
          int s = sentenceOf(span);
          if (s >= 0 && !overlapsAny(places.get(s), span)) {
            places.get(s).add(span);
          }
          for (int t = answer.tokenAt(span.start());
              t < tokens.size() && tokens.get(t).span().start() < span.end();
              t++) {
            covered[t] = true;
          }
        }
      }
    }
    int t = 0;
    for (int s = 0; s < sentences.size(); s++) {
      Span sentence = sentences.get(s);
      while (t < tokens.size() && tokens.get(t).span().start() < sentence.start()) {
        t++;
      }
      boolean all = true;
      int inSentence = 0;
      for (int k = t; k < tokens.size() && tokens.get(k).span().start() < sentence.end(); k++) {
        inSentence++;
        all &= covered[k];
      }
      result[s] = all && inSentence > 0 && places.get(s).size() >= 2;
    }
    termOnly = result;
    return result;
  }

  /** Runs of the answer's words that repeat a run of the prompt's, as spans of the answer. */
  static List<Span> copiedFrom(AnalyzedText text, String prompt) {
    List<Token> tokens = text.tokens();
    PromptWords words = PROMPT_WORDS.computeIfAbsent(prompt, Earning::promptWords);
    Map<String, int[]> positions = words.positions();
    if (tokens.isEmpty() || positions.isEmpty()) {
      return List.of();
    }
    // Longest common runs, kept sparse: only the prompt positions whose stem the answer's word
    // has carry a run, so the cost is the answer's length times a few positions.
    int m = words.length();
    double[] previous = new double[m + 1];
    double[] current = new double[m + 1];
    int[] previousWords = new int[m + 1];
    int[] currentWords = new int[m + 1];
    int[] active = new int[0];
    boolean[] copiedToken = new boolean[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      double w = token.script() == Script.CJK ? 0.5 : 1;
      int[] at = words.at(token.stem());
      for (int j : at) {
        current[j + 1] = previous[j] + w;
        currentWords[j + 1] = previousWords[j] + 1;
        if (current[j + 1] >= COPIED_RUN_WORDS) {
          for (int k = i; k > i - currentWords[j + 1]; k--) {
            copiedToken[k] = true;
          }
        }
      }
      for (int j : active) {
        previous[j + 1] = 0;
        previousWords[j + 1] = 0;
      }
      double[] swap = previous;
      previous = current;
      current = swap;
      int[] swapWords = previousWords;
      previousWords = currentWords;
      currentWords = swapWords;
      active = at;
    }
    List<Span> spans = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= tokens.size(); i++) {
      boolean in = i < tokens.size() && copiedToken[i];
      if (in && start < 0) {
        start = i;
      } else if (!in && start >= 0) {
        spans.add(new Span(tokens.get(start).span().start(), tokens.get(i - 1).span().end()));
        start = -1;
      }
    }
    return List.copyOf(spans);
  }

  private static PromptWords promptWords(String prompt) {
    Map<String, int[]> positions = positions(prompt);
    int m = 1 + positions.values().stream().flatMapToInt(java.util.Arrays::stream).max().orElse(0);
    long hashBits = 0;
    for (String stem : positions.keySet()) {
      hashBits |= 1L << (stem.hashCode() & 63);
    }
    return new PromptWords(positions, m, hashBits);
  }

  /** Where each stem stands in the prompt. */
  private static Map<String, int[]> positions(String prompt) {
    List<Token> tokens = AnalyzedText.of(prompt).tokens();
    Map<String, List<Integer>> at = new HashMap<>();
    for (int j = 0; j < tokens.size(); j++) {
      at.computeIfAbsent(tokens.get(j).stem(), k -> new ArrayList<>()).add(j);
    }
    Map<String, int[]> result = new HashMap<>();
    at.forEach(
        (stem, list) -> result.put(stem, list.stream().mapToInt(Integer::intValue).toArray()));
    return Map.copyOf(result);
  }
}
