package dev.pmdrill.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * An answer run through the analysis chain: normalisation (NFKC, case folding, ASCII quotes) with
 * an offset map, tokenising, stemming. Everything else (sentences, quantities, the phrase index) is
 * computed on first use, since a rubric may need only some of it.
 *
 * <p>Instances may be shared between threads: every lazily computed value is immutable, so a race
 * at most computes it twice.
 */
public final class AnalyzedText {

  private final NormalizedText text;
  private final TokenTable table;

  private List<Token> tokens;
  private List<Span> sentences;
  private List<Quantity> quantities;
  private PhraseIndex index;

  /** Each word's start and end in the normalised text, found on first use. */
  private Words words;

  /**
   * The words' extents: {@code extents[2w]} and {@code extents[2w + 1]} for {@code w < count}, in
   * an array sized from the token count and not trimmed.
   */
  private record Words(int[] extents, int count) {}

  private int connectingWordCount = -1;

  private AnalyzedText(NormalizedText text, TokenTable table) {
    this.text = text;
    this.table = table;
  }

  /** Analyses any string; never throws for non-null input. */
  public static AnalyzedText of(String original) {
    Objects.requireNonNull(original, "original");
    NormalizedText text = NormalizedText.of(original);
    return new AnalyzedText(text, Tokenizer.tokenize(text));
  }

  public String original() {
    return text.original();
  }

  /** The tokens in order. */
  public List<Token> tokens() {
    List<Token> result = tokens;
    if (result == null) {
      Token[] built = new Token[table.count];
      for (int t = 0; t < table.count; t++) {
        Lexeme term = table.terms[t];
        built[t] = new Token(term.text(), term.stem(), tokenSpan(t), term.script());
      }
      // a read-only view of the array, which nothing else holds: no second copy of 300 references
      result = java.util.Collections.unmodifiableList(Arrays.asList(built));
      tokens = result;
    }
    return result;
  }

  /**
   * Sentences in order, trimmed of surrounding white space; those without a letter or digit are
   * dropped.
   */
  public List<Span> sentences() {
    List<Span> result = sentences;
    if (result == null) {
      result = SentenceSplitter.split(text);
      sentences = result;
    }
    return result;
  }

  /** Words as the {@code length} criterion counts them; each CJK character is one word. */
  public int wordCount() {
    return words().count();
  }

  /**
   * The words' extents as start, end pairs: found in one pass over the text, then read by the word
   * count and by every {@link #wordsInside} call instead of a pass each.
   */
  private Words words() {
    Words result = words;
    if (result == null) {
      // about one word per token in most text, so the array rarely grows
      int[][] found = {new int[2 * table.count + 16]};
      int[] n = {0};
      WordCounter.visit(
          text,
          (start, end) -> {
            if (n[0] + 2 > found[0].length) {
              found[0] = Arrays.copyOf(found[0], found[0].length * 2);
            }
            found[0][n[0]++] = start;
            found[0][n[0]++] = end;
          });
      result = new Words(found[0], n[0] / 2);
      words = result;
    }
    return result;
  }

  /** The quantities in order of appearance. */
  public List<Quantity> quantities() {
    List<Quantity> result = quantities;
    if (result == null) {
      result = QuantityScanner.scan(text);
      quantities = result;
    }
    return result;
  }

  /** Every occurrence of the phrase, left to right and without overlap, as original spans. */
  public List<Span> find(Phrase phrase) {
    Objects.requireNonNull(phrase, "phrase");
    if (phrase.isEmpty() || table.count == 0) {
      return List.of();
    }
    PhraseIndex built = index;
    if (built == null) {
      built = PhraseIndex.of(table);
      index = built;
    }
    int length = phrase.stemArray().length;
    int[] firsts = built.find(phrase.stemArray());
    boolean phrasal = isPhrasalVerb(phrase.stemArray());
    if (firsts.length == 0 && !phrasal) {
      return List.of();
    }
    List<Span> found = new ArrayList<>(firsts.length + 1);
    for (int first : firsts) {
      found.add(text.span(table.starts[first], table.ends[first + length - 1]));
    }
    if (phrasal) {
      addSplit(built, phrase.stemArray(), found);
    }
    return found.isEmpty() ? List.of() : List.copyOf(found);
  }

  /** The particles of English phrasal verbs, whose object may stand before them. */
  private static final List<String> PARTICLES =
      List.of("down", "off", "out", "up", "back", "away", "aside");

  /** The most words between a phrasal verb and its particle: "shut the whole tab down". */
  static final int PARTICLE_GAP = 3;

  private static final java.util.Set<String> PARTICLE_STEMS = particleStems();

  private static java.util.Set<String> particleStems() {
    java.util.Set<String> stems = new java.util.HashSet<>();
    for (String particle : PARTICLES) {
      stems.add(Phrase.of(particle).stemArray()[0]);
    }
    return java.util.Set.copyOf(stems);
  }

  private static boolean isPhrasalVerb(String[] stems) {
    return stems.length == 2 && PARTICLE_STEMS.contains(stems[1]);
  }

  /**
   * A phrasal verb with its object between verb and particle ("shut the tab down" for "shut down",
   * "roll it out" for "roll out"), within one clause; added in order to the consecutive matches.
   */
  private void addSplit(PhraseIndex built, String[] stems, List<Span> found) {
    List<Span> split = new ArrayList<>(1);
    for (int verb : built.find(new String[] {stems[0]})) {
      if (verb + 1 >= table.count || hasClauseBreak(table.ends[verb], table.starts[verb + 1])) {
        continue;
      }
      for (int gap = 1; gap <= PARTICLE_GAP && verb + gap + 1 < table.count; gap++) {
        int particle = verb + gap + 1;
        if (hasClauseBreak(table.ends[particle - 1], table.starts[particle])) {
          break;
        }
        if (table.terms[particle].stem().equals(stems[1])) {
          split.add(text.span(table.starts[verb], table.ends[particle]));
          break;
        }
      }
    }
    if (split.isEmpty()) {
      return;
    }
    found.addAll(split);
    found.sort(java.util.Comparator.comparingInt(Span::start));
  }

