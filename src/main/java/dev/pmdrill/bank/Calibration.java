package dev.pmdrill.bank;

import dev.pmdrill.scoring.Answer;
import dev.pmdrill.scoring.Criterion;
import dev.pmdrill.scoring.CriterionResult;
import dev.pmdrill.scoring.Score;
import dev.pmdrill.scoring.Term;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How well each question's rubric agrees with the grades its author gave the examples: the grade of
 * an example is the centre of its {@code expect} range, and the scores should rank the examples the
 * way the grades do. Per question it measures the agreement, each criterion's discrimination (its
 * mean score on the strong examples against the weak), the terms no example matches and the
 * examples that sit near an edge of their range; per file and over everything, the agreement, the
 * same three figures the project's rank-check script prints.
 *
 * <p>Each section is one method of {@link #question}, so a new one (the {@code like} sentences no
 * example comes near, once concepts carry them) is one method and one component more.
 */
public record Calibration(List<FileCalibration> files, Agreement total) {
  /** An example closer than this to an edge of its range is one change away from failing. */
  public static final int NEAR_EDGE = 5;

  public Calibration {
    files = List.copyOf(files);
    Objects.requireNonNull(total, "total");
  }

  /** Figures of agreement between scores and grades over a set of examples. */
  public record Agreement(
      int examples, int inRange, OptionalDouble spearman, OptionalDouble pairwise) {
    public Agreement {
      Objects.requireNonNull(spearman, "spearman");
      Objects.requireNonNull(pairwise, "pairwise");
    }
  }

  public record FileCalibration(
      String file, List<QuestionCalibration> questions, Agreement agreement) {
    public FileCalibration {
      Objects.requireNonNull(file, "file");
      questions = List.copyOf(questions);
      Objects.requireNonNull(agreement, "agreement");
    }
  }

  public record QuestionCalibration(
      String id,
      String category,
      Location location,
      List<ExampleScore> examples,
      int placeholders,
      Agreement agreement,
      List<CriterionSpread> criteria,
      List<UnmatchedTerm> unmatchedTerms,
      List<UnmatchedLike> unmatchedLikes,
      List<NearEdge> nearEdge) {
    public QuestionCalibration {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(category, "category");
      Objects.requireNonNull(location, "location");
      examples = List.copyOf(examples);
      Objects.requireNonNull(agreement, "agreement");
      criteria = List.copyOf(criteria);
      unmatchedTerms = List.copyOf(unmatchedTerms);
      unmatchedLikes = List.copyOf(unmatchedLikes);
      nearEdge = List.copyOf(nearEdge);
    }
  }

  /** One graded example and its score; {@code number} counts the question's examples from 1. */
  public record ExampleScore(int number, Location location, int score, Expect expect) {
    public ExampleScore {
      Objects.requireNonNull(location, "location");
      Objects.requireNonNull(expect, "expect");
    }

    /** The grade the author gave: the centre of the range. */
    public double grade() {
      return (expect.low() + expect.high()) / 2;
    }

    public boolean inRange() {
      return expect.contains(score);
    }
  }

  /**
   * One criterion over a question's examples: its mean score (0-1) on the strong examples (graded
   * above the question's median grade) and on the weak ones (below it), and how many examples met
   * it in full. {@code flag} says what is wrong with a criterion of the weighted sum: "met by all"
   * (full credit on every example), "met by none" (no credit on any) or "weak > strong" (a higher
   * mean on the weak examples than on the strong).
   */
  public record CriterionSpread(
      String name,
      String kind,
      double weight,
      boolean weighted,
      OptionalDouble strong,
      OptionalDouble weak,
      int met,
      int examples,
      Optional<String> flag) {
    public CriterionSpread {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(strong, "strong");
      Objects.requireNonNull(weak, "weak");
      Objects.requireNonNull(flag, "flag");
    }
  }

  /** A term of a concept or sequence that no example's answer matches. */
  /**
   * A {@code like} sentence no example comes near: the best similarity of any example's sentence to
   * it, below the threshold at which it would count.
   */
  public record UnmatchedLike(String criterion, String sentence, double best, double threshold) {
    public UnmatchedLike {
      Objects.requireNonNull(criterion, "criterion");
      Objects.requireNonNull(sentence, "sentence");
    }
  }

  public record UnmatchedTerm(String criterion, String term) {
    public UnmatchedTerm {
      Objects.requireNonNull(criterion, "criterion");
      Objects.requireNonNull(term, "term");
    }
  }

  /** An example in its range but within {@link #NEAR_EDGE} points of an end of it. */
  public record NearEdge(ExampleScore example, double edge, double distance) {
    public NearEdge {
      Objects.requireNonNull(example, "example");
    }
  }

