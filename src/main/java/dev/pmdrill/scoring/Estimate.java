package dev.pmdrill.scoring;

import dev.pmdrill.text.Negation;
import dev.pmdrill.text.Quantity;
import dev.pmdrill.text.Span;
import java.util.ArrayList;
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
          "my answer",
          "my final",
          "in total",
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
          "总计",
          "合计",
          "共计",
          "最终",
          "综上",
          "结论",
          "算下来",
          "我的答案",
          "我的估计",
          "i'll say",
          "i'd say",
          "i will say",
          "i would say",
          "i'll go with",
          "i'll take",
          "call it",
          "我取",
          "取整");

  /**
   * Words that say a number is approximate: a sentence with one of them and no {@link
   * #CONCLUSION_WORDS} is a conclusion only when no sentence states one outright.
   */
  static final List<String> APPROXIMATE_WORDS =
      List.of("about", "roughly", "approximately", "around", "约", "大约", "大概");

  /**
   * Words that mark a clause as a check of the estimate rather than the estimate ("that's 1,100 a
   * second, which is plausible"): its numbers are read only when no other clause of the answer
   * gives one.
   */
  static final List<String> CHECK_WORDS =
      List.of(
          "plausible",
          "sanity",
          "check",
          "cross-check",
          "checks out",
          "makes sense",
          "sounds right",
          "reasonable",
          "consistent",
          "same order of magnitude",
          "believable",
          "in line with",
          "feels right",
          "smell",
          "合理",
          "验证",
          "校验",
          "核对",
          "交叉",
          "对得上",
          "说得通",
          "量级");

  /**
   * Words between the two ends of a range: "3万到15万", "between 1 and 2 billion", "30-150k"; "and"
   * only after "between", and never after "from" (a change, not a range).
   */
  private static final List<String> RANGE_JOINERS =
      List.of("到", "至", "-", "–", "—", "~", "～", "to", "and");

  /**
   * The quantity the answer concludes with. Quantities a negation stands before ("I would not say
   * 110 million") are never the estimate. The sentence is the last one that states a conclusion
   * outright (`so`, `my estimate`, 所以, 我的答案是...) and holds a quantity, else the last that says a
   * number is approximate (`about`, 大概...), else the last that holds one; a sentence that only
   * checks the estimate ("which is plausible") comes after all of them. In it, clauses that check
   * the estimate are passed over, and so are both ends of a range when the sentence also gives a
   * single number; a range alone is read as its centre (the geometric mean of its ends). Then the
   * last quantity, a count before a rate or share. With {@code unit}, a quantity with a unit term
   * within three words of it in its own sentence is preferred: in that sentence first, then
   * anywhere in the answer (the last one, a count before a rate).
   */
  private Optional<Quantity> estimateIn(Answer answer) {
    List<Quantity> all = answer.text().quantities();
    if (all.isEmpty()) {
      return Optional.empty();
    }
    Negation.Marks negations = answer.negations();
    List<Quantity> quantities = new ArrayList<>(all.size());
    for (Quantity q : all) {
      if (!negations.negatedAt(answer.tokenAt(q.span().start()))) {
        quantities.add(q);
      }
    }
    if (quantities.isEmpty()) {
      return Optional.empty();
    }
    UnitNeighbours units = unit.isEmpty() ? null : new UnitNeighbours(answer);
    if (units != null) {
      Quantity near = fromBestSentence(answer, quantities, units);
      if (near != null) {
        return Optional.of(near);
      }
    }
    Quantity last = fromBestSentence(answer, quantities, null);
    return Optional.of(last != null ? last : quantities.get(quantities.size() - 1));
  }

  /**
   * The last quantity (a count before a rate) that may be read in the best sentence: the one that
   * concludes most strongly ({@link #rank}), the later on a tie, among the sentences holding one
   * that may be read (with a unit term nearby when {@code units} is not null).
   */
  private Quantity fromBestSentence(
      Answer answer, List<Quantity> quantities, UnitNeighbours units) {
    Quantity read = null;
    int best = Integer.MIN_VALUE;
    List<Span> sentences = answer.text().sentences();
    for (int s = 0; s < sentences.size(); s++) {
      Span sentence = sentences.get(s);
      List<Quantity> in = within(quantities, sentence);
      if (in.isEmpty()) {
        continue;
      }
      Quantity last = lastPreferred(readable(answer, sentence, in), null, units);
      if (last == null) {
        continue;
      }
      // a hard-wrapped line ("..., so roughly\n400,000 orders per second.") is ranked with the
      // lines before it that end without a full stop
      int from = s;
      while (from > 0 && !endsASentence(answer, sentences.get(from - 1))) {
        from--;
      }
      int rank = rank(answer, new Span(sentences.get(from).start(), sentence.end()), in);
      if (rank >= best) {
        best = rank;
        read = last;
      }
    }
    return read;
  }

  private static boolean endsASentence(Answer answer, Span sentence) {
    String original = answer.original();
    for (int i = sentence.end() - 1; i >= sentence.start(); i--) {
      char c = original.charAt(i);
      if (!Character.isWhitespace(c)) {
        return ".!?。！？:：;；".indexOf(c) >= 0 || sentence.end() == original.length();
      }
    }
    return true;
  }

  /**
   * How strongly a sentence concludes: 3 states a conclusion, 2 says a number is approximate, 1
   * neither, 0 holds only a range, -1 checks the estimate; ties go to the later sentence.
   */
  private int rank(Answer answer, Span sentence, List<Quantity> in) {
    String text = answer.folded().substring(sentence.start(), sentence.end());
    boolean check = holdsAny(text, CHECK_WORDS);
    boolean conclusion = concludes(text, sentence.start(), in);
    if (check && !(conclusion && holdsPoint(answer, in))) {
      return -1;
    }
    if (conclusion) {
      return 3;
    }
    if (!holdsPoint(answer, in)) {
      return 0;
    }
    return holdsAny(text, APPROXIMATE_WORDS) ? 2 : 1;
  }

  /**
   * Words that lead to a consequence: they make a sentence a conclusion only when a number follows
   * them ("..., so that's the one I'd check first" concludes nothing).
   */
  static final List<String> CONSEQUENCE_WORDS =
      List.of("so", "therefore", "thus", "hence", "所以", "因此");

  /**
   * Words of a what-if ("if it were only 1.5x, it would drop to 500 million"): numbers in such a
   * clause, and in the clause right after it, are a sensitivity, not the estimate.
   */
  static final List<String> HYPOTHETICAL_WORDS = List.of("if", "如果", "假如", "要是");

  /** Whether the sentence states a conclusion: see {@link #CONSEQUENCE_WORDS}. */
  private static boolean concludes(String text, int offset, List<Quantity> in) {
    for (String word : CONCLUSION_WORDS) {
      boolean consequence = CONSEQUENCE_WORDS.contains(word);
      for (int at = find(text, word, 0); at >= 0; at = find(text, word, at + 1)) {
        if (!consequence || in.get(in.size() - 1).span().start() - offset > at) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean holdsPoint(Answer answer, List<Quantity> in) {
    return ranges(answer, in).size() < in.size();
  }

  /**
   * The quantities of the chosen sentence that may be the estimate: not in a clause that checks it,
   * not the ends of a range when a single number is given (the range's centre when not).
   */
  private List<Quantity> readable(Answer answer, Span sentence, List<Quantity> all) {
    List<Quantity> in = afterTheConsequence(answer, sentence, all);
    List<Quantity> kept = new ArrayList<>();
    for (Quantity q : in) {
      if (!inACheckClause(answer, sentence, q, in) && !baseOfAShare(answer, q, in)) {
        kept.add(q);
      }
    }
    if (kept.isEmpty()) {
      kept = in;
    }
    java.util.Set<Quantity> ends = ranges(answer, kept);
    if (ends.isEmpty()) {
      return kept;
    }
    List<Quantity> points = new ArrayList<>();
    for (Quantity q : kept) {
      if (!ends.contains(q)) {
        points.add(q);
      }
    }
    if (!points.isEmpty()) {
      return points;
    }
    // a range alone: its centre, quoted as the whole range
    List<Quantity> centres = new ArrayList<>();
    for (int i = 0; i + 1 < kept.size(); i++) {
      Quantity low = kept.get(i);
      Quantity high = kept.get(i + 1);
      if (ends.contains(low) && ends.contains(high) && joined(answer, low, high)) {
        double centre = Math.sqrt(scaled(low, high) * high.value());
        Span span = new Span(low.span().start(), high.span().end());
        centres.add(
            new Quantity(centre, span, answer.quote(span), high.percent(), high.multiplier()));
        i++;
      }
    }
    return centres.isEmpty() ? kept : centres;
  }

  private static final java.util.regex.Pattern LEADING_NUMBER =
      java.util.regex.Pattern.compile("^[^0-9]*([0-9][0-9,]*(?:\\.[0-9]+)?)");

  /** A written quantity with something besides digits, separators and spaces ("3k", "三"). */
  private static final java.util.regex.Pattern NOT_BARE =
      java.util.regex.Pattern.compile(".*[^0-9.,\\s].*");

  /**
   * The quantities that follow the sentence's last consequence word that has one after it, up to
   * the next semicolon when one stands there: in "one courier does 150 a day, so let's say 220" the
   * 150 is a premise, and in "so 400,000 sits in the right band; a million would mean..." the
   * conclusion ends at the semicolon. All of them when no such word stands.
   */
  private static List<Quantity> afterTheConsequence(
      Answer answer, Span sentence, List<Quantity> in) {
    String text = answer.folded().substring(sentence.start(), sentence.end());
    int lastStart = in.get(in.size() - 1).span().start() - sentence.start();
    int from = -1;
    for (String word : CONSEQUENCE_WORDS) {
      for (int at = find(text, word, 0); at >= 0 && at < lastStart; at = find(text, word, at + 1)) {
        from = Math.max(from, at);
      }
    }
    if (from < 0) {
      return in;
    }
    int semicolon = text.length();
    for (int i = from; i < text.length(); i++) {
      if (text.charAt(i) == ';' || text.charAt(i) == '；') {
        semicolon = i;
        break;
      }
    }
    List<Quantity> after = new ArrayList<>();
    List<Quantity> upToSemicolon = new ArrayList<>();
    for (Quantity q : in) {
      int at = q.span().start() - sentence.start();
      if (at > from) {
        after.add(q);
        if (at < semicolon) {
          upToSemicolon.add(q);
        }
      }
    }
    return !upToSemicolon.isEmpty() ? upToSemicolon : after.isEmpty() ? in : after;
  }

  /**
   * The low end of a range in the high end's scale when written bare: "3 to 5 million" is 3 million
   * to 5 million, "30-150k" is 30,000 to 150,000.
   */
  private static double scaled(Quantity low, Quantity high) {
    double value = low.value();
    java.util.regex.Matcher digits = LEADING_NUMBER.matcher(high.text());
    if (value <= 0 || NOT_BARE.matcher(low.text()).matches() || !digits.find()) {
      return value;
    }
    double written = Double.parseDouble(digits.group(1).replace(",", ""));
    double scale = written > 0 ? high.value() / written : 1;
    return scale >= 1000 ? value * scale : value;
  }

  /** The quantities of {@code in} that are an end of a range ("3万到15万"). */
  private java.util.Set<Quantity> ranges(Answer answer, List<Quantity> in) {
    java.util.Set<Quantity> ends = new java.util.HashSet<>();
    for (int i = 0; i + 1 < in.size(); i++) {
      Quantity low = in.get(i);
      Quantity high = in.get(i + 1);
      if (joined(answer, low, high) && low.value() > 0 && low.value() < high.value()) {
        ends.add(low);
        ends.add(high);
      }
    }
    return ends;
  }

  /** Whether only a range joiner stands between two quantities ("and" only after "between"). */
  private static boolean joined(Answer answer, Quantity low, Quantity high) {
    String folded = answer.folded();
    if (high.span().start() < low.span().end()) {
      return false;
    }
    String between = folded.substring(low.span().end(), high.span().start()).strip();
    String before = folded.substring(0, low.span().start()).stripTrailing();
    if (between.equals("and")) {
      return before.endsWith("between");
    }
    if (before.endsWith("from") || before.endsWith("从")) {
      return false; // "from 3% to 3.5%" is a change: its end is the number
    }
    return !between.isEmpty() && RANGE_JOINERS.contains(between);
  }

  private static final String CLAUSE_ENDS = ",;:，；：、";

  /**
   * Whether the quantity stands in a clause with one of {@link #CHECK_WORDS} or {@link
   * #HYPOTHETICAL_WORDS}, right after a what-if clause (unless it draws a consequence), or before a
   * clause that checks and has no number ("that's 1,100 a second, which is plausible").
   */
  private static boolean inACheckClause(
      Answer answer, Span sentence, Quantity q, List<Quantity> in) {
    String folded = answer.folded();
    int start = q.span().start();
    while (start > sentence.start() && CLAUSE_ENDS.indexOf(folded.charAt(start - 1)) < 0) {
      start--;
    }
    int end = clauseEnd(folded, sentence, q.span().end());
    String clause = folded.substring(start, end);
    if (holdsAny(clause, CHECK_WORDS) || holdsAny(clause, HYPOTHETICAL_WORDS)) {
      return true;
    }
    if (start > sentence.start() && !holdsAny(clause, CONSEQUENCE_WORDS)) {
      int previous = start - 1;
      while (previous > sentence.start() && CLAUSE_ENDS.indexOf(folded.charAt(previous - 1)) < 0) {
        previous--;
      }
      if (holdsAny(folded.substring(previous, start), HYPOTHETICAL_WORDS)) {
        return true;
      }
    }
    if (end >= sentence.end()) {
      return false;
    }
    int next = clauseEnd(folded, sentence, end + 1);
    for (Quantity other : in) {
      if (other.span().start() > end && other.span().start() < next) {
        return false;
      }
    }
    return holdsAny(folded.substring(end, next), CHECK_WORDS);
  }

  private static int clauseEnd(String folded, Span sentence, int from) {
    int end = from;
    while (end < sentence.end() && CLAUSE_ENDS.indexOf(folded.charAt(end)) < 0) {
      end++;
    }
    return end;
  }

  /**
   * Whether the quantity is the whole that a share before it is taken of: in "13.5 billion, 5% of
   * the day's 270 billion" the estimate is not 270 billion.
   */
  private boolean baseOfAShare(Answer answer, Quantity q, List<Quantity> in) {
    String folded = answer.folded();
    for (Quantity share : in) {
      if (share.span().end() > q.span().start()) {
        break;
      }
      if (!share.percent() && !share(share)) {
        continue;
      }
      String between = folded.substring(share.span().end(), q.span().start());
      if (between.strip().startsWith("of ") && !containsAny(between, CLAUSE_ENDS + ".")) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsAny(String text, String chars) {
    for (int i = 0; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The quantities that start inside the sentence. */
  private static List<Quantity> within(List<Quantity> quantities, Span sentence) {
    List<Quantity> in = new ArrayList<>();
    for (Quantity q : quantities) {
      if (q.span().start() >= sentence.start() && q.span().start() < sentence.end()) {
        in.add(q);
      }
    }
    return in;
  }

  /**
   * The last quantity in the sentence (anywhere when null) with a unit term nearby (any when {@code
   * units} is null), a count before a rate: in "640 million parcels, 20% more than last year" the
   * estimate is 640 million.
   */
  private Quantity lastPreferred(List<Quantity> quantities, Span sentence, UnitNeighbours units) {
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
      if (!q.percent() && !q.multiplier() && !share(q)) {
        return q;
      }
      if (rate == null) {
        rate = q;
      }
    }
    return rate;
  }

  /**
   * A fraction below one ("a third", 三分之一, 三成) is a share, like a percentage, unless the reference
   * itself is below one.
   */
  private boolean share(Quantity q) {
    return value >= 1 && q.value() > 0 && q.value() < 1;
  }

  /** Whether the sentence holds one of {@link #CONCLUSION_WORDS}. */
  static boolean statesAConclusion(Answer answer, Span sentence) {
    return holdsAny(answer.folded().substring(sentence.start(), sentence.end()), CONCLUSION_WORDS);
  }

  /** Whether lower-cased text holds one of the words (English on word boundaries). */
  private static boolean holdsAny(String text, List<String> words) {
    for (String word : words) {
      if (find(text, word, 0) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Where the word stands in lower-cased text from {@code from} (English on word boundaries). */
  private static int find(String text, String word, int from) {
    boolean latin = word.charAt(0) < 0x80;
    int at = text.indexOf(word, from);
    while (at >= 0) {
      int after = at + word.length();
      if (!latin
          || (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
              && (after == text.length() || !Character.isLetterOrDigit(text.charAt(after)))) {
        return at;
      }
      at = text.indexOf(word, at + 1);
    }
    return -1;
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
      // every match outside copied text: the rules on which matches earn credit are about
      // concepts, not about which number a unit stands beside
      for (Term term : unit) {
        for (Span span : answer.uncopiedMatches(term)) {
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

    private Span sentenceOf(Quantity q) {
      for (Span sentence : answer.text().sentences()) {
        if (q.span().start() >= sentence.start() && q.span().start() < sentence.end()) {
          return sentence;
        }
      }
      return new Span(0, answer.original().length());
    }

    /**
     * A unit term within {@link #UNIT_WINDOW} words after or before the quantity in its sentence,
     * or inside it.
     */
    boolean near(Quantity q) {
      int first = answer.tokenAt(q.span().start());
      int last = answer.tokenAt(Math.max(q.span().start(), q.span().end() - 1));
      // a unit binds to a number only within its sentence
      Span sentence = sentenceOf(q);
      int sentenceFirst = answer.tokenAt(sentence.start());
      int sentenceEnd = answer.tokenAt(sentence.end());
      for (int t = last + 1; t <= last + UNIT_WINDOW && t < starts.length && t < sentenceEnd; t++) {
        if (starts[t]) {
          return true;
        }
      }
      for (int t = first - 1; t >= first - UNIT_WINDOW && t >= sentenceFirst; t--) {
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
