package dev.pmdrill.scoring;

import dev.pmdrill.semantic.Semantics;
import dev.pmdrill.semantic.SentenceScript;
import dev.pmdrill.semantic.Vector;
import dev.pmdrill.text.AnalyzedText;
import dev.pmdrill.text.Attribution;
import dev.pmdrill.text.Negation;
import dev.pmdrill.text.Span;
import dev.pmdrill.text.Token;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One answer as the criteria see it: analysed once, with each term's matches found at most once
 * however many criteria ask (prose asks again for the terms of every concept and sequence), and its
 * sentences embedded at most once however many {@code like} sentences ask.
 *
 * <p>{@link #scopedTo(Rubric)} gives the answer as one question's rubric sees it: matches that earn
 * nothing (copied from the prompt, negated, repeated within a sentence, in a sentence made only of
 * the rubric's terms) are left out of {@link #matches(Term)}, and {@link #rawMatches(Term)} keeps
 * them for the tests that measure the text itself.
 */
public final class Answer {
  private final AnalyzedText text;
  private final int length;
  private final Shared shared;
  private final Optional<Earning> earning;
  private final Map<Term, List<Span>> matches = new IdentityHashMap<>();

  /** What every scoped view of one answer shares: the raw matches and the sentence vectors. */
  private static final class Shared {
    final Map<Term, List<Span>> raw = new IdentityHashMap<>();
    final Map<SentenceScript, List<Sentence>> sentences =
        new java.util.EnumMap<>(SentenceScript.class);
    String folded;
    Negation.Marks negations;
    List<Span> reports;
  }

  /**
   * A sentence of the answer for {@code like} matching, embedded only when some {@code like}
   * sentence could match it: a sentence that every {@code like} sentence passes over (claimed by a
   * term, outside a {@code where} region, copied from the prompt, negated the other way) costs no
   * model run.
   */
  private static final class Sentence {
    final Span span;
    final boolean negated;
    private final String text;
    private final SentenceScript script;
    private Vector vector;

    Sentence(Span span, String text, SentenceScript script, boolean negated) {
      this.span = span;
      this.text = text;
      this.script = script;
      this.negated = negated;
    }

    /** The embedding, computed on first use; the model is known to be available. */
    Vector vector(Semantics semantics) {
      if (vector == null) {
        vector = semantics.embed(text, script).orElseThrow();
      }
      return vector;
    }
  }

  private Answer(AnalyzedText text, Shared shared, Optional<Earning> earning) {
    this.text = text;
    this.length = text.original().length();
    this.shared = shared;
    this.earning = earning;
  }

  public static Answer of(String text) {
    return new Answer(
        AnalyzedText.of(Objects.requireNonNull(text, "text")), new Shared(), Optional.empty());
  }

  /** This answer as the rubric sees it (words that earn nothing left out); shares the analysis. */
  public Answer scopedTo(Rubric rubric) {
    return new Answer(text, shared, Optional.of(new Earning(this, rubric)));
  }

  public AnalyzedText text() {
    return text;
  }

  public String original() {
    return text.original();
  }

  /** Every match of the term that earns credit, left to right. */
  List<Span> matches(Term term) {
    if (earning.isEmpty()) {
      return rawMatches(term);
    }
    List<Span> found = matches.get(term);
    if (found == null) {
      found = earning.get().earning(term, rawMatches(term));
      matches.put(term, found);
    }
    return found;
  }

  /** Where the answer's negations and clauses are: found once, asked by every criterion. */
  Negation.Marks negations() {
    Negation.Marks marks = shared.negations;
    if (marks == null) {
      marks = Negation.marks(text);
      shared.negations = marks;
    }
    return marks;
  }

  /** Where the answer reports what others would do ("many teams would ..."): found once. */
  List<Span> reports() {
    List<Span> reports = shared.reports;
    if (reports == null) {
      reports = Attribution.reports(text);
      shared.reports = reports;
    }
    return reports;
  }

  /** Every match of the term, whether or not it earns credit. */
  List<Span> rawMatches(Term term) {
    List<Span> found = shared.raw.get(term);
    if (found == null) {
      found = term.find(this);
      shared.raw.put(term, found);
    }
    return found;
  }

  /**
   * Every match of the term outside text copied from the prompt, whether or not it earns credit
   * otherwise: where a term stands, for reading (the estimate's unit), not for credit.
   */
  List<Span> uncopiedMatches(Term term) {
    List<Span> raw = rawMatches(term);
    List<Span> copied = copied();
    if (copied.isEmpty() || raw.isEmpty()) {
      return raw;
    }
    List<Span> kept = new ArrayList<>(raw.size());
    for (Span span : raw) {
      boolean inside = false;
      for (Span c : copied) {
        inside |= c.start() < span.end() && span.start() < c.end();
      }
      if (!inside) {
        kept.add(span);
      }
    }
    return kept;
  }

  /** Spans of the answer that repeat the prompt, left out of matching and of the prose test. */
  List<Span> copied() {
    return earning.map(Earning::copied).orElse(List.of());
  }

  /**
   * The answer's sentence most like {@code like} (same script, at or above the model's threshold),
   * among those the predicate accepts; empty when none is, or no model is available.
   */
  Optional<Evidence> sentenceLike(String like, Predicate<Span> accept) {
    Semantics semantics = Semantics.shared();
    if (!semantics.enabled()) {
      return Optional.empty();
    }
    SentenceScript script = SentenceScript.of(like);
    List<Sentence> candidates = sentences(script);
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    Optional<Vector> target = semantics.embedFixed(like);
    if (target.isEmpty()) {
      return Optional.empty();
    }
    boolean likeNegated = LikeShapes.negated(like);
    double threshold = semantics.threshold(script);
    Sentence best = null;
    double bestSimilarity = threshold;
    for (Sentence s : candidates) {
      if (s.negated != likeNegated || !accept.test(s.span) || isCopied(s.span)) {
        continue;
      }
      double similarity = s.vector(semantics).cosine(target.get());
      if (similarity >= bestSimilarity) {
        best = s;
        bestSimilarity = similarity;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    return Optional.of(new Evidence(quote(best.span), best.span, "like: " + like));
  }

  /**
   * The answer's sentences of one script (found once per answer, on first use), each embedded at
   * most once; none when the script's model is not available.
   */
  private List<Sentence> sentences(SentenceScript script) {
    List<Sentence> known = shared.sentences.get(script);
    if (known != null) {
      return known;
    }
    List<Sentence> built = new ArrayList<>();
    for (Span span : text.sentences()) {
      String sentence = span.of(text.original());
      if (SentenceScript.of(sentence) != script || tokensIn(span) < 2) {
        continue;
      }
      built.add(new Sentence(span, sentence, script, Negation.negates(text, span)));
    }
    // the model is loaded only for an answer with a sentence in its script
    if (!built.isEmpty() && !Semantics.shared().available(script)) {
      built.clear();
    }
    List<Sentence> result = List.copyOf(built);
    shared.sentences.put(script, result);
    return result;
  }

  /** How many words a sentence holds, found by two binary searches rather than a scan. */
  private int tokensIn(Span span) {
    return tokenAt(span.end()) - tokenAt(span.start());
  }

  /** Whether most of a span repeats the prompt. */
  private boolean isCopied(Span span) {
    int inside = 0;
    for (Span c : copied()) {
      inside += Math.max(0, Math.min(c.end(), span.end()) - Math.max(c.start(), span.start()));
    }
    return inside * 2 > span.length();
  }

  /**
   * The original text lower-cased character by character, so offsets still line up, with the two
   * non-ASCII letters that RE2's case folding equates with ASCII ones (long s, Kelvin sign) mapped
   * to them: a regex term's required literal can then be looked for with a plain search.
   */
  String folded() {
    String f = shared.folded;
    if (f == null) {
      f = fold(text.original());
      shared.folded = f;
    }
    return f;
  }

  private static String fold(String original) {
    boolean ascii = true;
    for (int i = 0; i < original.length() && ascii; i++) {
      ascii = original.charAt(i) < 0x80;
    }
    if (ascii) {
      // nearly every answer: only capitals change, and a text without one is returned as it is
      return original.toLowerCase(java.util.Locale.ROOT);
    }
    char[] chars = original.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      chars[i] = c == '\u017F' ? 's' : c == '\u212A' ? 'k' : Character.toLowerCase(c);
    }
    return new String(chars);
  }

  /** The quoted words of a span, as the user wrote them. */
  public String quote(Span span) {
    String original = text.original();
    StringBuilder quote = new StringBuilder(span.end() - span.start());
    boolean space = false;
    for (int i = span.start(); i < span.end(); i++) {
      char c = original.charAt(i);
      if (Character.isWhitespace(c)) {
        space = quote.length() > 0;
      } else {
        if (space) {
          quote.append(' ');
          space = false;
        }
        quote.append(c);
      }
    }
    return quote.toString();
  }

  /** The answer opens with it: the match starts within the first third of the text. */
  boolean inFirstThird(Span span) {
    return span.start() * 3L < length;
  }

  /** The answer closes with it: the match ends within the last third of the text. */
  boolean inLastThird(Span span) {
    return span.end() * 3L > 2L * length;
  }

  /** Index of the first token that ends after {@code offset}, i.e. the word at or after it. */
  int tokenAt(int offset) {
    List<Token> tokens = text.tokens();
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).span().end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
