package dev.pmdrill.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an answer reports what other people would say or do instead of saying it itself: "a lot of
 * teams would jump straight into GC logs, measure the live set and ...", "很多人会去讲前置仓怎么布、骑手怎么调 ...".
 * Naming the right moves as somebody else's, usually to wave them away, earns nothing; the report
 * ends where the candidate speaks again (a full stop, a semicolon, "but", "I", 但是, 我).
 *
 * <p>Openings are found on the answer's tokens and by plain searches for the Chinese ones, so an
 * answer without one costs a pass over its tokens and nothing more.
 */
public final class Attribution {

  private static final Set<String> QUANTIFIERS = Set.of("many", "most", "some");

  private static final Set<String> BEFORE_OF = Set.of("lot", "lots", "plenty");

  private static final Set<String> OTHERS =
      Set.of(
          "people",
          "candidates",
          "teams",
          "pms",
          "interviewees",
          "others",
          "folks",
          "engineers",
          "managers");

  private static final Set<String> REPORTING_VERBS =
      Set.of(
          "would",
          "will",
          "usually",
          "typically",
          "often",
          "instinctively",
          "immediately",
          "tend",
          "jump",
          "start",
          "answer",
          "say",
          "talk",
          "reach");

  private static final Set<String> STOCK_ANSWERS = Set.of("textbook", "usual", "standard");

  private static final Set<String> AFTER_STOCK_ANSWER = Set.of("is", "would");

  private static final List<String> CHINESE_OTHERS =
      List.of(
          "很多候选人", "很多团队", "不少团队", "很多产品经理", "很多人", "不少人", "有些人", "有的人", "大部分人", "大多数人", "一般人",
          "许多人", "多数人", "好多人");

  private static final List<String> CHINESE_REPORTING =
      List.of(
          "会讲", "会说", "会去", "会提", "会回答", "会答", "会建议", "会想到", "会先", "会直接", "都会", "一上来", "习惯", "喜欢讲",
          "喜欢说", "的做法", "的答案", "第一反应");

  /** How far after a Chinese opening its reporting verb may stand, in characters. */
  private static final int CHINESE_REACH = 12;

  /** Where the candidate's own voice comes back, ending a report. */
  private static final Pattern ENDS =
      Pattern.compile(
          "[.!?;。！？；\\n]|\\b(?:but|however|yet|though|instead|whereas|so|therefore|I|I'd|I'm|we"
              + "|my|our)\\b|但|可是|然而|不过|而是|所以|因此|我",
          Pattern.CASE_INSENSITIVE);

  /** A word's role, for {@link Lexeme}: it may open a report ("people", "answer", "some"). */
  static final int OPENS_REPORT = 8;

  private Attribution() {}

  /**
   * The roles of a word, for {@link Lexeme}: found once per distinct word, so the pass over an
   * answer's tokens tests a bit rather than looking each word up.
   */
  static int rolesOf(String word, Script script) {
    if (script != Script.WORD) {
      return 0;
    }
    String lower = lower(word);
    return OTHERS.contains(lower) || lower.equals("answer") || lower.equals("some")
        ? OPENS_REPORT
        : 0;
  }

  /** The reports in the text, each from its opening to where the candidate speaks again. */
  public static List<Span> reports(AnalyzedText text) {
    List<Span> openings = new ArrayList<>(0);
    englishOpenings(text, openings);
    chineseOpenings(text.original(), openings);
    if (openings.isEmpty()) {
      return List.of();
    }
    openings.sort(java.util.Comparator.comparingInt(Span::start));
    String original = text.original();
    Matcher end = ENDS.matcher(original);
    List<Span> reports = new ArrayList<>(openings.size());
    int covered = 0;
    for (Span opening : openings) {
      if (opening.start() < covered) {
        continue;
      }
      int stop = end.find(opening.end()) ? end.start() : original.length();
      reports.add(new Span(opening.start(), stop));
      covered = stop;
    }
    return List.copyOf(reports);
  }

  /** "many teams would", "a lot of people usually", "the textbook answer is", "some would say". */
  private static void englishOpenings(AnalyzedText text, List<Span> openings) {
    List<Token> tokens = text.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      if ((text.lexeme(i).roles() & OPENS_REPORT) == 0) {
        continue;
      }
      String word = lower(tokens.get(i));
      int start = -1;
      int after = -1;
      if (OTHERS.contains(word)) {
        start = quantifierBefore(tokens, i);
        after = i + 1;
      } else if (word.equals("answer")
          && i >= 2
          && STOCK_ANSWERS.contains(lower(tokens.get(i - 1)))
          && lower(tokens.get(i - 2)).equals("the")
          && i + 1 < tokens.size()
          && AFTER_STOCK_ANSWER.contains(lower(tokens.get(i + 1)))) {
        openings.add(new Span(tokens.get(i - 2).span().start(), tokens.get(i + 1).span().end()));
        continue;
      } else if (word.equals("some")
          && i + 2 < tokens.size()
          && lower(tokens.get(i + 1)).equals("would")
          && lower(tokens.get(i + 2)).equals("say")) {
        openings.add(new Span(tokens.get(i).span().start(), tokens.get(i + 2).span().end()));
        continue;
      }
      if (start < 0) {
        continue;
      }
      for (int k = after; k < tokens.size() && k <= after + 2; k++) {
        if (REPORTING_VERBS.contains(lower(tokens.get(k)))) {
          openings.add(new Span(start, tokens.get(k).span().end()));
          break;
        }
      }
    }
  }

  /** Where "many", "most", "some", "a lot of", "lots of" or "plenty of" opens the noun at i. */
  private static int quantifierBefore(List<Token> tokens, int i) {
    int q = i - 1;
    if (q >= 0 && lower(tokens.get(q)).equals("product")) {
      q--;
    }
    if (q < 0) {
      return -1;
    }
    String word = lower(tokens.get(q));
    if (QUANTIFIERS.contains(word)) {
      return tokens.get(q).span().start();
    }
    if (word.equals("of") && q >= 1 && BEFORE_OF.contains(lower(tokens.get(q - 1)))) {
      int first = q - 1;
      if (lower(tokens.get(first)).equals("lot") && first >= 1) {
        first--;
      }
      return tokens.get(first).span().start();
    }
    return -1;
  }

  private static void chineseOpenings(String text, List<Span> openings) {
    for (String others : CHINESE_OTHERS) {
      int at = text.indexOf(others);
      while (at >= 0) {
        int from = at + others.length();
        int limit = Math.min(text.length(), from + CHINESE_REACH);
        found:
        for (int p = from; p < limit; p++) {
          char c = text.charAt(p);
          if ("。！？；.!?;\n".indexOf(c) >= 0) {
            break;
          }
          for (String verb : CHINESE_REPORTING) {
            if (text.startsWith(verb, p)) {
              openings.add(new Span(at, p + verb.length()));
              break found;
            }
          }
        }
        at = text.indexOf(others, from);
      }
    }
  }

  /** The token's text in lower case, or "" for a word no list holds (most words: no copy made). */
  private static String lower(Token token) {
    return lower(token.text());
  }

  private static String lower(String text) {
    if (text.length() < 2 || text.length() > 13 || !Character.isLetter(text.charAt(0))) {
      return "";
    }
    for (int i = 0; i < text.length(); i++) {
      if (Character.isUpperCase(text.charAt(i))) {
        return text.toLowerCase(Locale.ROOT);
      }
    }
    return text;
  }
}
