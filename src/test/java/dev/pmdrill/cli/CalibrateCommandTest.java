package dev.pmdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code pmdrill calibrate}, run in process. */
class CalibrateCommandTest {
  @TempDir Path dir;

  /**
   * calibrate's last line gives what the project's rank-check script printed for a bank: the same
   * examples scored through {@code score --batch}, then in-range, Spearman's rho with tied ranks
   * averaged, and same-question pairs in order (ties half), computed here as the script does.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "src/test/resources/calibration/calibration.yaml",
        "questions/ab-conflict.yaml",
        "questions/guesstimate.yaml",
        "questions/culture-fit.yaml"
      })
  void theTotalIsWhatRankCheckPrints(String bank) throws IOException {
    String expected = rankCheck(bank);
    CliRun run = CliRun.run(Path.of("."), "calibrate", bank).expectCode(ExitCode.OK);
    String last = run.out().strip().lines().reduce((a, b) -> b).orElseThrow();
    assertThat(last).endsWith(": " + expected);
    JsonNode json =
        new ObjectMapper()
            .readTree(CliRun.run(Path.of("."), "calibrate", "--format", "json", bank).out());
    JsonNode total = json.path("total");
    assertThat(
            String.format(
                Locale.ROOT,
                "in-range %d/%d spearman %.3f pairwise %.3f",
                total.path("in_range").asInt(),
                total.path("examples").asInt(),
                total.path("spearman").asDouble(),
                total.path("pairwise").asDouble()))
        .isEqualTo(expected);
  }

  @Test
  void theBuiltInBanksByDefault() {
    CliRun run = CliRun.run(dir, "calibrate").expectCode(ExitCode.OK);
    assertThat(run.out())
        .contains("questions/ab-conflict.yaml")
        .contains("ab-ctr-up-aov-down (ab-conflict)")
        .containsPattern(
            "total, \\d+ files, \\d+ questions: in-range \\d+/\\d+ spearman 0\\.\\d{3}");
  }

  @Test
  void jsonHasEverySectionPerQuestion() throws IOException {
    CliRun run =
        CliRun.run(CalibrateGoldenTest.ROOT, "calibrate", "--format", "json", "flags.yaml")
            .expectCode(ExitCode.OK);
    JsonNode q =
        new ObjectMapper().readTree(run.out()).path("files").get(0).path("questions").get(0);
    assertThat(q.path("id").asText()).isEqualTo("pricing-tiers");
    assertThat(q.path("placeholders").asInt()).isEqualTo(1);
    assertThat(q.path("examples").asInt()).isEqualTo(3);
    assertThat(q.path("scored_examples")).hasSize(3);
    assertThat(q.path("scored_examples").get(0).path("in_range").asBoolean()).isFalse();
    List<String> flags = new ArrayList<>();
    q.path("criteria")
        .forEach(c -> flags.add(c.path("name").asText() + "=" + c.path("flag").asText()));
    assertThat(flags)
        .contains(
            "Says the word price=met by all",
            "Mentions a moon landing=met by none",
            "Says it is simple=weak > strong",
            "Names the margin=null");
    assertThat(q.path("unmatched_terms").toString()).contains("moon landing").contains("毛利");
    assertThat(q.path("near_edge").get(0).path("example").asInt()).isEqualTo(2);
  }

  @Test
  void aBankThatDoesNotLoadIsLeftOutWithItsProblemsAndExitOne() throws IOException {
    Files.writeString(dir.resolve("bad.yaml"), "format: 1\nbank: bad\n");
    Files.copy(CalibrateGoldenTest.ROOT.resolve("team.yaml"), dir.resolve("team.yaml"));
    CliRun run = CliRun.run(dir, "calibrate", "bad.yaml", "team.yaml").expectCode(ExitCode.ERRORS);
    assertThat(run.err())
        .contains("bad.yaml:1:1: error: a bank file needs 'title'")
        .contains("files with errors were left out");
    assertThat(run.out()).contains("team.yaml").doesNotContain("bad.yaml");
  }

  @Test
  void usageErrors() {
    assertThat(CliRun.run(dir, "calibrate", "nope.yaml").expectCode(ExitCode.USAGE).err())
        .contains("pmdrill calibrate: no such file or folder: nope.yaml");
    assertThat(
            CliRun.run(dir, "calibrate", "--min-pairwise", "1.5").expectCode(ExitCode.USAGE).err())
        .contains("--min-pairwise must be between 0 and 1, not 1.5");
    assertThat(CliRun.run(dir, "calibrate", "--format", "xml").expectCode(ExitCode.USAGE).err())
        .contains("--format");
  }

  @Test
  void aMissedMinimumExitsOneAndSaysWhich() {
    Path team = CalibrateGoldenTest.ROOT.resolve("flags.yaml").toAbsolutePath();
    CliRun run =
        CliRun.run(
                dir,
                "calibrate",
                "--min-pairwise",
                "0.9",
                "--min-in-range",
                "1",
                "--min-spearman",
                "0.5",
                team.toString())
            .expectCode(ExitCode.ERRORS);
    assertThat(run.err())
        .contains("pairwise 0.500 is below --min-pairwise 0.9")
        .contains("in-range 2/3 is below --min-in-range 1.0")
        .contains("spearman n/a is below --min-spearman 0.5");
    CliRun.run(dir, "calibrate", "--min-pairwise", "0.5", team.toString()).expectCode(ExitCode.OK);
  }

  /** The rank-check script's procedure and figures, on the in-process score --batch. */
  private static String rankCheck(String bank) throws IOException {
    JsonNode doc = new YAMLMapper().readTree(Path.of(bank).toFile());
    List<String> ids = new ArrayList<>();
    List<String> questions = new ArrayList<>();
    List<double[]> ranges = new ArrayList<>();
    StringBuilder batch = new StringBuilder();
    ObjectMapper json = new ObjectMapper();
    for (JsonNode q : doc.path("questions")) {
      int n = 0;
      for (JsonNode ex : q.path("examples")) {
        String id = q.path("id").asText() + "#" + n++;
        ids.add(id);
        questions.add(q.path("id").asText());
        ranges.add(expect(ex.path("expect").asText()));
        ObjectNode line = json.createObjectNode();
        line.put("id", id)
            .put("question", q.path("id").asText())
            .put("answer", ex.path("answer").asText());
        batch.append(json.writeValueAsString(line)).append('\n');
      }
    }
    CliRun run =
        CliRun.runWithInput(
            Path.of("."), batch.toString(), "score", "--batch", "-", "--bank", bank);
    Map<String, Double> scores = new HashMap<>();
    for (String line : run.out().lines().toList()) {
      JsonNode r = json.readTree(line);
      scores.put(r.path("id").asText(), r.path("score").asDouble());
    }
    assertThat(scores).hasSize(ids.size());
    int inRange = 0;
    double[] grades = new double[ids.size()];
    double[] got = new double[ids.size()];
    for (int i = 0; i < ids.size(); i++) {
      double s = scores.get(ids.get(i));
      inRange += ranges.get(i)[0] <= s && s <= ranges.get(i)[1] ? 1 : 0;
      grades[i] = (ranges.get(i)[0] + ranges.get(i)[1]) / 2;
      got[i] = s;
    }
    double agree = 0;
    double total = 0;
    for (int a = 0; a < ids.size(); a++) {
      for (int b = 0; b < ids.size(); b++) {
        if (questions.get(a).equals(questions.get(b)) && grades[a] > grades[b]) {
          total++;
          agree += got[a] > got[b] ? 1 : got[a] == got[b] ? 0.5 : 0;
        }
      }
    }
    return String.format(
        Locale.ROOT,
        "in-range %d/%d spearman %.3f pairwise %.3f",
        inRange,
        ids.size(),
        spearman(grades, got),
        total == 0 ? 1.0 : agree / total);
  }