  /**
   * Calibrates every question of the files that loaded without errors, file by file in the order
   * loaded; a file with errors is left out (its rubric may be missing criteria).
   */
  public static Calibration of(LoadResult loaded) {
    Set<String> broken =
        loaded.problems().stream()
            .filter(Problem::isError)
            .map(p -> p.location().file())
            .collect(Collectors.toSet());
    Map<String, List<Question>> byFile = new LinkedHashMap<>();
    loaded.files().forEach(f -> byFile.put(f, new ArrayList<>()));
    for (Question q : loaded.catalog().questions()) {
      byFile.computeIfAbsent(q.location().file(), f -> new ArrayList<>()).add(q);
    }
    List<FileCalibration> files = new ArrayList<>();
    List<QuestionCalibration> all = new ArrayList<>();
    for (Map.Entry<String, List<Question>> file : byFile.entrySet()) {
      if (broken.contains(file.getKey())) {
        continue;
      }
      List<QuestionCalibration> questions =
          file.getValue().stream().map(Calibration::question).toList();
      all.addAll(questions);
      files.add(new FileCalibration(file.getKey(), questions, agreement(questions)));
    }
    return new Calibration(files, agreement(all));
  }

  static QuestionCalibration question(Question q) {
    List<ExampleScore> examples = new ArrayList<>();
    List<Answer> answers = new ArrayList<>();
    List<Score> scores = new ArrayList<>();
    int placeholders = 0;
    for (int i = 0; i < q.examples().size(); i++) {
      Example example = q.examples().get(i);
      if (Placeholders.is(example.answer())) {
        placeholders++;
        continue;
      }
      Answer answer = Answer.of(example.answer());
      Score score = RubricChecks.score(q, answer);
      answers.add(answer);
      scores.add(score);
      examples.add(new ExampleScore(i + 1, example.location(), score.total(), example.expect()));
    }
    return new QuestionCalibration(
        q.id(),
        q.category(),
        q.location(),
        examples,
        placeholders,
        agreementOf(List.of(examples)),
        discrimination(q, examples, scores),
        unmatchedTerms(q, answers),
        unmatchedLikes(q),
        nearEdge(examples));
  }

  /** In range, Spearman's rho over all the examples, and pairs ordered within each question. */
  private static Agreement agreement(List<QuestionCalibration> questions) {
    return agreementOf(questions.stream().map(QuestionCalibration::examples).toList());
  }

  private static Agreement agreementOf(List<List<ExampleScore>> byQuestion) {
    List<ExampleScore> all = byQuestion.stream().flatMap(List::stream).toList();
    int inRange = (int) all.stream().filter(ExampleScore::inRange).count();
    double[] grades = all.stream().mapToDouble(ExampleScore::grade).toArray();
    double[] scores = all.stream().mapToDouble(ExampleScore::score).toArray();
    double agree = 0;
    int pairs = 0;
    for (List<ExampleScore> examples : byQuestion) {
      for (ExampleScore a : examples) {
        for (ExampleScore b : examples) {
          if (a.grade() > b.grade()) {
            pairs++;
            agree += a.score() > b.score() ? 1 : a.score() == b.score() ? 0.5 : 0;
          }
        }
      }
    }
    return new Agreement(
        all.size(),
        inRange,
        spearman(grades, scores),
        pairs == 0 ? OptionalDouble.empty() : OptionalDouble.of(agree / pairs));
  }

  /** Each criterion's mean score on strong and weak examples, and how many met it. */
  private static List<CriterionSpread> discrimination(
      Question q, List<ExampleScore> examples, List<Score> scores) {
    double[] grades = examples.stream().mapToDouble(ExampleScore::grade).toArray();
    double median = median(grades);
    List<CriterionSpread> spreads = new ArrayList<>();
    List<Criterion> criteria = q.rubric().criteria();
    for (int c = 0; c < criteria.size(); c++) {
      Criterion criterion = criteria.get(c);
      double strongSum = 0;
      double weakSum = 0;
      int strong = 0;
      int weak = 0;
      int met = 0;
      int earning = 0;
      for (int e = 0; e < scores.size(); e++) {
        CriterionResult r = scores.get(e).results().get(c);
        met += r.met() ? 1 : 0;
        earning += r.score() > 0 ? 1 : 0;
        if (grades[e] > median) {
          strongSum += r.score();
          strong++;
        } else if (grades[e] < median) {
          weakSum += r.score();
          weak++;
        }
      }
      OptionalDouble strongMean =
          strong == 0 ? OptionalDouble.empty() : OptionalDouble.of(strongSum / strong);
      OptionalDouble weakMean =
          weak == 0 ? OptionalDouble.empty() : OptionalDouble.of(weakSum / weak);
      Optional<String> flag = Optional.empty();
      if (criterion.weighted() && scores.size() >= 2) {
        if (met == scores.size()) {
          flag = Optional.of("met by all");
        } else if (earning == 0) {
          flag = Optional.of("met by none");
        } else if (strongMean.isPresent()
            && weakMean.isPresent()
            && weakMean.getAsDouble() > strongMean.getAsDouble() + 1e-9) {
          flag = Optional.of("weak > strong");
        }
      }
      spreads.add(
          new CriterionSpread(
              criterion.name(),
              criterion.kind(),
              criterion.info().weight(),
              criterion.weighted(),
              strongMean,
              weakMean,
              met,
              scores.size(),
              flag));
    }
    return spreads;
  }

