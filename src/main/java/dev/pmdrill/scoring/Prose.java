package dev.pmdrill.scoring;

import dev.pmdrill.text.AnalyzedText;
import dev.pmdrill.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/** Reasoning in sentences: an answer that reads as a list of terms has its total capped. */
public record Prose(CriterionInfo info, double min, double terms, double cap) implements Criterion {
  public static final double DEFAULT_MIN = 0.15;
  public static final double DEFAULT_TERMS = 0.5;
  public static final double DEFAULT_CAP = 40;

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
    int words = text.wordCount();
    if (words == 0) {
      return failed("the answer is empty");
    }
    double connecting = text.connectingWordCount() / (double) words;
    if (connecting < min) {
      return failed(
          String.format(
              java.util.Locale.ROOT,
              "only %.0f%% of its words connect ideas (at least %.0f%% for sentences); it reads as a list of terms",
              connecting * 100,
              min * 100));
    }
    List<Span> own = new ArrayList<>();
    for (Criterion c : rubric.criteria()) {
      for (Term t : c.ownTerms()) {
        own.addAll(answer.matches(t));
      }
    }
    double inside = text.wordsInside(own) / (double) words;
    if (inside > terms) {
      return failed(
          String.format(
              java.util.Locale.ROOT,
              "%.0f%% of its words are the rubric's own phrases (at most %.0f%%); it reads as a list of terms",
              inside * 100,
              terms * 100));
    }
    return CriterionResult.scored(this, 1, List.of(), List.of());
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
