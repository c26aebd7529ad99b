package dev.pmdrill.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps the answer being typed on disk so a crash, {@code kill -9} or a closed terminal loses
 * nothing. Each save writes a temporary file beside the draft and moves it over the draft, so a
 * reader sees the old draft or the new one, never half of one.
 */
public final class DraftStore {
  static final String FILE = "draft.txt";
  private static final String SEPARATOR = "---";

  private final Path dir;
  private final Clock clock;

  /** A saved answer in progress. */
  public record Draft(String questionId, String text, Instant savedAt) {
    public Draft {
      Objects.requireNonNull(questionId, "questionId");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(savedAt, "savedAt");
    }
  }

  public DraftStore(Path dir, Clock clock) {
    this.dir = dir;
    this.clock = clock;
  }

  public Path path() {
    return dir.resolve(FILE);
  }

  /** Saves the answer so far; an empty answer leaves no draft. */
  public void save(String questionId, String text) {
    if (text.isBlank()) {
      clear();
      return;
    }
    String content =
        "question: " + questionId + "\nsaved: " + clock.instant() + "\n" + SEPARATOR + "\n" + text;
    try {
      PrivateFiles.folder(dir);
      AtomicFile.write(path(), content);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the draft in " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The draft left by an earlier run, if any; an unreadable one is kept aside, never deleted. */
  public Optional<Draft> load() {
    Path file = path();
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      String content = Files.readString(file, StandardCharsets.UTF_8);
      int end = content.indexOf("\n" + SEPARATOR + "\n");
      String[] header = content.substring(0, Math.max(0, end)).split("\n");
      if (end < 0
          || header.length < 2
          || !header[0].startsWith("question: ")
          || !header[1].startsWith("saved: ")) {
        return Optional.empty();
      }
      return Optional.of(
          new Draft(
              header[0].substring("question: ".length()).strip(),
              content.substring(end + SEPARATOR.length() + 2),
              Instant.parse(header[1].substring("saved: ".length()).strip())));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Moves the draft aside under a dated name, where it stays; returns where. */
  public Path keepAside() {
    Path kept = dir.resolve("draft-" + clock.instant().toString().replace(':', '-') + ".txt");
    try {
      AtomicFile.move(path(), kept);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the draft as " + kept + ": " + e.getMessage(), e);
    }
    return kept;
  }

  public void clear() {
    try {
      Files.deleteIfExists(path());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot remove the draft " + path() + ": " + e.getMessage(), e);
    }
  }
}