  private static double[] expect(String text) {
    Matcher m =
        Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*-\\s*(\\d+(?:\\.\\d+)?)").matcher(text.strip());
    if (m.matches()) {
      return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))};
    }
    m = Pattern.compile(">=\\s*(\\d+(?:\\.\\d+)?)").matcher(text.strip());
    if (m.matches()) {
      return new double[] {Double.parseDouble(m.group(1)), 100};
    }
    m = Pattern.compile("<=\\s*(\\d+(?:\\.\\d+)?)").matcher(text.strip());
    assertThat(m.matches()).as("expect %s", text).isTrue();
    return new double[] {0, Double.parseDouble(m.group(1))};
  }

  private static double[] ranks(double[] values) {
    Integer[] order = new Integer[values.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (x, y) -> Double.compare(values[x], values[y]));
    double[] result = new double[values.length];
    int i = 0;
    while (i < order.length) {
      int j = i;
      while (j + 1 < order.length && values[order[j + 1]] == values[order[i]]) {
        j++;
      }
      for (int k = i; k <= j; k++) {
        result[order[k]] = (i + j) / 2.0 + 1;
      }
      i = j + 1;
    }
    return result;
  }

  private static double spearman(double[] xs, double[] ys) {
    double[] rx = ranks(xs);
    double[] ry = ranks(ys);
    double mx = java.util.Arrays.stream(rx).average().orElse(0);
    double my = java.util.Arrays.stream(ry).average().orElse(0);
    double cov = 0;
    double vx = 0;
    double vy = 0;
    for (int i = 0; i < rx.length; i++) {
      cov += (rx[i] - mx) * (ry[i] - my);
      vx += (rx[i] - mx) * (rx[i] - mx);
      vy += (ry[i] - my) * (ry[i] - my);
    }
    return vx > 0 && vy > 0 ? cov / Math.sqrt(vx * vy) : 0.0;
  }
}
