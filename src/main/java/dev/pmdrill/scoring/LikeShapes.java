package dev.pmdrill.scoring;

import dev.pmdrill.text.AnalyzedText;
import dev.pmdrill.text.Negation;
import dev.pmdrill.text.Span;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a bank's {@code like} sentence is itself negated, remembered per process: a negated
 * answer sentence ("I would not look at revenue per visitor") only matches a negated {@code like}
 * sentence, however close their embeddings.
 */
final class LikeShapes {
  private static final Map<String, Boolean> NEGATED = new ConcurrentHashMap<>();

  private LikeShapes() {}

  static boolean negated(String like) {
    return NEGATED.computeIfAbsent(
        like,
        l -> {
          AnalyzedText text = AnalyzedText.of(l);
          return Negation.negates(text, new Span(0, l.length()));
        });
  }
}