  /** The terms of the question's concepts and sequences that no example matches. */
  private static List<UnmatchedTerm> unmatchedTerms(Question q, List<Answer> answers) {
    List<UnmatchedTerm> unmatched = new ArrayList<>();
    if (answers.isEmpty()) {
      return unmatched;
    }
    for (Criterion criterion : q.rubric().criteria()) {
      for (Term term : criterion.ownTerms()) {
        UnmatchedTerm u = new UnmatchedTerm(criterion.name(), term.text());
        if (!unmatched.contains(u) && answers.stream().allMatch(a -> term.find(a).isEmpty())) {
          unmatched.add(u);
        }
      }
    }
    return unmatched;
  }

  /**
   * The {@code like} sentences that no example's sentence comes near enough to count; empty when
   * the sentence models are off (calibrate turns them on).
   */
  private static List<UnmatchedLike> unmatchedLikes(Question q) {
    List<String> texts = q.examples().stream().map(Example::answer).toList();
    List<UnmatchedLike> unmatched = new ArrayList<>();
    if (texts.isEmpty()) {
      return unmatched;
    }
    for (Criterion criterion : q.rubric().criteria()) {
      for (String like : criterion.likeSentences()) {
        java.util.OptionalDouble best = dev.pmdrill.scoring.LikeCloseness.best(like, texts);
        double threshold = dev.pmdrill.scoring.LikeCloseness.threshold(like);
        if (best.isPresent() && best.getAsDouble() < threshold) {
          unmatched.add(new UnmatchedLike(criterion.name(), like, best.getAsDouble(), threshold));
        }
      }
    }
    return unmatched;
  }

  /** The examples in range whose score is within NEAR_EDGE of a bound that is not 0 or 100. */
  static List<NearEdge> nearEdge(List<ExampleScore> examples) {
    List<NearEdge> near = new ArrayList<>();
    for (ExampleScore e : examples) {
      if (!e.inRange()) {
        continue;
      }
      double low = e.expect().low();
      double high = e.expect().high();
      double toLow = low > 0 ? e.score() - low : Double.MAX_VALUE;
      double toHigh = high < 100 ? high - e.score() : Double.MAX_VALUE;
      double distance = Math.min(toLow, toHigh);
      if (distance <= NEAR_EDGE) {
        near.add(new NearEdge(e, toLow <= toHigh ? low : high, distance));
      }
    }
    return near;
  }

  private static double median(double[] values) {
    if (values.length == 0) {
      return 0;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** Spearman's rho: Pearson's correlation of the ranks, ties given their mean rank. */
  static OptionalDouble spearman(double[] xs, double[] ys) {
    if (xs.length < 2) {
      return OptionalDouble.empty();
    }
    double[] rx = ranks(xs);
    double[] ry = ranks(ys);
    double mx = Arrays.stream(rx).average().orElse(0);
    double my = Arrays.stream(ry).average().orElse(0);
    double cov = 0;
    double vx = 0;
    double vy = 0;
    for (int i = 0; i < rx.length; i++) {
      cov += (rx[i] - mx) * (ry[i] - my);
      vx += (rx[i] - mx) * (rx[i] - mx);
      vy += (ry[i] - my) * (ry[i] - my);
    }
    return vx == 0 || vy == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of(cov / (Math.sqrt(vx) * Math.sqrt(vy)));
  }

  private static double[] ranks(double[] values) {
    Integer[] order = new Integer[values.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
    double[] ranks = new double[values.length];
    int i = 0;
    while (i < order.length) {
      int j = i;
      while (j + 1 < order.length && values[order[j + 1]] == values[order[i]]) {
        j++;
      }
      for (int k = i; k <= j; k++) {
        ranks[order[k]] = (i + j) / 2.0 + 1;
      }
      i = j + 1;
    }
    return ranks;
  }
}
