package dev.pmdrill.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * The cache's file work. Loading is left to the stores' tests: a test JVM loads SQLite's library
 * once, from wherever its first store found it.
 */
class SqliteLibraryTest {
  @TempDir Path dir;

  @Test
  void theFolderNamesTheVersionAndPlatformAsOneSafeFileName() {
    String folder = SqliteLibrary.folder();
    assertThat(folder)
        .startsWith("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion() + "-")
        .matches("[a-z0-9._-]+");
    assertThat(dir.resolve(folder).getParent()).isEqualTo(dir);
  }

  @Test
  void extractionWritesTheJarsLibraryForThisPlatformAndLeavesNoTemporaryFile() throws Exception {
    Path library = dir.resolve(SqliteLibrary.folder()).resolve(SqliteLibrary.fileName());
    Optional<Path> written = SqliteLibrary.extract(library);
    assertThat(written).contains(library);
    assertThat(Files.readAllBytes(library)).isEqualTo(shipped());
    try (var files = Files.list(library.getParent())) {
      assertThat(files).containsExactly(library);
    }
  }

  @Test
  void extractionReplacesADamagedCopy() throws Exception {
    Path library = dir.resolve(SqliteLibrary.folder()).resolve(SqliteLibrary.fileName());
    Files.createDirectories(library.getParent());
    Files.writeString(library, "not a library");
    SqliteLibrary.extract(library);
    assertThat(Files.readAllBytes(library)).isEqualTo(shipped());
  }

  private static byte[] shipped() throws Exception {
    String resource =
        "/org/sqlite/native/"
            + OSInfo.getNativeLibFolderPathForCurrentOS()
            + "/"
            + SqliteLibrary.fileName();
    try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return in.readAllBytes();
    }
  }
}
