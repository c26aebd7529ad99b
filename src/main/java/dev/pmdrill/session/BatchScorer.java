package dev.pmdrill.session;

import dev.pmdrill.bank.Catalog;
import dev.pmdrill.bank.Question;
import dev.pmdrill.bank.Suggestions;
import dev.pmdrill.scoring.Score;
import dev.pmdrill.scoring.Scorer;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Scores a batch of answers against a catalog, with no I/O: answers in, outcomes out. {@link
 * #score} scores one answer; {@link #inOrder} runs a piece of work per item on every core and hands
 * the results on in the items' order, with only a bounded window in flight, so memory stays flat
 * however long the batch. Reading the items and writing the results is the caller's.
 */
public final class BatchScorer {
  /** About 150,000 words: far beyond any spoken answer, small enough to score at once. */
  public static final int MAX_ANSWER = 1024 * 1024;

  private static final int IN_FLIGHT_PER_THREAD = 64;

  private final Catalog catalog;
  private final int threads;

  /** The outcome of one answer: its score, or why it was not scored. */
  public record Outcome(
      String questionId, Optional<Question> question, Optional<Score> score, String error) {
    public Outcome {
      Objects.requireNonNull(questionId, "questionId");
      Objects.requireNonNull(question, "question");
      Objects.requireNonNull(score, "score");
      Objects.requireNonNull(error, "error");
      if (score.isPresent() == !error.isEmpty() || score.isPresent() != question.isPresent()) {
        throw new IllegalArgumentException("an outcome is a question and its score, or an error");
      }
    }

    static Outcome scored(Question question, Score score) {
      return new Outcome(question.id(), Optional.of(question), Optional.of(score), "");
    }

    static Outcome refused(String questionId, String error) {
      return new Outcome(questionId, Optional.empty(), Optional.empty(), error);
    }

    public boolean scored() {
      return score.isPresent();
    }
  }

  /** Scores on {@code threads} threads (at least one). */
  public BatchScorer(Catalog catalog, int threads) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.threads = Math.max(1, threads);
  }

  /** Scores on every core the JVM sees. */
  public BatchScorer(Catalog catalog) {
    this(catalog, Runtime.getRuntime().availableProcessors());
  }

  public int threads() {
    return threads;
  }

  /** Why an answer cannot be scored, or "" when it can. */
  public static String problem(String answer) {
    if (answer.length() > MAX_ANSWER) {
      return "is longer than the limit of 1 MiB";
    }
    return answer.indexOf('\0') >= 0 ? "holds NUL bytes (is it a binary file?)" : "";
  }

  /**
   * Scores one answer to the question named {@code questionId}; pure. An unknown question (with the
   * nearest id) or an answer over the limits is refused with the reason.
   */
  public Outcome score(String questionId, String answer) {
    Optional<Question> question = catalog.question(questionId);
    if (question.isEmpty()) {
      return Outcome.refused(
          questionId,
          "no question '"
              + questionId
              + "' is loaded"
              + Suggestions.hint(questionId, catalog.questionIds()));
    }
    String problem = problem(answer);
    if (!problem.isEmpty()) {
      return Outcome.refused(questionId, "the answer " + problem);
    }
    return Outcome.scored(question.get(), Scorer.score(question.get().rubric(), answer));
  }

  /**
   * Applies {@code work} to every item on this scorer's threads and passes the results to {@code
   * results} in the items' order, on the calling thread. At most {@code threads * 64} items are in
   * flight. An exception thrown by {@code work} or by the iterator ends the batch and is rethrown.
   */
  public <T, R> void inOrder(Iterator<T> items, Function<T, R> work, Consumer<R> results) {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "pmdrill-score");
              t.setDaemon(true);
              return t;
            });
    ArrayDeque<Future<R>> pending = new ArrayDeque<>();
    try {
      while (items.hasNext()) {
        T item = items.next();
        pending.add(pool.submit(() -> work.apply(item)));
        if (pending.size() >= threads * IN_FLIGHT_PER_THREAD) {
          results.accept(next(pending));
        }
      }
      while (!pending.isEmpty()) {
        results.accept(next(pending));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <R> R next(ArrayDeque<Future<R>> pending) {
    try {
      return pending.poll().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while scoring", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException
          ? (RuntimeException) e.getCause()
          : new IllegalStateException(e.getCause());
    }
  }
}
