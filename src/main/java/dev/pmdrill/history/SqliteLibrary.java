package dev.pmdrill.history;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * Loads SQLite's native library from a per-user cache. Left alone, sqlite-jdbc copies its 1 MB
 * library out of the jar into a fresh temporary file in every process before loading it, which was
 * a fifth of {@code pmdrill stats}' start. The cached copy is keyed by sqlite-jdbc's version and
 * the platform, written atomically, and checked by size; on any trouble sqlite-jdbc's own
 * extraction is used as before.
 */
public final class SqliteLibrary {
  private static final String PATH_PROPERTY = "org.sqlite.lib.path";
  private static final String NAME_PROPERTY = "org.sqlite.lib.name";

  private static boolean prepared;

  private SqliteLibrary() {}

  /** Before the first connection: point sqlite-jdbc at the cached library in {@code cacheDir}. */
  public static synchronized void useCacheIn(Path cacheDir) {
    if (prepared || System.getProperty(PATH_PROPERTY) != null) {
      return;
    }
    prepared = true;
    try {
      String folder = OSInfo.getNativeLibFolderPathForCurrentOS();
      String name = System.mapLibraryName("sqlitejdbc");
      if (name.endsWith(".jnilib")) {
        name = name.replace(".jnilib", ".dylib"); // as sqlite-jdbc names it on macOS
      }
      URL resource =
          SQLiteJDBCLoader.class.getResource("/org/sqlite/native/" + folder + "/" + name);
      if (resource == null) {
        return;
      }
      Path dir =
          cacheDir.resolve(
              "sqlite-jdbc-" + SQLiteJDBCLoader.getVersion() + "-" + folder.replace('/', '-'));
      Path library = dir.resolve(name);
      URLConnection connection = resource.openConnection();
      long size = connection.getContentLengthLong();
      if (!Files.isRegularFile(library) || size < 0 || Files.size(library) != size) {
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, name, ".tmp");
        try (InputStream in = connection.getInputStream()) {
          Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
          Files.move(
              tmp, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
          Files.deleteIfExists(tmp);
        }
      } else {
        connection.getInputStream().close();
      }
      System.setProperty(PATH_PROPERTY, dir.toString());
      System.setProperty(NAME_PROPERTY, name);
    } catch (IOException | RuntimeException e) {
      // A read-only or full cache: sqlite-jdbc extracts to the temporary folder as it always did.
      System.clearProperty(PATH_PROPERTY);
      System.clearProperty(NAME_PROPERTY);
    }
  }
}
