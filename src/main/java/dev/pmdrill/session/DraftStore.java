package dev.pmdrill.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.LongPredicate;
import java.util.stream.Stream;

/**
 * Keeps the answer being typed on disk so a crash, {@code kill -9} or a closed terminal loses
 * nothing. Each running pmdrill keeps its own draft ({@code draft.PID.txt}), so two terminals never
 * write over each other nor offer back what the other is still typing. Each save writes a temporary
 * file beside the draft and moves it over the draft, so a reader sees the old draft or the new one,
 * never half of one. A draft is never deleted unread: one that cannot be read is kept aside.
 */
public final class DraftStore {
  private static final String PREFIX = "draft.";
  private static final String LEGACY = "draft.txt";
  private static final String SEPARATOR = "---";

  private final Path dir;
  private final Clock clock;
  private final long pid;
  private final LongPredicate running;

  /** A saved answer in progress: its question, text, when it was saved and the time spent. */
  public record Draft(
      String questionId, String text, Instant savedAt, Duration elapsed, Path file) {
    public Draft {
      Objects.requireNonNull(questionId, "questionId");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(savedAt, "savedAt");
      Objects.requireNonNull(elapsed, "elapsed");
      Objects.requireNonNull(file, "file");
    }
  }

  /** The drafts left by runs that ended, newest first, and the unreadable ones kept aside. */
  public record Left(List<Draft> drafts, List<Path> keptAside) {
    public Left {
      drafts = List.copyOf(drafts);
      keptAside = List.copyOf(keptAside);
    }
  }

  public DraftStore(Path dir, Clock clock) {
    this(
        dir,
        clock,
        ProcessHandle.current().pid(),
        p -> ProcessHandle.of(p).map(ProcessHandle::isAlive).orElse(false));
  }

  /** For tests: this run's process id, and which process ids are still running. */
  public DraftStore(Path dir, Clock clock, long pid, LongPredicate running) {
    this.dir = Objects.requireNonNull(dir, "dir");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.pid = pid;
    this.running = Objects.requireNonNull(running, "running");
  }

  /** This run's draft. */
  public Path path() {
    return dir.resolve(PREFIX + pid + ".txt");
  }

  /** Saves the answer so far; an empty answer leaves no draft. */
  public void save(String questionId, String text) {
    save(questionId, text, Duration.ZERO);
  }

  /** Saves the answer so far and the time spent on it; an empty answer leaves no draft. */
  public void save(String questionId, String text, Duration elapsed) {
    if (text.isBlank()) {
      clear();
      return;
    }
    String content =
        "question: "
            + questionId
            + "\nsaved: "
            + clock.instant()
            + "\nelapsed: "
            + elapsed.getSeconds()
            + "\npid: "
            + pid
            + "\n"
            + SEPARATOR
            + "\n"
            + text;
    if (Files.isDirectory(path())) {
      // Not a draft: something else took its name. It is left alone, and the answer stays in
      // memory, to be scored and stored as usual.
      String message =
          "cannot save the draft: "
              + path()
              + " is a folder, not a file (move it away to have drafts kept again)";
      throw new UncheckedIOException(message, new IOException(message));
    }
    try {
      PrivateFiles.folder(dir);
      AtomicFile.write(path(), content);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the draft in " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * The drafts of runs that are no longer running, newest first. A draft that cannot be read is
   * moved aside under a dated name (and listed), never overwritten or deleted.
   */
  public Left load() {
    if (!Files.isDirectory(dir)) {
      return new Left(List.of(), List.of());
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files =
          list.filter(
                  p -> {
                    String name = p.getFileName().toString();
                    return name.equals(LEGACY) || name.startsWith(PREFIX) && name.endsWith(".txt");
                  })
              .toList();
    } catch (IOException e) {
      return new Left(List.of(), List.of());
    }
    PrivateFiles.tighten(dir);
    try (Stream<Path> list = Files.list(dir)) {
      // drafts an older version wrote readable by others, those kept aside included
      list.filter(p -> p.getFileName().toString().startsWith("draft"))
          .forEach(PrivateFiles::tighten);
    } catch (IOException e) {
      // the listing above just worked; nothing more to tighten if it no longer does
    }
    List<Draft> drafts = new ArrayList<>();
    List<Path> aside = new ArrayList<>();
    for (Path file : files) {
      Long owner = ownerOf(file);
      if (owner != null && (owner == pid || running.test(owner))) {
        continue; // being typed in another terminal (or by this run)
      }
      Draft d = read(file);
      if (d != null) {
        drafts.add(d);
      } else {
        try {
          aside.add(keepAside(file, "draft-unreadable-"));
        } catch (UncheckedIOException e) {
          // left where it is, untouched
        }
      }
    }
    drafts.sort(Comparator.comparing(Draft::savedAt).reversed());
    return new Left(drafts, aside);
  }

  private static Long ownerOf(Path file) {
    String name = file.getFileName().toString();
    if (name.equals(LEGACY)) {
      return null;
    }
    try {
      return Long.parseLong(name.substring(PREFIX.length(), name.length() - ".txt".length()));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Draft read(Path file) {
    try {
      String content = Files.readString(file, StandardCharsets.UTF_8);
      int end = content.indexOf("\n" + SEPARATOR + "\n");
      if (end < 0) {
        return null;
      }
      String question = null;
      Instant saved = null;
      Duration elapsed = Duration.ZERO;
      for (String line : content.substring(0, end).split("\n")) {
        if (line.startsWith("question: ")) {
          question = line.substring("question: ".length()).strip();
        } else if (line.startsWith("saved: ")) {
          saved = Instant.parse(line.substring("saved: ".length()).strip());
        } else if (line.startsWith("elapsed: ")) {
          elapsed =
              Duration.ofSeconds(Long.parseLong(line.substring("elapsed: ".length()).strip()));
        }
      }
      if (question == null || saved == null) {
        return null;
      }
      return new Draft(
          question, content.substring(end + SEPARATOR.length() + 2), saved, elapsed, file);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Makes an earlier run's draft this run's own, for the answer it restores. */
  public void takeOver(Draft draft) {
    try {
      AtomicFile.move(draft.file(), path());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot take over the draft " + draft.file() + ": " + e.getMessage(), e);
    }
  }

  /** Moves an earlier run's draft aside under a dated name, where it stays; returns where. */
  public Path keepAside(Draft draft) {
    return keepAside(draft.file(), "draft-");
  }

  /** Moves this run's draft aside under a dated name, where it stays; returns where. */
  public Path keepAside() {
    return keepAside(path(), "draft-");
  }

  private Path keepAside(Path file, String prefix) {
    String stamp = clock.instant().toString().replace(':', '-');
    Path kept = dir.resolve(prefix + stamp + ".txt");
    for (int n = 2; Files.exists(kept); n++) {
      kept = dir.resolve(prefix + stamp + "-" + n + ".txt");
    }
    try {
      AtomicFile.move(file, kept);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the draft as " + kept + ": " + e.getMessage(), e);
    }
    return kept;
  }

  /**
   * Removes this run's draft, once its answer is stored or discarded. A folder in the draft's place
   * is not a draft this run wrote, and is left alone.
   */
  public void clear() {
    if (Files.isDirectory(path(), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      Files.deleteIfExists(path());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot remove the draft " + path() + ": " + e.getMessage(), e);
    }
  }
}
