package dev.pmdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code drill --due} at fixed times: the clock reaches the command through its context. */
class DueDrillTest {
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  @TempDir Path dir;

  private CliRun at(Instant when, String stdin, String... args) {
    Map<String, String> env =
        Map.of(
            "NO_COLOR", "1",
            "PMDRILL_HOME", dir.resolve("data").toString(),
            "PMDRILL_STATE", dir.resolve("state").toString());
    return CliRun.runAt(Clock.fixed(when, ZoneOffset.UTC), dir, env, stdin, args);
  }

  @Test
  void aQuestionComesDueOnlyWhenItsTimeHasCome() {
    String question = "ab-novelty-effect";
    at(T0, "It depends.", "drill", "-q", question, "--script").expectCode(ExitCode.OK);

    CliRun sameDay = at(T0.plus(Duration.ofMinutes(5)), "", "drill", "--due", "--script");
    sameDay.expectCode(ExitCode.OK);
    assertThat(sameDay.out() + sameDay.err()).contains("nothing is due for review now");

    CliRun later =
        at(T0.plus(Duration.ofDays(60)), "It depends again.", "drill", "--due", "--script");
    later.expectCode(ExitCode.OK);
    assertThat(later.out()).contains(question);
  }
}
