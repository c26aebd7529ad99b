package dev.pmdrill.text;

import java.util.List;
import java.util.Set;

/**
 * Whether a word of an answer is negated: a negation word stands before it in the same clause ("I
 * would <b>not</b> look at revenue per visitor", "<b>没有</b>必要做分群"). A clause ends at punctuation
 * and at words that start a new one ("but", "because", "until", 但是, 因为), so "I would not launch
 * until it is significant" leaves "significant" alone. The lists are part of the bank format's
 * contract and {@code pmdrill help prose} prints them.
 */
public final class Negation {
  /**
   * How many words before a match a negation may stand (a CJK character weighs half a word, as two
   * characters make about one Chinese word); the clause usually ends first.
   */
  static final int WINDOW = 12;

  /** {@link #WINDOW} in half words, the unit a CJK character costs. */
  private static final int WINDOW_HALVES = 2 * WINDOW;

  /**
   * Words after which "and" starts a new clause instead of joining two things the negation covers:
   * "I would not launch and I would rerun it" ends the negation, "I would not combine CTR and AOV
   * into GMV per user" does not.
   */
  private static final Set<String> NEW_SUBJECT_AFTER_AND =
      Set.of(
          "i", "we", "you", "they", "he", "she", "it", "this", "that", "there", "these", "those",
          "then", "would", "will", "should", "must", "can", "could", "also", "instead", "only");

  private static final List<String> ENGLISH =
      List.of("not", "no", "never", "without", "neither", "nor", "cannot", "n't", "none");

  private static final Set<String> ENGLISH_SET = Set.copyOf(ENGLISH);

  /** English negations that do not negate what follows them. */
  private static final Set<String> ENGLISH_NOT_NEGATING_NEXT =
      Set.of("only", "just", "merely", "simply", "doubt", "matter", "least", "less", "more");

  private static final List<String> CHINESE = List.of("没有", "无需", "不用", "不必", "不", "没", "别", "未");

  /** Words that begin with a Chinese negation character but negate nothing after them. */
  private static final List<String> CHINESE_EXCEPTIONS =
      List.of(
          "不仅", "不但", "不断", "不少", "不过", "不错", "不同", "不久", "不管", "不论", "不得不", "不可或缺", "未来", "别人",
          "别的", "没错", "差不多", "是不是", "要不要", "会不会", "能不能", "有没有", "不只");

  private static final Set<String> CLAUSE_STARTERS =
      Set.of(
          "but",
          "because",
          "since",
          "so",
          "until",
          "unless",
          "before",
          "after",
          "if",
          "when",
          "then",
          "and",
          "however",
          "though",
          "although",
          "while",
          "whereas",
          "instead",
          "rather",
          "which",
          "once",
          "otherwise");

  private static final List<String> CHINESE_CLAUSE_STARTERS =
      List.of("但是", "但", "而是", "可是", "然而", "因为", "所以", "如果", "直到", "除非", "之后", "然后", "而且", "并且");

  private Negation() {}

  public static List<String> english() {
    return ENGLISH;
  }

  public static List<String> chinese() {
    return CHINESE;
  }

  /** The words that look like negations but are not ("not only", 不仅, 不断, ...). */
  public static List<String> exceptions() {
    List<String> all = new java.util.ArrayList<>();
    ENGLISH_NOT_NEGATING_NEXT.stream().sorted().forEach(w -> all.add("not " + w));
    all.addAll(CHINESE_EXCEPTIONS);
    return List.copyOf(all);
  }

  /**
   * Where an answer's negations and clauses are, found in one pass, so that asking about each match
   * costs a short look back over two arrays.
   */
  public static final class Marks {
    private final int[] clause;
    private final boolean[] negation;
    private final boolean[] cjk;

    private Marks(int[] clause, boolean[] negation, boolean[] cjk) {
      this.clause = clause;
      this.negation = negation;
      this.cjk = cjk;
    }

    /** Whether the token at {@code index} has a negation before it in its clause. */
    public boolean negatedAt(int index) {
      int halves = 0;
      for (int k = index - 1; k >= 0 && halves < WINDOW_HALVES; k--) {
        if (clause[k] != clause[index]) {
          return false;
        }
        if (negation[k]) {
          return true;
        }
        halves += cjk[k] ? 1 : 2;
      }
      return false;
    }
  }

