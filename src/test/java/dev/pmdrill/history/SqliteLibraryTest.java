package dev.pmdrill.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * The cache's file work, and the one copy of the library a test JVM loads (from the build's test
 * cache, by OneSqliteLibrary, before its first test).
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

  /**
   * Test classes share a JVM: whatever they open, it holds one copy of the library, the one
   * OneSqliteLibrary loaded from the build's test cache before any test ran. Without it, a store
   * opened directly made sqlite-jdbc unpack a copy into the temporary folder and a command's cache
   * folder then brought in a second (two SQLite engines in one process).
   */
  @Test
  @EnabledOnOs(OS.LINUX)
  void aTestJvmMapsOneCopyOfTheLibraryFromTheTestCacheWhateverItsTestsOpen() throws Exception {
    try (HistoryStore store = HistoryStore.open(dir.resolve("direct"), Clock.systemUTC())) {
      assertThat(store.count()).isZero();
    }
    SqliteLibrary.useCacheIn(dir.resolve("a-commands-cache"));
    try (HistoryStore store = HistoryStore.open(dir.resolve("command"), Clock.systemUTC())) {
      assertThat(store.count()).isZero();
    }
    Path cache =
        Path.of(System.getProperty("pmdrill.test.cache", "target/test-cache")).toRealPath();
    List<String> mapped;
    try (Stream<String> maps = Files.lines(Path.of("/proc/self/maps"))) {
      mapped =
          maps.filter(l -> l.contains(SqliteLibrary.fileName()))
              .map(l -> l.substring(l.indexOf('/')).replace(" (deleted)", ""))
              .distinct()
              .toList();
    }
    assertThat(mapped)
        .containsExactly(
            cache.resolve(SqliteLibrary.folder()).resolve(SqliteLibrary.fileName()).toString());
    assertThat(dir.resolve("a-commands-cache")).doesNotExist();
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
