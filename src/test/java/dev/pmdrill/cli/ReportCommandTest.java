package dev.pmdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pmdrill report --html}: a scripted drill, then the page written beside it. */
class ReportCommandTest {
  @TempDir Path dir;

  private Map<String, String> env() {
    return Map.of(
        "NO_COLOR",
        "1",
        "PMDRILL_HOME",
        dir.resolve("data").toString(),
        "PMDRILL_STATE",
        dir.resolve("state").toString());
  }

  @Test
  void writesTheDrilledAnswersWithTheirEvidenceMarked() throws IOException {
    CliRun.runWithInput(
            dir,
            env(),
            "Revenue per visitor is CTR x conversion x AOV, so 1.10 x 0.95 = 1.045: I would"
                + " launch. <script>alert(document.cookie)</script>\n---\n/skip",
            "drill",
            "-c",
            "ab-conflict",
            "-n",
            "2",
            "--seed",
            "9")
        .expectCode(0);
    Files.createDirectories(dir.resolve("out"));
    CliRun run =
        CliRun.runWithInput(dir, env(), "", "report", "--html", "out/report.html").expectCode(0);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("wrote out/report.html (2 attempts)");
    String page = Files.readString(dir.resolve("out/report.html"), StandardCharsets.UTF_8);
    assertThat(page)
        .startsWith("<!DOCTYPE html>")
        .contains("<h1>pmdrill report</h1>")
        .contains("2 attempts")
        .contains("ab-conflict")
        .contains("<mark")
        .contains("&lt;script&gt;alert(document.cookie)&lt;/script&gt;")
        .doesNotContain("http://")
        .doesNotContain("https://")
        .doesNotContain("<script");
    try (Stream<Path> files = Files.list(dir.resolve("out"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .as("no temporary file left behind")
          .containsExactly("report.html");
    }
  }

  @Test
  void anEmptyHistoryStillWritesAPage() throws IOException {
    CliRun run =
        CliRun.runWithInput(dir, env(), "", "report", "--html", "r.html", "--data-dir", "elsewhere")
            .expectCode(0);
    assertThat(run.err()).contains("wrote r.html (0 attempts)");
    assertThat(Files.readString(dir.resolve("r.html"))).contains("No attempts yet");
  }

  @Test
  void htmlIsRequired() {
    assertThat(CliRun.runWithInput(dir, env(), "", "report").expectCode(ExitCode.USAGE).err())
        .contains("--html");
  }

  @Test
  void aMissingFolderIsAUsageError() {
    assertThat(
            CliRun.runWithInput(dir, env(), "", "report", "--html", "nowhere/report.html")
                .expectCode(ExitCode.USAGE)
                .err())
        .contains("no such folder");
    assertThat(dir.resolve("nowhere")).doesNotExist();
  }
}