  /** A word's role: an English negation ("not", "never"). */
  static final int NEGATING = 1;

  /** A word's role: one that "not" before it does not negate ("not only", "not just"). */
  static final int AFTER_NOT_NEGATES_NOTHING = 2;

  /** A word's role: an English word that starts a new clause ("but", "because"). */
  static final int STARTS_CLAUSE = 4;

  /** The roles of a word (ignoring case), for {@link Lexeme}; CJK characters are read in place. */
  static int rolesOf(String word, Script script) {
    if (script != Script.WORD) {
      return 0;
    }
    return (anyIgnoringCase(ENGLISH_SET, word) ? NEGATING : 0)
        | (anyIgnoringCase(ENGLISH_NOT_NEGATING_NEXT, word) ? AFTER_NOT_NEGATES_NOTHING : 0)
        | (anyIgnoringCase(CLAUSE_STARTERS, word) ? STARTS_CLAUSE : 0);
  }

  /** The negations and clause boundaries of a whole text. */
  public static Marks marks(AnalyzedText text) {
    List<Token> tokens = text.tokens();
    String original = text.original();
    int[] clause = new int[tokens.size()];
    boolean[] negation = new boolean[tokens.size()];
    boolean[] cjk = new boolean[tokens.size()];
    int id = 0;
    boolean verbal = false;
    for (int k = 0; k < tokens.size(); k++) {
      if (k > 0
          && (clauseBreakBetween(original, tokens.get(k - 1), tokens.get(k))
              || startsClause(text, tokens, k, original)
              || (!verbal && isAnd(tokens.get(k))))) {
        id++;
        verbal = false;
      }
      clause[k] = id;
      negation[k] = negationAt(text, tokens, k, original);
      verbal |= negation[k] && isVerbal(tokens.get(k));
      cjk[k] = tokens.get(k).script() == Script.CJK;
    }
    return new Marks(clause, negation, cjk);
  }

  /**
   * Whether a negation covers a whole verb phrase, so that "and" inside it joins what it negates
   * ("I would not combine CTR and AOV into GMV per user"); "no", "without" and Chinese negations
   * bind the next noun or verb only ("no preemption and circular wait").
   */
  private static boolean isVerbal(Token token) {
    String word = token.text();
    return word.equalsIgnoreCase("not")
        || word.equalsIgnoreCase("t")
        || word.equalsIgnoreCase("never")
        || word.equalsIgnoreCase("cannot");
  }

  private static boolean isAnd(Token token) {
    return token.script() == Script.WORD && token.text().equalsIgnoreCase("and");
  }

  /** Whether any word of the span is a negation ("I would not ...", 不需要 ...). */
  public static boolean negates(AnalyzedText text, Span span) {
    List<Token> tokens = text.tokens();
    String original = text.original();
    for (int k = 0; k < tokens.size(); k++) {
      Span s = tokens.get(k).span();
      if (s.start() >= span.start()
          && s.end() <= span.end()
          && negationAt(text, tokens, k, original)) {
        return true;
      }
    }
    return false;
  }

  private static boolean negationAt(AnalyzedText text, List<Token> tokens, int k, String original) {
    Token token = tokens.get(k);
    if (token.script() == Script.WORD) {
      String word = token.text();
      boolean contracted =
          word.length() == 1
              && word.equalsIgnoreCase("t")
              && token.span().start() > 0
              && "'\u2019".indexOf(original.charAt(token.span().start() - 1)) >= 0
              && k > 0
              && tokens.get(k - 1).text().toLowerCase(java.util.Locale.ROOT).endsWith("n");
      if (!contracted && (text.lexeme(k).roles() & NEGATING) == 0) {
        return false;
      }
      return k + 1 >= tokens.size()
          || (text.lexeme(k + 1).roles() & AFTER_NOT_NEGATES_NOTHING) == 0;
    }
    int at = token.span().start();
    if (CHINESE_FIRST.indexOf(original.charAt(at)) < 0) {
      return false;
    }
    for (String exception : CHINESE_EXCEPTIONS) {
      int first = exception.indexOf(token.text());
      while (first >= 0) {
        int start = at - first;
        if (start >= 0 && original.startsWith(exception, start)) {
          return false;
        }
        first = exception.indexOf(token.text(), first + 1);
      }
    }
    for (String word : CHINESE) {
      if (original.startsWith(word, at)) {
        return !namesTheOnes(original, at, word.length());
      }
    }
    return false;
  }

