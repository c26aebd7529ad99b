package dev.pmdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stranger's bank or file may be built to hurt: it is refused quickly, at its line and column,
 * without a stack trace, without growing past a few hundred MB, and without echoing a byte of a
 * file that is not a bank.
 */
class HostileBankTest {
  @TempDir Path dir;

  private static String bank(String terms, String weight) {
    return "format: 1\nbank: b\ntitle: B\nquestions:\n  - id: q\n    category: c\n    prompt: P\n"
        + "    model_answer: x\n    rubric:\n      - concept: c\n"
        + "        weight: "
        + weight
        + "\n        any: ["
        + terms
        + "]\n    examples:\n      - answer: nothing\n        expect: \"0-100\"\n";
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void nestedRepetitionsAreRefusedAtLoadWithTheirPlace() throws IOException {
    Files.writeString(
        dir.resolve("b.yaml"), bank("'/((a{1000}){1000}){1000}/', '/(.{1000}){1000}/'", "1"));
    CliRun run = CliRun.run(dir, "validate", "b.yaml").expectCode(ExitCode.ERRORS);
    assertThat(run.err())
        .contains(
            "b.yaml:12:15: error: the regex term /((a{1000}){1000}){1000}/ nests repetitions"
                + " that multiply to 1000000000 (at most 1000)")
        .contains("b.yaml:12:44: error: the regex term /(.{1000}){1000}/ nests repetitions")
        .doesNotContain("Exception");
  }

  @Test
  void aTermTooLargeToMatchQuicklyIsRefused() throws IOException {
    Files.writeString(dir.resolve("b.yaml"), bank("'/[a-z]{999}[0-9]{999}/'", "1"));
    CliRun run = CliRun.run(dir, "validate", "b.yaml").expectCode(ExitCode.ERRORS);
    assertThat(run.err())
        .contains("b.yaml:12:15: error: the regex term /[a-z]{999}[0-9]{999}/ is too large");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void theMostABankMayAskCostsSecondsOnAHundredKilobyteAnswer() throws IOException {
    // Two of the largest terms allowed: the budget of one file.
    String largest = "'/(.{100}){10}/'";
    String two = String.join(", ", java.util.Collections.nCopies(2, largest));
    Files.writeString(dir.resolve("b.yaml"), bank(two, "1"));
    String answer = "hello world this is an answer ".repeat(100_000 / 30);
    // The work's own CPU time (the command runs on this thread): on a busy machine the wall clock
    // also counts the time other processes held the cores.
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    CliRun.runWithInput(dir, answer, "score", "--bank", "b.yaml", "--question", "q")
        .expectCode(ExitCode.OK);
    long millis = (threads.getCurrentThreadCpuTime() - start) / 1_000_000;
    assertThat(millis).as("scoring a 100 KB answer, ms of CPU").isLessThan(10_000);
    // One more is over the file's budget, and refused at the term that goes over.
    String three = String.join(", ", java.util.Collections.nCopies(3, largest));
    Files.writeString(dir.resolve("b.yaml"), bank(three, "1"));
    CliRun refused = CliRun.run(dir, "validate", "b.yaml").expectCode(ExitCode.ERRORS);
    assertThat(refused.err())
        .contains("b.yaml:12:51: error: the regex terms of this file add up to about 3000 steps");
  }

  @Test
  void notANumberAndInfinityAreErrorsAtTheirPlace() throws IOException {
    Files.writeString(dir.resolve("b.yaml"), bank("x", ".nan"));
    CliRun nan = CliRun.run(dir, "validate", "b.yaml").expectCode(ExitCode.ERRORS);
    assertThat(nan.err())
        .contains("b.yaml:11:17: error: 'weight' must be a number above 0, not .nan")
        .doesNotContain("Exception");
    Files.writeString(dir.resolve("b.yaml"), bank("x", "-.Inf"));
    CliRun inf = CliRun.run(dir, "validate", "b.yaml").expectCode(ExitCode.ERRORS);
    assertThat(inf.err()).contains("b.yaml:11:17: error: 'weight' must be a number above 0");
    Files.writeString(dir.resolve("b.yaml"), bank("x", "0x10"));
    CliRun.run(dir, "validate", "b.yaml").expectCode(ExitCode.OK);
    Files.writeString(
        dir.resolve("b.yaml"),
        bank("x", "1").replace("    prompt: P\n", "    prompt: P\n    time: .nan\n"));
    CliRun time = CliRun.run(dir, "validate", "b.yaml").expectCode(ExitCode.ERRORS);
    assertThat(time.err())
        .contains(
            "b.yaml:8:11: error: 'time' must be a time such as 90s, 6m, 1m30s or 1h, not '.nan'")
        .doesNotContain("NaNs")
        .doesNotContain("Exception");
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void anEndlessDeviceIsReadOnlyUpToTheLimit() {
    assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero on this system");
    CliRun run = CliRun.run(dir, "validate", "/dev/zero").expectCode(ExitCode.ERRORS);
    assertThat(run.err())
        .contains(
            "/dev/zero:1:1: error: the file is larger than 5 MB, the most a bank file may be");
    CliRun answer =
        CliRun.run(dir, "score", "--question", "ab-ctr-up-aov-down", "--answer-file", "/dev/zero")
            .expectCode(ExitCode.USAGE);
    assertThat(answer.err()).contains("longer than the limit of 1 MiB").doesNotContain("no such");
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void aFifoFedForeverIsReadOnlyUpToTheLimit() throws Exception {
    Path fifo = dir.resolve("fifo.yaml");
    Process made = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeTrue(made.waitFor() == 0, "mkfifo is not available");
    Thread writer =
        new Thread(
            () -> {
              byte[] chunk = "y\n".repeat(4096).getBytes(java.nio.charset.StandardCharsets.UTF_8);
              try (OutputStream out = Files.newOutputStream(fifo)) {
                while (true) {
                  out.write(chunk);
                }
              } catch (IOException e) {
                // the reader closed the pipe: done
              }
            });
    writer.setDaemon(true);
    writer.start();
    CliRun run = CliRun.run(dir, "validate", "fifo.yaml").expectCode(ExitCode.ERRORS);
    assertThat(run.err()).contains("fifo.yaml:1:1: error: the file is larger than 5 MB");
  }

  @Test
  void aLinkOutOfTheFolderIsRefusedAndNothingOfItsTargetIsShown() throws IOException {
    Path secret = dir.resolve(".env");
    Files.writeString(secret, "SECRET_TOKEN=abcdefghijklmnopqrstuvwxyz0123456789\n");
    Path banks = Files.createDirectories(dir.resolve("banks"));
    Files.createSymbolicLink(banks.resolve("leak.yaml"), secret);
    Files.writeString(banks.resolve("broken.yaml"), "format: 1\nbank: b\nquestions: 7\n");
    for (String format : new String[] {"text", "github", "json"}) {
      CliRun run = CliRun.run(dir, "validate", "--format", format, "banks");
      // the link is one problem among the folder's: the other files are still validated
      assertThat(run.code()).isEqualTo(ExitCode.ERRORS);
      assertThat(run.out() + run.err()).contains("leak.yaml").contains("broken.yaml");
      assertThat(run.out() + run.err())
          .contains("leads outside the folder")
          .doesNotContain("SECRET_TOKEN")
          .doesNotContain("abcdefghij");
    }
  }

  @Test
  void aFileThatIsNotABankIsNeverEchoed() throws IOException {
    Files.writeString(dir.resolve("env.yaml"), "SECRET_TOKEN=abcdefghijklmnopqrstuvwxyz\n");
    Files.writeString(
        dir.resolve("ci.yaml"), "password: hunter2hunter2\napi_key: abcdefghijklmnop\n");
    for (String format : new String[] {"text", "github", "json"}) {
      CliRun run =
          CliRun.run(dir, "validate", "--format", format, "env.yaml", "ci.yaml")
              .expectCode(ExitCode.ERRORS);
      assertThat(run.out() + run.err())
          .contains("env.yaml")
          .contains("ci.yaml")
          .contains("is not a pmdrill bank")
          .doesNotContain("SECRET")
          .doesNotContain("abcdefgh")
          .doesNotContain("password")
          .doesNotContain("hunter2")
          .doesNotContain("api_key");
    }
  }
}
