package dev.pmdrill.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The interactive terminal, opened on first use and shared by the shell and the commands it runs,
 * so a drill started in the shell edits in the same terminal. Absent when pmdrill is not attached
 * to one (pipes, CI, tests): commands then run in scripted mode.
 */
final class Tty {
  private final boolean available;
  private Terminal terminal;
  private LineReader reader;

  private Tty(boolean available) {
    this.available = available;
  }

  static Tty system(boolean attached) {
    return new Tty(attached);
  }

  static Tty none() {
    return new Tty(false);
  }

  boolean available() {
    return available;
  }

  synchronized Optional<Terminal> terminal() {
    if (!available) {
      return Optional.empty();
    }
    if (terminal == null) {
      try {
        terminal =
            TerminalBuilder.builder().system(true).name("pmdrill").providers("jni,exec").build();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot open the terminal: " + e.getMessage(), e);
      }
    }
    return Optional.of(terminal);
  }

  /** A plain line reader for answers and questions; the shell builds its own with completion. */
  synchronized LineReader reader() {
    if (reader == null) {
      reader =
          LineReaderBuilder.builder()
              .terminal(terminal().orElseThrow())
              .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
              .build();
    }
    return reader;
  }

  synchronized void close() {
    if (terminal != null) {
      try {
        terminal.close();
      } catch (IOException e) {
        // closing the terminal on the way out; nothing is left to lose
      }
    }
  }
}
