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
 * Answers per second, single thread: a 300-word answer scored against a rubric of ten criteria
 * (every kind, a regex among the terms), compiled once as a bank load would. Analysis of the
 * answer is part of each operation, since every answer is new text.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScorerBenchmark {
  private Rubric rubric;
  private String answer;

  @Setup
  public void setUp() throws IOException {
    byte[] bank = resource("bench-bank.yaml");
    LoadResult loaded = new BankLoader().load(List.of(new BankSource("bench-bank.yaml", bank)));
    if (loaded.hasErrors()) {
      throw new IllegalStateException(loaded.problems().toString());
    }
    rubric = loaded.catalog().question("bench-ab").orElseThrow().rubric();
    answer = new String(resource("bench-answer.txt"), StandardCharsets.UTF_8);
    if (rubric.criteria().size() < 10) {
      throw new IllegalStateException("the benchmark rubric needs ten criteria");
    }
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = ScorerBenchmark.class.getResourceAsStream("/" + name)) {
      return in.readAllBytes();
    }
  }

  @Benchmark
  public int score300WordsAgainstTenCriteria() {
    return Scorer.score(rubric, answer).total();
  }
}
