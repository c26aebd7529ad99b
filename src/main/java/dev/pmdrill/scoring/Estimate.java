package dev.pmdrill.scoring;

import dev.pmdrill.text.Quantity;
import dev.pmdrill.text.Span;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A guesstimate lands within a factor of the reference value. */
public record Estimate(CriterionInfo info, double value, double tolerance, List<Term> unit)
    implements Criterion {
  public Estimate {
    Objects.requireNonNull(info, "info");
    unit = List.copyOf(unit);
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("value must be a positive number");
    }
    if (!(tolerance > 1) || Double.isInfinite(tolerance)) {
      throw new IllegalArgumentException("tolerance must be a factor above 1");
    }
  }

  @Override
  public String kind() {
    return "estimate";
  }

  @Override
  public Estimate timesWeight(double factor) {
    return new Estimate(info.timesWeight(factor), value, tolerance, unit);
  }

  /** How far around a number a unit term may stand, in words. */
  static final int UNIT_WINDOW = 3;

  /**
   * What the feedback says of every guesstimate, earned or missed: the interviewer grades the
   * reasoning, and the number it ends on need only be sensible.
   */
  static final String JUDGED = "the logic is judged, not the exact number";

  @Override
  public CriterionResult evaluate(Answer answer, Rubric rubric) {
    Optional<Quantity> read = estimateIn(answer);
    String reference = "the reference is " + Numbers.format(value);
    String within = Numbers.format(tolerance) + "x";
    if (read.isEmpty()) {
      return CriterionResult.scored(
          this,
          0,
          List.of(),
          List.of("a final number"),
          reference
              + "; "
              + JUDGED
              + ", but the logic should arrive at a sensible final number (within "
              + within
              + " of the reference earns this in full)");
    }
    Quantity q = read.get();
    double score = closeness(q.value());
    String note =
        reference
            + "; read "
            + Numbers.format(q.value())
            + ", "
            + Numbers.ratio(q.value(), value)
            + (score >= 1
                ? ": a sensible number (anywhere within "
                    + within
                    + " earns this in full); "
                    + JUDGED
                : ": "
                    + JUDGED
                    + ", but a sensible one lands within "
                    + within
                    + "; recheck the assumption that moved it most");
    List<Evidence> evidence = List.of(new Evidence(answer.quote(q.span()), q.span(), "estimate"));
    return CriterionResult.scored(
        this,
        score,
        evidence,
        score > 0
            ? List.of()
            : List.of(
                "an estimate within "
                    + Numbers.format(tolerance * tolerance)
                    + "x of the reference"),
        note);
  }

  /** 1 within the factor; falls linearly on a log scale to 0 at the factor squared. */
  double closeness(double estimate) {
    if (!(estimate > 0)) {
      return 0;
    }
    double ratio = Math.abs(Math.log(estimate / value));
    double edge = Math.log(tolerance);
    if (ratio <= edge + 1e-12) {
      return 1;
    }
    return Math.max(0, 2 - ratio / edge);
  }

  /**
   * Words that mark a sentence as the answer's conclusion (English on word boundaries, Chinese
   * anywhere): the estimate is read from the last such sentence that holds a quantity.
   */
  static final List<String> CONCLUSION_WORDS =
      List.of(
          "so",
          "therefore",
          "thus",
          "hence",
          "my estimate",
          "i estimate",
          "in total",
          "about",
          "roughly",
          "approximately",
          "around",
          "overall",
          "altogether",
          "in all",
          "final",
          "in the end",
          "所以",
          "因此",
          "估计",
          "预计",
          "总共",
          "一共",
          "约",
          "大约",
          "大概",
          "总计",
          "合计",
          "共计",
          "最终",
          "综上",
          "结论",
          "算下来");

  /**
   * The quantity the answer concludes with: the last sentence that states a conclusion and holds a
   * quantity, else the last sentence that holds one; in it, the last quantity, a count before a
   * rate. With {@code unit}, a quantity with a unit term within three words is preferred: in that
   * sentence first, then anywhere in the answer (the last one, a count before a rate).
   */
  private Optional<Quantity> estimateIn(Answer answer) {
    List<Quantity> quantities = answer.text().quantities();
    if (quantities.isEmpty()) {
      return Optional.empty();
    }
    List<Span> sentences = answer.text().sentences();
    Span chosen = null;
    Span lastHolding = null;
    int q = quantities.size() - 1;
    for (int s = sentences.size() - 1; s >= 0 && q >= 0; s--) {
      Span sentence = sentences.get(s);
      while (q >= 0 && quantities.get(q).span().start() >= sentence.end()) {
        q--;
      }
      if (q < 0 || quantities.get(q).span().start() < sentence.start()) {
        continue;
      }
      if (lastHolding == null) {
        lastHolding = sentence;
      }
      if (statesAConclusion(answer, sentence)) {
        chosen = sentence;
        break;
      }
    }
    if (chosen == null) {
      chosen = lastHolding;
    }
    if (!unit.isEmpty()) {
      UnitNeighbours units = new UnitNeighbours(answer);
      Quantity near = lastPreferred(quantities, chosen, units);
      if (near == null && chosen != null) {
        near = lastPreferred(quantities, null, units);
      }
      if (near != null) {
        return Optional.of(near);
      }
    }
    Quantity last = lastPreferred(quantities, chosen, null);
    return Optional.of(last != null ? last : quantities.get(quantities.size() - 1));
  }

  /**
   * The last quantity in the sentence (anywhere when null) with a unit term nearby (any when {@code
   * units} is null), a count before a rate: in "640 million parcels, 20% more than last year" the
   * estimate is 640 million.
   */
  private static Quantity lastPreferred(
      List<Quantity> quantities, Span sentence, UnitNeighbours units) {
    Quantity rate = null;
    for (int i = quantities.size() - 1; i >= 0; i--) {
      Quantity q = quantities.get(i);
      if (sentence != null && q.span().start() >= sentence.end()) {
        continue;
      }
      if (sentence != null && q.span().start() < sentence.start()) {
        break;
      }
      if (units != null && !units.near(q)) {
        continue;
      }
      if (!q.percent() && !q.multiplier()) {
        return q;
      }
      if (rate == null) {
        rate = q;
      }
    }
    return rate;
  }

  /** Whether the sentence holds one of {@link #CONCLUSION_WORDS}. */
  static boolean statesAConclusion(Answer answer, Span sentence) {
    String text = answer.folded().substring(sentence.start(), sentence.end());
    for (String word : CONCLUSION_WORDS) {
      boolean latin = word.charAt(0) < 0x80;
      int at = text.indexOf(word);
      while (at >= 0) {
        int after = at + word.length();
        if (!latin
            || (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                && (after == text.length() || !Character.isLetterOrDigit(text.charAt(after)))) {
          return true;
        }
        at = text.indexOf(word, at + 1);
      }
    }
    return false;
  }

  /**
   * Where the unit terms stand in one answer, found once: the tokens where a match starts and ends,
   * and the matches' spans, so each quantity is checked in constant time per nearby word.
   */
  private final class UnitNeighbours {
    private final Answer answer;
    private final boolean[] starts;
    private final boolean[] ends;
    private final int[] spans; // start, end pairs sorted by start

    UnitNeighbours(Answer answer) {
      this.answer = answer;
      int tokens = answer.text().tokens().size();
      starts = new boolean[tokens + 1];
      ends = new boolean[tokens + 1];
      List<Span> all = new java.util.ArrayList<>();
      for (Term term : unit) {
        for (Span span : answer.matches(term)) {
          starts[Math.min(tokens, answer.tokenAt(span.start()))] = true;
          ends[Math.min(tokens, answer.tokenAt(Math.max(span.start(), span.end() - 1)))] = true;
          all.add(span);
        }
      }
      all.sort((x, y) -> Integer.compare(x.start(), y.start()));
      spans = new int[all.size() * 2];
      for (int i = 0; i < all.size(); i++) {
        spans[2 * i] = all.get(i).start();
        spans[2 * i + 1] = all.get(i).end();
      }
    }

    /** A unit term within {@link #UNIT_WINDOW} words after or before the quantity, or inside it. */
    boolean near(Quantity q) {
      int first = answer.tokenAt(q.span().start());
      int last = answer.tokenAt(Math.max(q.span().start(), q.span().end() - 1));
      for (int t = last + 1; t <= last + UNIT_WINDOW && t < starts.length; t++) {
        if (starts[t]) {
          return true;
        }
      }
      for (int t = first - 1; t >= first - UNIT_WINDOW && t >= 0; t--) {
        if (ends[t] && t < ends.length) {
          return true;
        }
      }
      // the first match starting inside the quantity
      int lo = 0;
      int hi = spans.length / 2;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (spans[2 * mid] < q.span().start()) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      for (int i = lo; i < spans.length / 2 && spans[2 * i] < q.span().end(); i++) {
        if (spans[2 * i + 1] <= q.span().end()) {
          return true;
        }
      }
      return false;
    }
  }
}
