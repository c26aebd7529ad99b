package dev.pmdrill.bench;

import dev.pmdrill.bank.BankLoader;
import dev.pmdrill.bank.BankSource;
import dev.pmdrill.bank.LoadResult;
import dev.pmdrill.scoring.Rubric;
import dev.pmdrill.scoring.Scorer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Milliseconds per answer, single thread, with the sentence models loaded: the same 300-word
 * answer and ten criteria as {@link ScorerBenchmark}, its five concepts carrying three {@code like}
 * sentences each (one Chinese). Each operation embeds every sentence of the answer anew, as a new
 * answer would; the {@code like} sentences are embedded once per process, as in pmdrill.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LikeScorerBenchmark {
  private Rubric rubric;
  private String answer;

  @Setup
  public void setUp() throws IOException {
    dev.pmdrill.semantic.Semantics.configure(
        java.nio.file.Path.of("target/bench-cache"), true, message -> {});
    byte[] bank = resource("bench-bank.yaml");
    LoadResult loaded = new BankLoader().load(List.of(new BankSource("bench-bank.yaml", bank)));
    if (loaded.hasErrors()) {
      throw new IllegalStateException(loaded.problems().toString());
    }
    rubric = loaded.catalog().question("bench-ab-like").orElseThrow().rubric();
    answer = new String(resource("bench-answer.txt"), StandardCharsets.UTF_8);
    Scorer.score(rubric, answer); // loads the models
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = LikeScorerBenchmark.class.getResourceAsStream("/" + name)) {
      return in.readAllBytes();
    }
  }

  @Benchmark
  public int score300WordsWithLikeSentences() {
    return Scorer.score(rubric, answer).total();
  }
}
