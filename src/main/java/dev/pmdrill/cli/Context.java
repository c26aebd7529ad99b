package dev.pmdrill.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * What a command may touch of the outside world, handed in so tests can run every command in
 * process: standard input, the two writers, whether stdout is a terminal, the environment, the
 * working folder and the clock (its zone is the one dates are shown in).
 */
record Context(
    InputStream in,
    PrintWriter out,
    PrintWriter err,
    boolean terminal,
    Map<String, String> env,
    Path workDir,
    Tty tty,
    Completions.BuiltIns builtIns,
    ColorChoice colorChoice,
    Clock clock) {
  Context {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    env = Map.copyOf(env);
    Objects.requireNonNull(workDir, "workDir");
    Objects.requireNonNull(tty, "tty");
    Objects.requireNonNull(builtIns, "builtIns");
    Objects.requireNonNull(colorChoice, "colorChoice");
    Objects.requireNonNull(clock, "clock");
  }

  /** Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
  boolean color() {
    return terminal && !env.containsKey("NO_COLOR") && !colorChoice.off();
  }

  Path resolve(String path) {
    return workDir.resolve(path);
  }
}
