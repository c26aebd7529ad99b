package dev.pmdrill.bank;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.pmdrill.scoring.Scorer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How far the built-in banks agree with grades they were never tuned to: answers written blind from
 * the prompts alone (held-out/, per category) and the rev-2 blind set (blind/: excellent, solid,
 * vague, off-topic, paraphrase, filler), graded before any scoring. The figures are printed for the
 * notes; the assertions hold the floor reached so far, so a change that loses agreement fails.
 * Never tune a rubric to one of these answers: fix the rule a miss shows.
 */
class HeldOutAgreementTest {
  private static final Path HELD_OUT = Path.of("src/test/resources/held-out");
  private static final Path BLIND = Path.of("src/test/resources/blind/rev2-blind.yaml");

  record Graded(
      String category,
      String question,
      String language,
      String kind,
      int grade,
      int low,
      int high,
      String answer) {}

  record Scored(Graded graded, int score) {
    boolean inRange() {
      return score >= graded.low() && score <= graded.high();
    }
  }

  private static Catalog catalog;

  @BeforeAll
  static void load() {
    catalog = BuiltInBanks.catalog();
  }

  @Test
  void heldOutAnswersAgreeWithTheirGrades() throws IOException {
    List<Scored> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(HELD_OUT)) {
      for (Path file : files.sorted().toList()) {
        String category = file.getFileName().toString().replace(".yaml", "");
        all.addAll(score(read(file, category)));
      }
    }
    Map<String, List<Scored>> byCategory =
        all.stream()
            .collect(
                Collectors.groupingBy(
                    s -> s.graded().category(), TreeMap::new, Collectors.toList()));
    StringBuilder report =
        new StringBuilder(
            "held-out agreement (category, n, spearman, in range,"
                + " mean score minus grade en / zh)\n");
    byCategory.forEach((category, scored) -> report.append(line(category, scored)));
    report.append(line("all", all));
    System.out.print(report);
    assertThat(all).hasSizeGreaterThanOrEqualTo(160);
    assertThat(spearman(all)).as(report.toString()).isGreaterThanOrEqualTo(0.74);
  }

  @Test
  void theBlindSetSeparatesSubstanceFromVocabulary() throws IOException {
    List<Scored> all = score(read(BLIND, "blind"));
    Map<String, Double> mean =
        all.stream()
            .collect(
                Collectors.groupingBy(
                    s -> s.graded().kind(), TreeMap::new, Collectors.averagingInt(Scored::score)));
    List<Scored> firstFour =
        all.stream()
            .filter(
                s ->
                    List.of("excellent", "solid", "vague", "off-topic").contains(s.graded().kind()))
            .toList();
    String report =
        String.format(
            Locale.ROOT,
            "blind set: spearman on excellent/solid/vague/off-topic %.3f; mean score by kind %s%n",
            spearman(firstFour),
            mean);
    System.out.print(report);
    assertThat(spearman(firstFour)).as(report).isGreaterThanOrEqualTo(0.85);
    assertThat(mean.get("off-topic")).as(report).isLessThanOrEqualTo(15);
    assertThat(mean.get("filler")).as(report).isLessThan(mean.get("paraphrase"));
  }

  private static String line(String name, List<Scored> scored) {
    Function<String, String> bias =
        language -> {
          List<Scored> in =
              scored.stream().filter(s -> s.graded().language().equals(language)).toList();
          return in.isEmpty()
              ? "-"
              : String.format(
                  Locale.ROOT,
                  "%+.1f",
                  in.stream().mapToInt(s -> s.score() - s.graded().grade()).average().orElse(0));
        };
    return String.format(
        Locale.ROOT,
        "  %-15s %3d  %.3f  %3d/%-3d  %s / %s%n",
        name,
        scored.size(),
        spearman(scored),
        scored.stream().filter(Scored::inRange).count(),
        scored.size(),
        bias.apply("en"),
        bias.apply("zh"));
  }

  private static List<Scored> score(List<Graded> graded) {
    return graded.parallelStream()
        .map(
            g ->
                new Scored(
                    g,
                    Scorer.score(
                            catalog
                                .question(g.question())
                                .orElseThrow(
                                    () -> new AssertionError("no question " + g.question()))
                                .rubric(),
                            g.answer())
                        .total()))
        .toList();
  }

  private static List<Graded> read(Path file, String category) throws IOException {
    JsonNode items = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    List<Graded> graded = new ArrayList<>();
    for (JsonNode item : items) {
      String[] range = item.get("expect").asText().split("-");
      graded.add(
          new Graded(
              category,
              item.get("question").asText(),
              item.get("language").asText(),
              item.get("kind").asText(),
              item.get("grade").asInt(),
              Integer.parseInt(range[0].strip()),
              Integer.parseInt(range[1].strip()),
              item.get("answer").asText()));
    }
    return graded;
  }

  static double spearman(List<Scored> scored) {
    double[] x = ranks(scored.stream().mapToDouble(Scored::score).toArray());
    double[] y = ranks(scored.stream().mapToDouble(s -> s.graded().grade()).toArray());
    double mx = mean(x);
    double my = mean(y);
    double cov = 0;
    double vx = 0;
    double vy = 0;
    for (int i = 0; i < x.length; i++) {
      cov += (x[i] - mx) * (y[i] - my);
      vx += (x[i] - mx) * (x[i] - mx);
      vy += (y[i] - my) * (y[i] - my);
    }
    return vx == 0 || vy == 0 ? 0 : cov / Math.sqrt(vx * vy);
  }

  private static double mean(double[] v) {
    double s = 0;
    for (double d : v) {
      s += d;
    }
    return s / v.length;
  }

  /** Ranks from 1, ties sharing their mean rank. */
  private static double[] ranks(double[] v) {
    Integer[] order = new Integer[v.length];
    for (int i = 0; i < v.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.comparingDouble(i -> v[i]));
    double[] r = new double[v.length];
    int i = 0;
    while (i < order.length) {
      int j = i;
      while (j + 1 < order.length && v[order[j + 1]] == v[order[i]]) {
        j++;
      }
      for (int k = i; k <= j; k++) {
        r[order[k]] = (i + j) / 2.0 + 1;
      }
      i = j + 1;
    }
    return r;
  }
}
