package dev.pmdrill.semantic;

import java.util.List;
import java.util.Objects;

/**
 * One of the sentence models the scorer ships, with the threshold at which a cosine similarity
 * between an answer's sentence and a {@code like} sentence counts as the same idea. The models and
 * thresholds are part of the scorer: banks cannot change them.
 *
 * @param name the model's name as help prints it
 * @param script the script whose sentences it embeds
 * @param resource the ONNX model's resource name in its jar
 * @param tokenizer the tokenizer's resource name in its jar
 * @param meanPooling mean pooling over tokens (else the first token's vector, as BGE is trained)
 * @param threshold the least cosine similarity that counts as a match
 */
public record SentenceModel(
    String name,
    SentenceScript script,
    String resource,
    String tokenizer,
    boolean meanPooling,
    double threshold) {

  public SentenceModel {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(script, "script");
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(tokenizer, "tokenizer");
  }

  /** sentence-transformers' all-MiniLM-L6-v2, quantised: English sentences. */
  public static final SentenceModel ENGLISH =
      new SentenceModel(
          "all-MiniLM-L6-v2 (quantised)",
          SentenceScript.LATIN,
          "all-minilm-l6-v2-q.onnx",
          "all-minilm-l6-v2-q-tokenizer.json",
          true,
          threshold("latin", 0.66));

  /** BAAI's bge-small-zh-v1.5, quantised: Chinese sentences. */
  public static final SentenceModel CHINESE =
      new SentenceModel(
          "bge-small-zh-v1.5 (quantised)",
          SentenceScript.CJK,
          "bge-small-zh-v1.5-q.onnx",
          "bge-small-zh-v1.5-q-tokenizer.json",
          false,
          threshold("cjk", 0.75));

  /**
   * The calibrated threshold, or the one the project's calibration runs set with {@code
   * -Dpmdrill.like.threshold.latin=0.6} (never a bank's to change).
   */
  private static double threshold(String script, double calibrated) {
    String set = System.getProperty("pmdrill.like.threshold." + script);
    try {
      return set == null ? calibrated : Double.parseDouble(set);
    } catch (NumberFormatException e) {
      return calibrated;
    }
  }

  public static List<SentenceModel> all() {
    return List.of(ENGLISH, CHINESE);
  }

  public static SentenceModel forScript(SentenceScript script) {
    return script == SentenceScript.CJK ? CHINESE : ENGLISH;
  }
}
