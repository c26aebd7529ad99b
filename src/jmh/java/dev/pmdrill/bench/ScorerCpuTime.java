package dev.pmdrill.bench;

import dev.pmdrill.bank.BankLoader;
import dev.pmdrill.bank.BankSource;
import dev.pmdrill.bank.LoadResult;
import dev.pmdrill.scoring.Rubric;
import dev.pmdrill.scoring.Scorer;
import dev.pmdrill.semantic.Semantics;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The JMH benchmarks' two cases timed in CPU time of the scoring thread rather than wall time, so
 * a machine shared with other builds still gives a figure worth comparing: rounds of scoring, the
 * median round reported. Run with the test class path of {@code -Pbench}:
 *
 * <pre>java -cp ... dev.pmdrill.bench.ScorerCpuTime [terms|like] [ROUNDS]</pre>
 *
 * <p>{@code terms}: {@link ScorerBenchmark}'s 300-word answer and ten criteria, in answers per CPU
 * second. {@code like}: {@link LikeScorerBenchmark}'s, with the models loaded, in milliseconds of
 * CPU per answer; each answer is made new (every sentence ends with a word of its own), so no
 * sentence vector is remembered from an answer before.
 *
 * <p>Both also print the bytes the scoring thread allocates per answer (JMH's {@code -prof gc}
 * {@code gc.alloc.rate.norm}, read without JMH), which a loaded machine does not disturb.
 */
public final class ScorerCpuTime {
  private ScorerCpuTime() {}

  public static void main(String[] args) throws IOException {
    String which = args.length > 0 ? args[0] : "terms";
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    boolean like = which.equals("like");
    if (like) {
      Semantics.configure(Path.of("target/bench-cache"), true, System.err::println);
    }
    byte[] bank = resource("bench-bank.yaml");
    LoadResult loaded = new BankLoader().load(List.of(new BankSource("bench-bank.yaml", bank)));
    if (loaded.hasErrors()) {
      throw new IllegalStateException(loaded.problems().toString());
    }
    Rubric rubric =
        loaded.catalog().question(like ? "bench-ab-like" : "bench-ab").orElseThrow().rubric();
    String answer = new String(resource("bench-answer.txt"), StandardCharsets.UTF_8);
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    int perRound = like ? 10 : 5_000;
    int sink = 0;
    int serial = 0;
    double[] perAnswerNanos = new double[rounds];
    for (int warm = 0; warm < (like ? 1 : 4); warm++) {
      for (int i = 0; i < perRound; i++) {
        sink += Scorer.score(rubric, like ? distinct(answer, serial++) : answer).total();
      }
    }
    for (int r = 0; r < rounds; r++) {
      long start = bean.getCurrentThreadCpuTime();
      for (int i = 0; i < perRound; i++) {
        sink += Scorer.score(rubric, like ? distinct(answer, serial++) : answer).total();
      }
      perAnswerNanos[r] = (bean.getCurrentThreadCpuTime() - start) / (double) perRound;
    }
    long allocatedBefore = allocated();
    for (int i = 0; i < perRound; i++) {
      sink += Scorer.score(rubric, like ? distinct(answer, serial++) : answer).total();
    }
    double allocatedPerAnswer = (allocated() - allocatedBefore) / (double) perRound;
    Arrays.sort(perAnswerNanos);
    double median = perAnswerNanos[rounds / 2];
    System.out.printf(
        Locale.ROOT,
        like
            ? "like: %.1f ms of CPU per 300-word answer (median of %d rounds of %d; min %.1f, max"
                + " %.1f) [%d]%n"
            : "terms: %.0f answers per CPU second (median of %d rounds of %d; min %.0f, max %.0f)"
                + " [%d]%n",
        like ? median / 1e6 : 1e9 / median,
        rounds,
        perRound,
        like ? perAnswerNanos[0] / 1e6 : 1e9 / perAnswerNanos[rounds - 1],
        like ? perAnswerNanos[rounds - 1] / 1e6 : 1e9 / perAnswerNanos[0],
        sink);
    System.out.printf(Locale.ROOT, "%s: %.0f bytes allocated per answer%n", which, allocatedPerAnswer);
  }

  /** Bytes allocated so far by this thread (HotSpot's extension of the thread bean). */
  private static long allocated() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
        .getThreadAllocatedBytes(Thread.currentThread().getId());
  }

  /** The answer with a word of its own at the end of every sentence. */
  private static String distinct(String answer, int serial) {
    return answer.replace(". ", " w" + Integer.toString(serial, 36) + ". ");
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = ScorerCpuTime.class.getResourceAsStream("/" + name)) {
      return in.readAllBytes();
    }
  }
}
