package dev.pmdrill.semantic;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The sentence models of this process: loaded on first use (never for {@code --version} or the
 * shell's prompt), each once, and shared by every thread. A {@code like} sentence is embedded once
 * per process; an answer's sentences are embedded by the answer that holds them.
 *
 * <p>Off unless asked for ({@code PMDRILL_SEMANTIC=on}): on the held-out answers written blind from
 * the prompts, scores agreed with the grades a little less with the sentence models than without
 * them (spearman 0.886 against 0.892 over 176 answers), so terms alone score by default.
 *
 * <p>Where a model cannot load (an unsupported platform, a missing jar), it says so once through
 * the warnings sink and scoring goes on with terms alone.
 */
public final class Semantics {
  /**
   * Like sentences and other fixed texts; bounded so a long-lived shell cannot grow without end.
   */
  private static final int CACHE_LIMIT = 50_000;

  /** Answer sentences remembered (about 2 KB each), enough for a batch's repeated sentences. */
  private static final int RECENT_LIMIT = 20_000;

  private static volatile Semantics shared =
      new Semantics(
          Path.of(
              System.getProperty(
                  "pmdrill.test.cache",
                  Path.of(System.getProperty("java.io.tmpdir"), "pmdrill-cache").toString())),
          "on".equals(System.getProperty("pmdrill.semantic")),
          message -> {});

  private final Path cacheDir;
  private final boolean enabled;
  private final Consumer<String> warnings;
  private final Map<SentenceScript, Loaded> models = new ConcurrentHashMap<>();
  private final Map<String, Optional<Vector>> cache = new ConcurrentHashMap<>();
  private final Map<SentenceScript, Map<String, Vector>> recent =
      Map.of(
          SentenceScript.LATIN, new ConcurrentHashMap<>(),
          SentenceScript.CJK, new ConcurrentHashMap<>());
  private volatile boolean warned;

  private Semantics(Path cacheDir, boolean enabled, Consumer<String> warnings) {
    this.cacheDir = Objects.requireNonNull(cacheDir, "cacheDir");
    this.enabled = enabled;
    this.warnings = Objects.requireNonNull(warnings, "warnings");
  }

  /**
   * Sets where native libraries are unpacked, whether the models are used at all, and where the one
   * warning goes; called once by the entry point, before anything is scored.
   */
  public static void configure(Path cacheDir, boolean enabled, Consumer<String> warnings) {
    shared = new Semantics(cacheDir, enabled, warnings);
  }

  public static Semantics shared() {
    return shared;
  }

  /** Whether sentence models take part in scoring in this process. */
  public boolean enabled() {
    return enabled;
  }

  /** Starts loading both models on a background thread, so the first score does not wait. */
  public void prefetch() {
    if (!enabled) {
      return;
    }
    Thread loader =
        new Thread(
            () -> {
              for (SentenceModel model : SentenceModel.all()) {
                loaded(model.script());
              }
            },
            "pmdrill-models");
    loader.setDaemon(true);
    loader.start();
  }

  /**
   * The embedding of a sentence by its script's model; empty when no model is available. The models
   * give the same vector for the same text on every run, so the last few thousand answer sentences
   * are remembered: a batch that scores the same answer again, or answers sharing a sentence, runs
   * the model once for it.
   */
  public Optional<Vector> embed(String sentence, SentenceScript script) {
    Loaded model = loaded(script);
    if (model.encoder().isEmpty()) {
      return Optional.empty();
    }
    Map<String, Vector> remembered = recent.get(script);
    Vector known = remembered.get(sentence);
    if (known == null) {
      known = Vector.of(model.encoder().get().encode(sentence));
      if (remembered.size() >= RECENT_LIMIT) {
        remembered.clear(); // bounded: a long shell or batch starts over rather than grow
      }
      remembered.put(sentence, known);
    }
    return Optional.of(known);
  }

  /** As {@link #embed}, remembered for the life of the process (for a bank's fixed sentences). */
  public Optional<Vector> embedFixed(String sentence) {
    Optional<Vector> known = cache.get(sentence);
    if (known != null) {
      return known;
    }
    Optional<Vector> vector = embed(sentence, SentenceScript.of(sentence));
    if (cache.size() < CACHE_LIMIT && vector.isPresent()) {
      cache.put(sentence, vector);
    }
    return vector;
  }

  /** The least similarity that counts as a match for sentences of this script. */
  public double threshold(SentenceScript script) {
    return SentenceModel.forScript(script).threshold();
  }

  /** Whether the model for this script is loaded and working (loading it if need be). */
  public boolean available(SentenceScript script) {
    return loaded(script).encoder().isPresent();
  }

  private Loaded loaded(SentenceScript script) {
    if (!enabled) {
      return Loaded.NONE;
    }
    Loaded known = models.get(script);
    if (known != null) {
      return known;
    }
    synchronized (this) {
      return models.computeIfAbsent(script, s -> load(SentenceModel.forScript(s)));
    }
  }

  private Loaded load(SentenceModel model) {
    try {
      NativeLibraries.useCacheIn(cacheDir);
      return new Loaded(Optional.of(OnnxEncoder.load(model)));
    } catch (Exception | LinkageError e) {
      warnOnce(model, e);
      return Loaded.NONE;
    }
  }

  private void warnOnce(SentenceModel model, Throwable e) {
    if (warned) {
      return;
    }
    warned = true;
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    warnings.accept(
        "the sentence model "
            + model.name()
            + " could not load ("
            + reason.lines().findFirst().orElse(reason)
            + "); answers are scored by their terms alone, without 'like' sentences");
  }

  private record Loaded(Optional<Encoder> encoder) {
    static final Loaded NONE = new Loaded(Optional.empty());
  }
}
