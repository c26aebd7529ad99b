package dev.pmdrill.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateFilesTest {
  @TempDir Path dir;

  @BeforeEach
  void posix() {
    assumeTrue(
        FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
        "the file system has no POSIX permissions");
  }

  private static String mode(Path p) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }

  @Test
  void aFileAndItsFolderLeftReadableByAnOlderVersionAreTightenedAndKeepTheirContent()
      throws IOException {
    Path folder = Files.createDirectory(dir.resolve("pmdrill"));
    Path file = Files.writeString(folder.resolve("history"), "drill\n");
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    PrivateFiles.file(file);
    assertThat(mode(folder)).isEqualTo("rwx------");
    assertThat(mode(file)).isEqualTo("rw-------");
    assertThat(file).hasContent("drill");
  }

  @Test
  void newFoldersAndFilesArePrivateAndParentsThatExistAreLeftAlone() throws IOException {
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path file = dir.resolve("a/b/history.db");
    PrivateFiles.file(file);
    assertThat(mode(dir)).isEqualTo("rwxr-xr-x");
    assertThat(mode(dir.resolve("a"))).isEqualTo("rwx------");
    assertThat(mode(dir.resolve("a/b"))).isEqualTo("rwx------");
    assertThat(mode(file)).isEqualTo("rw-------");
  }

  @Test
  void aSharedFolderWithTheStickyBitIsLeftAlone() throws IOException {
    Path shared = Files.createDirectory(dir.resolve("shared"));
    Files.setAttribute(shared, "unix:mode", 01777);
    PrivateFiles.folder(shared);
    assertThat(mode(shared)).isEqualTo("rwxrwxrwx");
  }
}
