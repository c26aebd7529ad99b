package dev.pmdrill.scoring;

import dev.pmdrill.semantic.Semantics;
import dev.pmdrill.semantic.SentenceScript;
import dev.pmdrill.semantic.Vector;
import dev.pmdrill.text.AnalyzedText;
import dev.pmdrill.text.Span;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How near a bank's {@code like} sentence comes to some answers: the best similarity between it and
 * any of their sentences of its script, for authors checking that their {@code like} sentences
 * resemble what candidates say. Empty when the sentence models are off or cannot load.
 */
public final class LikeCloseness {
  private LikeCloseness() {}

  public static OptionalDouble best(String like, List<String> answers) {
    Semantics semantics = Semantics.shared();
    if (!semantics.enabled()) {
      return OptionalDouble.empty();
    }
    SentenceScript script = SentenceScript.of(like);
    Optional<Vector> target = semantics.embedFixed(like);
    if (target.isEmpty()) {
      return OptionalDouble.empty();
    }
    double best = -1;
    for (String answer : answers) {
      AnalyzedText text = AnalyzedText.of(answer);
      for (Span span : text.sentences()) {
        String sentence = span.of(text.original());
        if (SentenceScript.of(sentence) == script) {
          Optional<Vector> v = semantics.embedFixed(sentence);
          if (v.isPresent()) {
            best = Math.max(best, v.get().cosine(target.get()));
          }
        }
      }
    }
    return OptionalDouble.of(best);
  }

  /** The similarity at which a sentence of this {@code like} sentence's script counts. */
  public static double threshold(String like) {
    return Semantics.shared().threshold(SentenceScript.of(like));
  }
}
