package dev.pmdrill.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an answer reports what other people would say or do instead of saying it itself: "a lot of
 * teams would jump straight into GC logs, measure the live set and ...", "很多人会去讲前置仓怎么布、骑手怎么调 ...".
 * Naming the right moves as somebody else's, usually to wave them away, earns nothing; the report
 * ends where the candidate speaks again (a full stop, a semicolon, "but", "I", 但是, 我). The lists
 * are part of the bank format's contract and {@code pmdrill help prose} prints them.
 */
public final class Attribution {

  private static final List<String> ENGLISH_OTHERS =
      List.of(
          "many",
          "most",
          "some",
          "a lot of",
          "lots of",
          "plenty of",
          "a common",
          "the usual",
          "the textbook",
          "the standard");

  private static final Pattern ENGLISH =
      Pattern.compile(
          "\\b(?:(?:many|most|some|a lot of|lots of|plenty of)\\s+(?:people|candidates|teams|pms"
              + "|product managers|interviewees|others|folks|engineers|managers)"
              + "(?:\\s+\\w+){0,2}?\\s+(?:would|will|tend to|usually|typically|often|instinctively"
              + "|immediately|reach for|jump|start with|answer|say|talk about)"
              + "|the (?:textbook|usual|standard) answer (?:is|would be)|some would say)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern CHINESE =
      Pattern.compile(
          "(?:很多人|不少人|有些人|有的人|大部分人|大多数人|一般人|许多人|多数人|好多人|很多候选人|很多团队|不少团队|很多产品经理)"
              + "[^。！？；.!?;\\n]{0,12}?"
              + "(?:会讲|会说|会去|会提|会回答|会答|会建议|会想到|会先|会直接|都会|一上来|习惯|喜欢讲|喜欢说|的做法|的答案|第一反应)");

  /** Where the candidate's own voice comes back, ending a report. */
  private static final Pattern ENDS =
      Pattern.compile(
          "[.!?;。！？；\\n]|\\b(?:but|however|yet|though|instead|whereas|so|therefore|I|I'd|I'm|we"
              + "|my|our)\\b|但|可是|然而|不过|而是|所以|因此|我",
          Pattern.CASE_INSENSITIVE);

  private Attribution() {}

  /** The words that introduce a report ("many people would", 很多人会讲), for the help text. */
  public static List<String> englishOpenings() {
    return ENGLISH_OTHERS;
  }

  /** The reports in the text, each from its opening to where the candidate speaks again. */
  public static List<Span> reports(String text) {
    List<Span> spans = new ArrayList<>();
    collect(ENGLISH.matcher(text), text, spans);
    collect(CHINESE.matcher(text), text, spans);
    if (spans.size() > 1) {
      spans.sort(java.util.Comparator.comparingInt(Span::start));
    }
    return List.copyOf(spans);
  }

  private static void collect(Matcher opening, String text, List<Span> spans) {
    Matcher end = ENDS.matcher(text);
    int from = 0;
    while (opening.find(from)) {
      int stop = end.find(opening.end()) ? end.start() : text.length();
      spans.add(new Span(opening.start(), stop));
      from = Math.max(stop, opening.end());
    }
  }
}
