package dev.pmdrill.history;

import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Loads SQLite's native library once per test JVM, from one folder that outlives every test ({@code
 * pmdrill.test.cache}, set by the build), before any test runs.
 *
 * <p>Test classes share a JVM, and sqlite-jdbc loads its library once per JVM. Left to the tests,
 * the first one to open SQLite would decide where it comes from: a store opened directly made
 * sqlite-jdbc unpack a copy into the temporary folder, and a command run afterwards loaded a second
 * copy from its own scratch cache ({@link SqliteLibrary#useCacheIn}), two SQLite engines with
 * separate global state in one process, whose native methods could be bound to either (a crash in
 * native code); or a command pointed sqlite-jdbc at a scratch cache that its test then deleted, and
 * the next store found no library at all. Loaded here first, every later {@code useCacheIn} is a
 * no-op and every connection uses this one copy.
 */
public final class OneSqliteLibrary implements LauncherSessionListener {
  @Override
  public void launcherSessionOpened(LauncherSession session) {
    SqliteLibrary.useCacheIn(
        Path.of(System.getProperty("pmdrill.test.cache", "target/test-cache")));
    if (System.getProperty("org.sqlite.lib.path") == null) {
      // Tests would go back to loading whatever copy the first store finds: stop here instead.
      throw new IllegalStateException(
          "SQLite's native library could not be unpacked to and loaded from "
              + System.getProperty("pmdrill.test.cache", "target/test-cache"));
    }
  }
}