  /** Whether the text between two tokens ends a clause, as {@link Negation} reads clauses. */
  private boolean hasClauseBreak(int from, int to) {
    char[] buf = text.chars();
    for (int i = from; i < to; i++) {
      if (Negation.isClauseBreak(buf[i])) {
        return true;
      }
    }
    return false;
  }

  /**
   * English tokens in {@link ConnectingWords#english()}, plus CJK characters covered by an entry of
   * {@link ConnectingWords#chinese()}, matched longest first so each character counts once.
   */
  public int connectingWordCount() {
    int result = connectingWordCount;
    if (result < 0) {
      result = countConnectingWords();
      connectingWordCount = result;
    }
    return result;
  }

  /**
   * Which tokens are connecting words: English ones in the list, CJK characters covered by a
   * Chinese entry (matched longest first, as {@link #connectingWordCount()} counts them).
   */
  public boolean[] connectingTokens() {
    boolean[] mask = new boolean[table.count];
    char[] buf = text.chars();
    int coveredUntil = 0;
    for (int t = 0; t < table.count; t++) {
      Lexeme term = table.terms[t];
      if (term.script() == Script.WORD) {
        mask[t] = term.connecting();
        continue;
      }
      int at = table.starts[t];
      if (at < coveredUntil) {
        mask[t] = true;
        continue;
      }
      for (String entry : term.connectivesFromHere()) {
        if (regionMatches(buf, text.length(), at, entry)) {
          mask[t] = true;
          coveredUntil = at + entry.length();
          break;
        }
      }
    }
    return mask;
  }

  /** How many tokens are single CJK characters. */
  public int cjkCount() {
    int n = 0;
    for (int t = 0; t < table.count; t++) {
      if (table.terms[t].script() == Script.CJK) {
        n++;
      }
    }
    return n;
  }

  /**
   * How many words (counted as in {@link #wordCount()}) lie inside the union of the spans. A word
   * lies inside when every token of it does, so "rate," is inside a match of "rate"; a word with no
   * token (a lone "&") must lie inside entirely.
   */
  public int wordsInside(Collection<Span> spans) {
    if (spans.isEmpty() || table.count == 0 && text.length() == 0) {
      return 0;
    }
    int[] union = merge(spans);
    Words words = words();
    int[] extents = words.extents();
    int inside = 0;
    int t = 0;
    for (int w = 0; w < 2 * words.count(); w += 2) {
      int start = extents[w];
      int end = extents[w + 1];
      while (t < table.count && table.starts[t] < start) {
        t++;
      }
      boolean covered = true;
      boolean any = false;
      while (t < table.count && table.starts[t] < end) {
        any = true;
        if (covered && !within(union, tokenSpan(t))) {
          covered = false;
        }
        t++;
      }
      if (any ? covered : within(union, text.span(start, end))) {
        inside++;
      }
    }
    return inside;
  }

  /** The shared facts about token {@code t}'s word. */
  Lexeme lexeme(int t) {
    return table.terms[t];
  }

  @Override
  public String toString() {
    return "AnalyzedText[" + table.count + " tokens]";
  }

  private Span tokenSpan(int t) {
    return text.span(table.starts[t], table.ends[t]);
  }

  private int countConnectingWords() {
    char[] buf = text.chars();
    int count = 0;
    int coveredUntil = 0;
    for (int t = 0; t < table.count; t++) {
      Lexeme term = table.terms[t];
      if (term.script() == Script.WORD) {
        if (term.connecting()) {
          count++;
        }
        continue;
      }
      int at = table.starts[t];
      if (at < coveredUntil) {
        continue;
      }
      for (String entry : term.connectivesFromHere()) {
        if (regionMatches(buf, text.length(), at, entry)) {
          count += entry.length();
          coveredUntil = at + entry.length();
          break;
        }
      }
    }
    return count;
  }

  private static boolean regionMatches(char[] buf, int len, int at, String entry) {
    if (at + entry.length() > len) {
      return false;
    }
    for (int i = 0; i < entry.length(); i++) {
      if (buf[at + i] != entry.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The spans as a sorted array of disjoint [start, end) pairs, touching spans joined. */
  private static int[] merge(Collection<Span> spans) {
    // each span as one long, start in the high half, so sorting needs no comparator or objects
    long[] sorted = new long[spans.size()];
    int k = 0;
    for (Span span : spans) {
      sorted[k++] = (long) span.start() << 32 | span.end();
    }
    Arrays.sort(sorted);
    int[] merged = new int[sorted.length * 2];
    int n = 0;
    for (long packed : sorted) {
      int start = (int) (packed >>> 32);
      int end = (int) packed;
      if (n > 0 && start <= merged[n - 1]) {
        merged[n - 1] = Math.max(merged[n - 1], end);
      } else {
        merged[n++] = start;
        merged[n++] = end;
      }
    }
    return Arrays.copyOf(merged, n);
  }

  /** Whether the span lies inside one interval of the merged union. */
  private static boolean within(int[] union, Span span) {
    int lo = 0;
    int hi = union.length / 2 - 1;
    // the last interval starting at or before the span's start
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (union[2 * mid] <= span.start()) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found >= 0 && span.end() <= union[2 * found + 1];
  }
}
