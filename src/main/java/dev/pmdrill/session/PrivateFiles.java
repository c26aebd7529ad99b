package dev.pmdrill.session;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The candidate's files hold their answers: folders pmdrill makes are 0700 and files 0600, where
 * the file system has POSIX permissions (elsewhere the system's defaults apply).
 */
public final class PrivateFiles {
  private static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  private PrivateFiles() {}

  /** Creates the folder and any missing parents; the folders it creates are private. */
  public static Path folder(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      return dir;
    }
    Path parent = dir.toAbsolutePath().getParent();
    if (parent != null && !Files.exists(parent)) {
      folder(parent);
    }
    if (POSIX) {
      Files.createDirectory(
          dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    } else {
      Files.createDirectory(dir);
    }
    return dir;
  }

  /** Creates an empty private file when there is none, so that whatever writes it keeps 0600. */
  public static void file(Path file) throws IOException {
    if (Files.exists(file)) {
      return;
    }
    folder(file.toAbsolutePath().getParent());
    try {
      if (POSIX) {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } else {
        Files.createFile(file);
      }
    } catch (java.nio.file.FileAlreadyExistsException raced) {
      // another process made it first
    }
  }
}
