package dev.pmdrill.session;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * The candidate's files hold their answers: folders pmdrill makes are 0700 and files 0600, where
 * the file system has POSIX permissions (elsewhere the system's defaults apply). Those an older
 * version left readable by others (0644 files in 0755 folders) are tightened when next used.
 */
public final class PrivateFiles {
  private static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  private PrivateFiles() {}

  /**
   * Creates the folder and any missing parents; the folders it creates are private, and the folder
   * itself is made private when it already exists (its parents are left as they are).
   */
  public static Path folder(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      tighten(dir);
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
      folder(file.toAbsolutePath().getParent());
      tighten(file);
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

  /**
   * Takes the group's and others' permissions off a file or folder of the candidate's that exists
   * (one an older pmdrill made 0644 or 0755). A link is not followed, a shared folder with the
   * sticky bit (such as /tmp) is left alone, and so is whatever this user may not change: the files
   * are still used, as before.
   */
  public static void tighten(Path path) {
    if (!POSIX || !Files.exists(path, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(path)) {
      return;
    }
    try {
      Set<PosixFilePermission> now = Files.getPosixFilePermissions(path);
      Set<PosixFilePermission> own = EnumSet.noneOf(PosixFilePermission.class);
      for (PosixFilePermission p : now) {
        if (p.name().startsWith("OWNER_")) {
          own.add(p);
        }
      }
      if (own.equals(now) || Files.isDirectory(path) && sticky(path)) {
        return;
      }
      Files.setPosixFilePermissions(path, own);
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      // not this user's to change: left as it is
    }
  }

  private static boolean sticky(Path dir) {
    try {
      return (((Integer) Files.getAttribute(dir, "unix:mode")) & 01000) != 0;
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return true; // cannot tell: leave it alone
    }
  }
}
