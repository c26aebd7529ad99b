package dev.pmdrill.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The answer has parts, in order: presence carries most of the credit, order the rest. */
public record Sequence(CriterionInfo info, List<Step> steps) implements Criterion {
  public Sequence {
    Objects.requireNonNull(info, "info");
    steps = List.copyOf(steps);
  }

  @Override
  public String kind() {
    return "sequence";
  }

  @Override
  public Sequence timesWeight(double factor) {
    return new Sequence(info.timesWeight(factor), steps);
  }

  /** The share of a step's credit that presence alone earns; being in order earns the rest. */
  static final double PRESENCE = 0.8;

  @Override
  public CriterionResult evaluate(Answer answer, Rubric rubric) {
    List<Evidence> evidence = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    int[] firstMatch = new int[steps.size()];
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      Evidence first = null;
      for (Term term : step.any()) {
        for (dev.pmdrill.text.Span span : answer.matches(term)) {
          if (first == null || span.start() < first.span().start()) {
            first = new Evidence(answer.quote(span), span, step.name());
          }
          break; // a term's first match is its earliest
        }
      }
      if (first == null && !step.like().isEmpty()) {
        for (String like : step.like()) {
          Evidence e = answer.sentenceLike(like, span -> true).orElse(null);
          if (e != null && (first == null || e.span().start() < first.span().start())) {
            first = new Evidence(e.quote(), e.span(), step.name());
          }
        }
      }
      if (first == null) {
        firstMatch[i] = -1;
        missing.add(step.name());
      } else {
        firstMatch[i] = first.span().start();
        evidence.add(first);
      }
    }
    int present = steps.size() - missing.size();
    int inOrder = longestIncreasingRun(firstMatch);
    double score = (PRESENCE * present + (1 - PRESENCE) * inOrder) / steps.size();
    evidence.sort(java.util.Comparator.comparingInt(e -> e.span().start()));
    return present > inOrder
        ? CriterionResult.scored(
            this,
            score,
            evidence,
            missing,
            (present - inOrder) + " of the steps found come out of order")
        : CriterionResult.scored(this, score, evidence, missing);
  }

  /**
   * How many present steps are in the listed order: the longest subsequence of steps (in listed
   * order) whose first matches increase. All present and in order gives every present step.
   */
  private static int longestIncreasingRun(int[] firstMatch) {
    int n = firstMatch.length;
    int[] best = new int[n];
    int longest = 0;
    for (int i = 0; i < n; i++) {
      if (firstMatch[i] < 0) {
        continue;
      }
      best[i] = 1;
      for (int j = 0; j < i; j++) {
        if (firstMatch[j] >= 0 && firstMatch[j] < firstMatch[i]) {
          best[i] = Math.max(best[i], best[j] + 1);
        }
      }
      longest = Math.max(longest, best[i]);
    }
    return longest;
  }

  @Override
  public List<String> likeSentences() {
    return steps.stream().flatMap(s -> s.like().stream()).toList();
  }

  @Override
  public List<Term> ownTerms() {
    return steps.stream().flatMap(s -> s.any().stream()).toList();
  }
}
