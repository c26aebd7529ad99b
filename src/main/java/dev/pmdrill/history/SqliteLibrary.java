package dev.pmdrill.history;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * Loads SQLite's native library from a per-user cache. Left alone, sqlite-jdbc copies its 1 MB
 * library out of the jar into a fresh temporary file in every process before loading it, which was
 * a fifth of {@code pmdrill stats}' start.
 *
 * <p>The cached copy is keyed by sqlite-jdbc's version and the JVM's own os.name and os.arch, so
 * finding it costs one file check: sqlite-jdbc's exact platform detection (which starts a {@code
 * uname} process and reads /proc) runs only when the copy is written. The copy is written
 * atomically and loaded here before sqlite-jdbc is pointed at it; one that does not load (damaged,
 * or built for another C library on a shared home) is written again from the jar, and on any
 * further trouble sqlite-jdbc's own extraction is used as before.
 */
public final class SqliteLibrary {
  private static final String PATH_PROPERTY = "org.sqlite.lib.path";
  private static final String NAME_PROPERTY = "org.sqlite.lib.name";
  private static final String TMPDIR_PROPERTY = "org.sqlite.tmpdir";

  private static boolean prepared;

  private SqliteLibrary() {}

  /** Before the first connection: point sqlite-jdbc at the cached library in {@code cacheDir}. */
  public static synchronized void useCacheIn(Path cacheDir) {
    if (prepared || System.getProperty(PATH_PROPERTY) != null) {
      return;
    }
    prepared = true;
    try {
      Path library = cacheDir.resolve(folder()).resolve(fileName());
      if (!(Files.isRegularFile(library) && loads(library))) {
        Optional<Path> written = extract(library);
        if (written.isEmpty() || !loads(written.get())) {
          return;
        }
      }
      System.setProperty(PATH_PROPERTY, library.getParent().toString());
      System.setProperty(NAME_PROPERTY, library.getFileName().toString());
      // sqlite-jdbc's first connection lists this folder for libraries left by crashed processes
      // (by default the system's temporary folder, thousands of entries on many machines, 10 ms);
      // nothing is ever extracted to it once the cached library is in use.
      System.setProperty(TMPDIR_PROPERTY, library.getParent().toString());
    } catch (IOException | RuntimeException e) {
      // A read-only or full cache: sqlite-jdbc extracts to the temporary folder as it always did.
    }
  }

  /** The cache folder's name for this sqlite-jdbc and platform, safe as a file name. */
  static String folder() {
    String platform = System.getProperty("os.name") + "-" + System.getProperty("os.arch");
    return "sqlite-jdbc-"
        + SQLiteJDBCLoader.getVersion()
        + "-"
        + platform.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "_");
  }

  /** The library's file name as sqlite-jdbc ships it for this operating system. */
  static String fileName() {
    String name = System.mapLibraryName("sqlitejdbc");
    // sqlite-jdbc names its macOS library .dylib where older JVMs map to .jnilib
    return name.endsWith(".jnilib") ? name.replace(".jnilib", ".dylib") : name;
  }

  /**
   * Copies the library sqlite-jdbc ships for this exact platform to {@code library}, atomically;
   * empty when the jar holds none.
   */
  static Optional<Path> extract(Path library) throws IOException {
    String resource =
        "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + fileName();
    try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
      if (in == null) {
        return Optional.empty();
      }
      Path dir = library.getParent();
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, library.getFileName().toString(), ".tmp");
      try {
        Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(
            tmp, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(tmp);
      }
      return Optional.of(library);
    }
  }

  /**
   * Whether the library loads. Once loaded here, sqlite-jdbc's own load of the same file is a
   * no-op, as both classes share a class loader.
   */
  private static boolean loads(Path library) {
    try {
      System.load(library.toAbsolutePath().toString());
      return true;
    } catch (UnsatisfiedLinkError e) {
      return false;
    }
  }
}