  /** Words that may stand before a subject such as 不行的 ("for those that fail, ..."). */
  private static final List<String> BEFORE_SUBJECT = List.of("那些", "对于", "其中", "对", "而");

  /** The longest verb between the negation and 的 in a subject such as 没通过的. */
  private static final int SUBJECT_VERB_CHARS = 3;

  /**
   * Whether the negation at {@code at} opens a noun phrase that is the clause's subject: 不行的由小二跟进
   * ("those that fail get help"), 不合格的下架, 没通过的再审一次, like English "the ones that fail". The negation
   * starts its clause (or follows 那些, 对于, 其中), one to three characters and 的 follow, and then the
   * clause goes on; 不是的 and 没有的话 ("if not") stay negations.
   */
  private static boolean namesTheOnes(String original, int at, int wordLength) {
    int before = at;
    while (before > 0 && Character.isWhitespace(original.charAt(before - 1))) {
      before--;
    }
    for (String word : BEFORE_SUBJECT) {
      if (before >= word.length() && original.startsWith(word, before - word.length())) {
        before -= word.length();
        break;
      }
    }
    if (before > 0 && ",;:.!?()\n\r—，。；：！？、（）".indexOf(original.charAt(before - 1)) < 0) {
      return false;
    }
    int p = at + wordLength;
    int verb = 0;
    while (p < original.length()
        && verb <= SUBJECT_VERB_CHARS
        && original.charAt(p) != '的'
        && Character.UnicodeScript.of(original.charAt(p)) == Character.UnicodeScript.HAN) {
      p++;
      verb++;
    }
    if (verb == 0 || verb > SUBJECT_VERB_CHARS || p + 1 >= original.length()) {
      return false;
    }
    if (original.charAt(p) != '的' || original.startsWith("是的", p - 1)) {
      return false;
    }
    char next = original.charAt(p + 1);
    return next != '话' && Character.UnicodeScript.of(next) == Character.UnicodeScript.HAN;
  }

  /** The word's lower case, allocating only when it has a capital. */
  private static boolean anyIgnoringCase(java.util.Collection<String> words, String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isUpperCase(word.charAt(i))) {
        return words.contains(word.toLowerCase(java.util.Locale.ROOT));
      }
    }
    return words.contains(word);
  }

  /** The first characters of the Chinese words, to pass over every other character at once. */
  private static final String CHINESE_FIRST = "不没无别未";

  private static final String CHINESE_STARTER_FIRST = "但而可然因所如直除之并";

  private static boolean startsClause(
      AnalyzedText text, List<Token> tokens, int k, String original) {
    Token token = tokens.get(k);
    if (token.script() == Script.WORD) {
      if ((text.lexeme(k).roles() & STARTS_CLAUSE) == 0) {
        return false;
      }
      return !token.text().equalsIgnoreCase("and")
          || (k + 1 < tokens.size()
              && anyIgnoringCase(NEW_SUBJECT_AFTER_AND, tokens.get(k + 1).text()));
    }
    if (CHINESE_STARTER_FIRST.indexOf(original.charAt(token.span().start())) < 0) {
      return false;
    }
    for (String word : CHINESE_CLAUSE_STARTERS) {
      if (original.startsWith(word, token.span().start())) {
        return true;
      }
    }
    return false;
  }

  private static boolean clauseBreakBetween(String original, Token before, Token after) {
    for (int i = before.span().end(); i < after.span().start() && i < original.length(); i++) {
      if (isClauseBreak(original.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The punctuation that ends a clause: , ; : . ! ? ( ) line breaks, the dash and CJK marks; not
   * the enumeration comma 、, which joins the items of one list ("不看流量、转化率、客单价" negates all three).
   */
  static boolean isClauseBreak(char c) {
    switch (c) {
      case ',':
      case ';':
      case ':':
      case '.':
      case '!':
      case '?':
      case '(':
      case ')':
      case '\n':
      case '\r':
      case '—':
      case '，':
      case '。':
      case '；':
      case '：':
      case '！':
      case '？':
      case '（':
      case '）':
        return true;
      default:
        return false;
    }
  }
}
