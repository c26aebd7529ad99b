package dev.pmdrill.scoring;

import dev.pmdrill.text.AnalyzedText;
import dev.pmdrill.text.Script;
import dev.pmdrill.text.Span;
import dev.pmdrill.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/** Reasoning in sentences: an answer that reads as a list of terms has its total capped. */
public record Prose(CriterionInfo info, double min, double terms, double cap) implements Criterion {
  public static final double DEFAULT_MIN = 0.15;

  /**
   * The Chinese default: reasoned Chinese uses about half the share of connecting words English
   * does (strong Chinese bank examples 0.13-0.28, mean 0.21; English 0.31-0.60, mean 0.42), so a
   * Chinese answer is held to half the English default, and any {@code min} scales the same way.
   */
  public static final double CHINESE_DEFAULT_MIN = 0.07;

  public static final double DEFAULT_TERMS = 0.5;
  public static final double DEFAULT_CAP = 25;

  /** A line of at most this many words with no connecting word is a bare fragment. */
  static final int FRAGMENT_WORDS = 6;

  public Prose {
    Objects.requireNonNull(info, "info");
  }

  @Override
  public String kind() {
    return "prose";
  }

  @Override
  public Prose timesWeight(double factor) {
    return new Prose(info.timesWeight(factor), min, terms, cap);
  }

  @Override
  public CriterionResult evaluate(Answer answer, Rubric rubric) {
    AnalyzedText text = answer.text();
    List<Span> copied = answer.copied();
    List<Token> tokens = text.tokens();
    boolean[] connecting = text.connectingTokens();
    boolean[] isCopied = new boolean[tokens.size()];
    int copiedConnecting = 0;
    int copiedCjk = 0;
    for (int t = 0; t < tokens.size(); t++) {
      Span s = tokens.get(t).span();
      for (Span c : copied) {
        if (s.start() >= c.start() && s.end() <= c.end()) {
          isCopied[t] = true;
          copiedConnecting += connecting[t] ? 1 : 0;
          copiedCjk += tokens.get(t).script() == Script.CJK ? 1 : 0;
          break;
        }
      }
    }
    int words = text.wordCount() - (copied.isEmpty() ? 0 : text.wordsInside(copied));
    if (words <= 0) {
      return failed(
          copied.isEmpty() ? "the answer is empty" : "the answer only repeats the prompt");
    }
    int cjk = Math.min(words, text.cjkCount() - copiedCjk);
    double chineseShare = cjk / (double) words;
    double required = min * (1 - chineseShare + chineseShare * CHINESE_DEFAULT_MIN / DEFAULT_MIN);
    double share = (text.connectingWordCount() - copiedConnecting) / (double) words;
    if (share < required) {
      return failed(
          String.format(
              java.util.Locale.ROOT,
              "only %.0f%% of its words connect ideas (at least %.0f%% for sentences); it reads as a list of terms",
              share * 100,
              required * 100));
    }
    List<Span> listed = new ArrayList<>(fragmentLines(text, tokens, connecting, isCopied));
    for (Criterion c : rubric.criteria()) {
      for (Term t : c.ownTerms()) {
        for (Span span : answer.rawMatches(t)) {
          if (copied.stream().noneMatch(k -> k.start() < span.end() && span.start() < k.end())) {
            listed.add(span);
          }
        }
      }
    }
    double inside = text.wordsInside(listed) / (double) words;
    if (inside > terms) {
      return failed(
          String.format(
              java.util.Locale.ROOT,
              "%.0f%% of its words are the rubric's own phrases or bare fragments (at most %.0f%%); it reads as a list of terms",
              inside * 100,
              terms * 100));
    }
    return CriterionResult.scored(this, 1, List.of(), List.of());
  }

  /**
   * Lines that are bare fragments: at most six words, none of them a connecting word (so no verb
   * phrase of the usual kind), not copied from the prompt. A list marker does not count as a word.
   */
  private static List<Span> fragmentLines(
      AnalyzedText text, List<Token> tokens, boolean[] connecting, boolean[] isCopied) {
    String original = text.original();
    List<Span> fragments = new ArrayList<>();
    int t = 0;
    int lineStart = 0;
    while (lineStart <= original.length()) {
      int lineEnd = original.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = original.length();
      }
      int words = 0;
      boolean plain = true;
      int first = -1;
      int last = -1;
      while (t < tokens.size() && tokens.get(t).span().start() < lineEnd) {
        Token token = tokens.get(t);
        boolean marker =
            words == 0
                && token.text().chars().allMatch(Character::isDigit)
                && token.span().end() < original.length()
                && ".)、".indexOf(original.charAt(token.span().end())) >= 0;
        if (!marker) {
          words++;
          plain &= !connecting[t] && !isCopied[t];
          first = first < 0 ? token.span().start() : first;
          last = token.span().end();
        }
        t++;
      }
      boolean fragment = plain && words > 0 && words <= FRAGMENT_WORDS;
      // a document of one line is an answer, not a list: fragments are lines among other lines
      if (fragment && !(lineStart == 0 && lineEnd == original.length())) {
        // the list marker ("-", "1.") belongs to the fragment
        int from = lineStart;
        while (from < first && Character.isWhitespace(original.charAt(from))) {
          from++;
        }
        fragments.add(new Span(from, last));
      }
      lineStart = lineEnd + 1;
    }
    return fragments;
  }

  private CriterionResult failed(String why) {
    return new CriterionResult(
        this,
        0,
        List.of(),
        List.of("sentences that connect the ideas"),
        0,
        OptionalDouble.of(cap),
        Optional.of(why + "; the total is capped at " + Numbers.format(cap)));
  }

  @Override
  public boolean weighted() {
    return false;
  }
}
