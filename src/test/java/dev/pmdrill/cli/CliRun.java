package dev.pmdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** One in-process run of the command tree: its exit code and the text of both streams. */
record CliRun(int code, String out, String err) {

  static CliRun run(Path workDir, String... args) {
    return run(workDir, Map.of("NO_COLOR", "1"), args);
  }

  static CliRun run(Path workDir, Map<String, String> env, String... args) {
    return runWithInput(workDir, env, "", args);
  }

  static CliRun runWithInput(Path workDir, String stdin, String... args) {
    return runWithInput(workDir, Map.of("NO_COLOR", "1"), stdin, args);
  }

  /**
   * The built-in banks every in-process run of this JVM reads, loaded once, as the shell's commands
   * share them: they are the jar's resources and no run changes them.
   */
  static final Completions.BuiltIns BUILT_INS = new Completions.BuiltIns();

  /** A context with no input, writers that keep what they get, and no terminal, in {@code dir}. */
  static Context quietContext(Path dir) {
    return new Context(
        new java.io.ByteArrayInputStream(new byte[0]),
        new PrintWriter(new StringWriter(), true),
        new PrintWriter(new StringWriter(), true),
        false,
        Map.of("NO_COLOR", "1"),
        dir,
        Tty.none(),
        BUILT_INS,
        new ColorChoice(),
        Clock.systemUTC());
  }

  /** What picocli's completion offers after {@code words}, the last of them being typed. */
  static java.util.List<String> completions(picocli.CommandLine cli, String... words) {
    java.util.List<CharSequence> found = new java.util.ArrayList<>();
    String last = words[words.length - 1];
    picocli.AutoComplete.complete(
        cli.getCommandSpec(), words, words.length - 1, last.length(), 0, found);
    return found.stream().map(CharSequence::toString).toList();
  }

  /** Standard output as JSON Lines: one JSON value per line. */
  java.util.List<com.fasterxml.jackson.databind.JsonNode> jsonLines() {
    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();
    return out.lines()
        .map(
            line -> {
              try {
                return json.readTree(line);
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            })
        .toList();
  }

  /** The time every in-process run sees unless a test gives its own clock. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC);

  static CliRun runWithInput(
      Path workDir, Map<String, String> givenEnv, String stdin, String... args) {
    return runAt(CLOCK, workDir, givenEnv, stdin, args);
  }

  /** A run at the time {@code clock} gives: the clock reaches every command through the context. */
  static CliRun runAt(
      Clock clock, Path workDir, Map<String, String> givenEnv, String stdin, String... args) {
    // Every run keeps its history, drafts, cache and home in a scratch folder unless the test
    // names one: a test never reads or writes the real user's folders.
    Map<String, String> env = new java.util.HashMap<>(givenEnv);
    try {
      Path scratch = java.nio.file.Files.createTempDirectory("pmdrill-test");
      for (Map.Entry<String, String> own : scratchEnvironment(scratch).entrySet()) {
        env.putIfAbsent(own.getKey(), own.getValue());
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Context context =
        new Context(
            new java.io.ByteArrayInputStream(
                stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            false,
            env,
            workDir,
            Tty.none(),
            BUILT_INS,
            new ColorChoice(),
            clock);
    int code = Pmdrill.run(context, args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /**
   * HOME, every XDG folder and pmdrill's own folders inside {@code scratch}: what a test run sets
   * so that nothing reaches the real user's folders.
   */
  static Map<String, String> scratchEnvironment(Path scratch) {
    return Map.of(
        "HOME", scratch.resolve("home").toString(),
        "XDG_DATA_HOME", scratch.resolve("xdg-data").toString(),
        "XDG_STATE_HOME", scratch.resolve("xdg-state").toString(),
        "XDG_CACHE_HOME", scratch.resolve("xdg-cache").toString(),
        "XDG_CONFIG_HOME", scratch.resolve("xdg-config").toString(),
        "PMDRILL_HOME", scratch.resolve("data").toString(),
        "PMDRILL_STATE", scratch.resolve("state").toString());
  }

  /** Fails with both streams in the message, so a broken run explains itself. */
  CliRun expectCode(int expected) {
    assertThat(code)
        .as("exit code\n--- stdout:\n%s\n--- stderr:\n%s", out, err)
        .isEqualTo(expected);
    if (expected != ExitCode.OK) {
      assertThat(err).as("a failing run says why on stderr").isNotBlank();
    }
    return this;
  }
}
