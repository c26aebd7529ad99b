package dev.pmdrill.cli;

import dev.pmdrill.history.HistoryException;
import dev.pmdrill.history.HistoryStore;
import dev.pmdrill.history.SqliteLibrary;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where attempts are kept, and whether to keep this run's. */
final class HistoryOptions {
  @Option(names = "--no-history", description = "Do not store these attempts.")
  boolean noHistory;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description =
          "Keep history here (default: $PMDRILL_HOME, else $XDG_DATA_HOME/pmdrill, else ~/.local/share/pmdrill).")
  String dataDir;

  /** The options as {@code --data-dir DIR} alone would set them (or none, for null). */
  static HistoryOptions at(String dataDir) {
    HistoryOptions options = new HistoryOptions();
    options.dataDir = dataDir;
    return options;
  }

  /**
   * The data directory: --data-dir, PMDRILL_HOME, XDG_DATA_HOME/pmdrill, ~/.local/share/pmdrill.
   */
  Path dataDir(Context context) {
    if (dataDir != null) {
      return context.resolve(dataDir);
    }
    String own = context.env().get("PMDRILL_HOME");
    if (own != null && !own.isBlank()) {
      return Path.of(own);
    }
    String xdg = context.env().get("XDG_DATA_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "pmdrill");
    }
    return Path.of(
        context.env().getOrDefault("HOME", System.getProperty("user.home")),
        ".local",
        "share",
        "pmdrill");
  }

  /**
   * Opens the history, loading SQLite's native library from the cache folder
   * ($XDG_CACHE_HOME/pmdrill, else ~/.cache/pmdrill) so it is not copied out of the jar on every
   * start.
   */
  HistoryStore open(Context context) {
    SqliteLibrary.useCacheIn(cacheDir(context));
    return HistoryStore.open(dataDir(context), context.clock());
  }

  /**
   * Opens the history for a command that reads it: a file moved aside as unreadable is named on
   * stderr, and a history that cannot be opened ends the command with a message naming the file and
   * what to do, never a stack trace.
   */
  HistoryStore openToRead(Context context) {
    HistoryStore store;
    try {
      store = open(context);
    } catch (HistoryException | java.io.UncheckedIOException e) {
      throw unreadable(context, e);
    }
    store.notice().ifPresent(n -> context.err().println("pmdrill: " + n));
    return store;
  }

  /** The message for a history that failed while being read. */
  ExitException unreadable(Context context, RuntimeException e) {
    return new ExitException(
        ExitCode.ERRORS,
        e.getMessage()
            + "\ncheck that "
            + dataDir(context).resolve("history.db")
            + " and its folder can be read and written by you, and that no other program holds"
            + " it locked; or name another folder with --data-dir");
  }

  static Path cacheDir(Context context) {
    String xdg = context.env().get("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "pmdrill");
    }
    return Path.of(
        context.env().getOrDefault("HOME", System.getProperty("user.home")), ".cache", "pmdrill");
  }
}
