package dev.pmdrill.cli;

import dev.pmdrill.tui.Countdown;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.utils.Status;

/**
 * Takes a multi-line answer in the line editor while a countdown runs in the status line. Enter
 * adds a line; a line holding only "." (or Ctrl-D) submits; "/hint", "/skip" and "/time" are
 * commands, not answer text. Every line goes to the draft sink at once, and the text typed so far
 * every few seconds, so nothing typed is lost.
 */
public final class AnswerEditor {
  public static final String FOOTER =
      "Enter: new line   '.' alone or Ctrl-D: submit   /hint /time /skip   Ctrl-C: discard";

  private final Terminal terminal;
  private final LineReader reader;
  private final Clock clock;
  private final boolean color;

  /** What the candidate did: submitted text, skipped, or discarded the answer. */
  public record Outcome(String text, Duration used, boolean skipped, boolean discarded) {}

  public AnswerEditor(Terminal terminal, LineReader reader, Clock clock, boolean color) {
    this.terminal = terminal;
    this.reader = reader;
    this.clock = clock;
    this.color = color;
  }

  /**
   * Reads one answer.
   *
   * @param intro the question, printed once the status line is up
   * @param draft the text restored from a draft, or "" to start empty
   * @param drafts receives the whole answer so far, on every line and every few seconds
   * @param strict when true the answer is submitted as it stands when time is up
   */
  public Outcome read(
      String intro,
      String label,
      Optional<Duration> limit,
      List<String> hints,
      String draft,
      boolean strict,
      Consumer<String> drafts) {
    return read(intro, label, limit, hints, draft, Duration.ZERO, strict, drafts);
  }

  /**
   * Reads one answer whose clock already ran for {@code before} (a restored draft's time).
   *
   * @see #read(String, String, Optional, List, String, boolean, Consumer)
   */
  public Outcome read(
      String intro,
      String label,
      Optional<Duration> limit,
      List<String> hints,
      String draft,
      Duration before,
      boolean strict,
      Consumer<String> drafts) {
    List<String> lines =
        new java.util.concurrent.CopyOnWriteArrayList<>(
            draft.isEmpty() ? List.<String>of() : draft.lines().toList());
    Instant start = clock.instant().minus(before);
    Status status = Status.getStatus(terminal, true);
    synchronized (terminal) {
      status.resize(); // the pane may have changed size since the last answer
    }
    ScheduledExecutorService ticker =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "pmdrill-countdown");
              t.setDaemon(true);
              return t;
            });
    int[] hintsShown = {0};
    java.util.concurrent.atomic.AtomicBoolean timeUp =
        new java.util.concurrent.atomic.AtomicBoolean();
    Runnable tick =
        () -> {
          Duration used = Duration.between(start, clock.instant());
          synchronized (terminal) {
            status.update(List.of(Countdown.line(label + "   " + FOOTER, used, limit, color)));
          }
          drafts.accept(current(lines, reader));
          if (strict
              && limit.isPresent()
              && used.compareTo(limit.get()) >= 0
              && !timeUp.getAndSet(true)) {
            // Time is up: interrupt the line editor the way Ctrl-C would; the interruption carries
            // the line being typed, and the answer is submitted as it stands.
            terminal.raise(Terminal.Signal.INT);
          }
        };
    try {
      // The status line takes its row before anything is printed, so the question scrolls above
      // it instead of under it.
      tick.run();
      terminal.writer().print(intro);
      if (!lines.isEmpty()) {
        terminal.writer().println("(restored draft)");
        lines.forEach(l -> terminal.writer().println("  | " + l));
      }
      terminal.flush();
      ticker.scheduleAtFixedRate(
          () -> {
            try {
              tick.run();
            } catch (RuntimeException e) {
              // A missed tick only delays the clock by a second; the next one redraws it.
            }
          },
          1,
          1,
          TimeUnit.SECONDS);
      String pending = "";
      while (true) {
        String line;
        try {
          line = reader.readLine("  | ", null, pending);
          pending = "";
        } catch (EndOfFileException e) {
          break;
        } catch (UserInterruptException e) {
          if (timeUp.get()) {
            if (!e.getPartialLine().isBlank()) {
              lines.addAll(e.getPartialLine().lines().toList());
            }
            terminal.writer().println();
            terminal.writer().println("  (time is up: the answer is submitted as it stands)");
            break;
          }
          // The half-typed line stays with the answer unless the candidate discards it all.
          pending = e.getPartialLine() == null ? "" : e.getPartialLine();
          if (confirmDiscard(lines, pending)) {
            return new Outcome(String.join("\n", lines), used(start), false, true);
          }
          continue;
        }
        String command = line.strip();
        if (command.equals(".")) {
          break;
        }
        if (command.equals("/skip")) {
          return new Outcome(String.join("\n", lines), used(start), true, false);
        }
        if (command.equals("/time")) {
          terminal.writer().println("  (" + Countdown.text(used(start), limit) + ")");
          continue;
        }
        if (command.equals("/hint")) {
          if (hintsShown[0] < hints.size()) {
            terminal
                .writer()
                .println(
                    "  hint "
                        + (hintsShown[0] + 1)
                        + "/"
                        + hints.size()
                        + ": "
                        + hints.get(hintsShown[0]));
            hintsShown[0]++;
          } else {
            terminal
                .writer()
                .println(hints.isEmpty() ? "  (this question has no hints)" : "  (no more hints)");
          }
          continue;
        }
        lines.addAll(line.lines().toList());
        if (line.isEmpty()) {
          lines.add("");
        }
        drafts.accept(String.join("\n", lines));
        if (timeUp.get()
            || strict && limit.isPresent() && used(start).compareTo(limit.get()) >= 0) {
          terminal.writer().println("  (time is up: the answer is submitted as it stands)");
          break;
        }
      }
      return new Outcome(String.join("\n", lines).strip(), used(start), false, false);
    } finally {
      ticker.shutdownNow();
      synchronized (terminal) {
        // No status lines at all, not one blank line: jline's Status is one per terminal, and
        // this gives the rows back and leaves it in step for the next answer. (A blank line and
        // close() put the scroll region back behind its back, so the next countdown was drawn on
        // the input row once the screen was full.)
        status.update(List.of());
      }
      terminal.flush();
    }
  }

  private Duration used(Instant start) {
    return Duration.between(start, clock.instant());
  }

  private boolean confirmDiscard(List<String> lines, String pending) {
    int count = lines.size() + (pending.isBlank() ? 0 : 1);
    if (count == 0) {
      return true;
    }
    try {
      String answer =
          reader.readLine(
              "Discard the " + (count == 1 ? "line" : count + " lines") + " typed so far? [y/N] ");
      return answer.strip().equalsIgnoreCase("y") || answer.strip().equalsIgnoreCase("yes");
    } catch (UserInterruptException | EndOfFileException e) {
      return false;
    }
  }

  /** The answer so far, with the line being edited; read from the ticker thread, so defensive. */
  private static String current(List<String> lines, LineReader reader) {
    String partial;
    try {
      partial = reader.getBuffer().toString();
    } catch (RuntimeException e) {
      partial = "";
    }
    List<String> copy = new ArrayList<>(lines);
    if (!partial.isEmpty()) {
      copy.add(partial);
    }
    return String.join("\n", copy);
  }
}
