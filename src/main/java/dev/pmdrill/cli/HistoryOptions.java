package dev.pmdrill.cli;

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

  static Path cacheDir(Context context) {
    String xdg = context.env().get("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "pmdrill");
    }
    return Path.of(
        context.env().getOrDefault("HOME", System.getProperty("user.home")), ".cache", "pmdrill");
  }
}
