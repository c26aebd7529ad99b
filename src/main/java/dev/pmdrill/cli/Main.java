package dev.pmdrill.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

/** The program's entry point: builds the context from the real process, runs, exits. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
    PrintWriter err =
        new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    Context context =
        new Context(
            System.in,
            out,
            err,
            System.console() != null,
            System.getenv(),
            Path.of("").toAbsolutePath(),
            Tty.system(System.console() != null),
            new Completions.BuiltIns(),
            new ColorChoice(),
            Clock.systemDefaultZone());
    int code = Pmdrill.run(context, args);
    context.tty().close();
    out.flush();
    err.flush();
    System.exit(code);
  }
}
