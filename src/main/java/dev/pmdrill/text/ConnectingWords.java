package dev.pmdrill.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words that tie an argument together: an answer that reasons in sentences uses many of them, a
 * list of buzzwords almost none. The lists are part of the bank format's contract ({@code pmdrill
 * help prose} prints them), so entries may be added but a release should not drop any.
 */
public final class ConnectingWords {

  private static final List<String> ENGLISH =
      distinct(
          // articles and determiners
          "a",
          "an",
          "the",
          "this",
          "that",
          "these",
          "those",
          "each",
          "every",
          "either",
          "neither",
          "some",
          "any",
          "all",
          "both",
          "no",
          "none",
          "such",
          "another",
          "other",
          // pronouns
          "i",
          "me",
          "my",
          "mine",
          "myself",
          "we",
          "us",
          "our",
          "ours",
          "ourselves",
          "you",
          "your",
          "yours",
          "yourself",
          "yourselves",
          "he",
          "him",
          "his",
          "himself",
          "she",
          "her",
          "hers",
          "herself",
          "it",
          "its",
          "itself",
          "they",
          "them",
          "their",
          "theirs",
          "themselves",
          "who",
          "whom",
          "whose",
          "which",
          "what",
          "whatever",
          "something",
          "anything",
          "everything",
          "nothing",
          "someone",
          "anyone",
          "everyone",
          "there",
          // prepositions
          "about",
          "above",
          "across",
          "after",
          "against",
          "along",
          "among",
          "around",
          "at",
          "before",
          "behind",
          "below",
          "beneath",
          "beside",
          "besides",
          "between",
          "beyond",
          "by",
          "despite",
          "down",
          "during",
          "except",
          "for",
          "from",
          "in",
          "inside",
          "into",
          "like",
          "near",
          "of",
          "off",
          "on",
          "onto",
          "out",
          "outside",
          "over",
          "per",
          "since",
          "through",
          "throughout",
          "to",
          "toward",
          "towards",
          "under",
          "until",
          "up",
          "upon",
          "via",
          "with",
          "within",
          "without",
          // conjunctions and connectives
          "and",
          "but",
          "or",
          "nor",
          "so",
          "yet",
          "because",
          "although",
          "though",
          "while",
          "whereas",
          "if",
          "unless",
          "whether",
          "when",
          "whenever",
          "where",
          "wherever",
          "then",
          "than",
          "therefore",
          "however",
          "thus",
          "hence",
          "also",
          "instead",
          "otherwise",
          "meanwhile",
          "moreover",
          "furthermore",
          "as",
          "once",
          "how",
          "why",
          // auxiliary and modal verbs
          "be",
          "am",
          "is",
          "are",
          "was",
          "were",
          "been",
          "being",
          "have",
          "has",
          "had",
          "having",
          "do",
          "does",
          "did",
          "doing",
          "can",
          "could",
          "may",
          "might",
          "must",
          "shall",
          "should",
          "will",
          "would",
          "ought",
          // negation
          "not");

  private static final List<String> CHINESE =
      distinct(
          // particles
          "的",
          "地",
          "得",
          "了",
          "着",
          "过",
          "吗",
          "呢",
          "吧",
          "啊",
          "之",
          "其",
          // pronouns and demonstratives
          "我",
          "我们",
          "你",
          "你们",
          "您",
          "他",
          "她",
          "它",
          "他们",
          "她们",
          "它们",
          "咱们",
          "自己",
          "这",
          "那",
          "这个",
          "那个",
          "这些",
          "那些",
          "这样",
          "那样",
          "这里",
          "那里",
          "什么",
          "怎么",
          "如何",
          "哪",
          "谁",
          // verbs of being, auxiliaries and modals
          "是",
          "有",
          "会",
          "能",
          "要",
          "可以",
          "应该",
          "需要",
          "必须",
          "可能",
          // prepositions
          "在",
          "对",
          "从",
          "向",
          "把",
          "被",
          "给",
          "为",
          "为了",
          "以",
          "比",
          "跟",
          "关于",
          "根据",
          "通过",
          "对于",
          // conjunctions and connectives
          "和",
          "与",
          "及",
          "以及",
          "或",
          "或者",
          "还是",
          "但",
          "但是",
          "而",
          "而且",
          "并",
          "并且",
          "因为",
          "所以",
          "因此",
          "由于",
          "如果",
          "那么",
          "虽然",
          "然后",
          "于是",
          "然而",
          "不过",
          "即使",
          "只要",
          "只有",
          "除非",
          "否则",
          "首先",
          "其次",
          "最后",
          "同时",
          "另外",
          "此外",
          "比如",
          "例如",
          "就",
          "也",
          "都",
          "还",
          "又",
          "才",
          // negation
          "不",
          "没",
          "没有");

  private static final Set<String> ENGLISH_SET = Set.copyOf(ENGLISH);
  private static final Map<Character, List<String>> CHINESE_BY_FIRST = byFirstChar(CHINESE);

  private ConnectingWords() {}

  /** The English list, lower case. */
  public static List<String> english() {
    return ENGLISH;
  }

  /** The Chinese list; an entry may be several characters, matched longest first. */
  public static List<String> chinese() {
    return CHINESE;
  }

  static boolean isEnglish(String folded) {
    return ENGLISH_SET.contains(folded);
  }

  /** Chinese entries beginning with the given single character, longest first. */
  static List<String> chineseStartingWith(String character) {
    if (character.length() != 1) {
      return List.of();
    }
    return CHINESE_BY_FIRST.getOrDefault(character.charAt(0), List.of());
  }

  private static List<String> distinct(String... words) {
    return List.copyOf(new LinkedHashSet<>(List.of(words)));
  }

  private static Map<Character, List<String>> byFirstChar(List<String> entries) {
    Map<Character, List<String>> grouped = new HashMap<>();
    for (String entry : entries) {
      grouped.computeIfAbsent(entry.charAt(0), c -> new ArrayList<>()).add(entry);
    }
    Map<Character, List<String>> sorted = new HashMap<>();
    grouped.forEach(
        (first, list) -> {
          list.sort(Comparator.comparingInt(String::length).reversed());
          sorted.put(first, List.copyOf(list));
        });
    return Map.copyOf(sorted);
  }
}
