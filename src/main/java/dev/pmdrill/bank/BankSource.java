package dev.pmdrill.bank;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * One bank file's bytes and the name messages call it by, or why it was not read (a link out of the
 * folder given): a refused file is reported at its own place while the others load.
 */
public record BankSource(String name, byte[] bytes, Optional<String> refused) {
  static final String BUILT_IN_FOLDER = "questions";

  public BankSource {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(refused, "refused");
  }

  public BankSource(String name, byte[] bytes) {
    this(name, bytes, Optional.empty());
  }

  static BankSource refused(String name, String why) {
    return new BankSource(name, new byte[0], Optional.of(why));
  }

  static boolean isBankFile(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".yaml") || lower.endsWith(".yml");
  }

  /**
   * Every bank file under the given files and folders, in a stable order. A file named directly is
   * read whatever its extension; in a folder only {@code *.yaml} and {@code *.yml} count.
   *
   * @throws IOException when a path cannot be read
   */
  public static List<BankSource> fromPaths(List<Path> paths) throws IOException {
    List<BankSource> sources = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        Path inside = path.toRealPath();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(path)) {
          files =
              walk.filter(p -> isBankFile(p.getFileName().toString()))
                  .filter(p -> !isHidden(path.relativize(p)))
                  .filter(p -> !Files.isDirectory(p))
                  .sorted()
                  .toList();
        }
        for (Path file : files) {
          Path real = file.toRealPath();
          if (!real.startsWith(inside)) {
            // never read: its bytes would be echoed in messages, and it may be anything (a .env)
            sources.add(
                refused(
                    file.toString(),
                    "this link leads outside the folder (to "
                        + real
                        + "), so it is not read: a bank folder is read only within itself; name"
                        + " that file on its own to read it"));
            continue;
          }
          sources.add(new BankSource(file.toString(), readAtMost(file, YamlReader.MAX_BYTES)));
        }
      } else {
        sources.add(new BankSource(path.toString(), readAtMost(path, YamlReader.MAX_BYTES)));
      }
    }
    return sources;
  }

  /**
   * The first {@code limit + 1} bytes of a file at most, whatever it is (a FIFO or a device has no
   * size to check first), so that the caller can tell a file over the limit without reading it all.
   */
  public static byte[] readAtMost(Path path, int limit) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return in.readNBytes(limit + 1);
    }
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** The banks packed into pmdrill itself, named {@code questions/FILE}. */
  public static List<BankSource> builtIn() {
    URL folder = BankSource.class.getClassLoader().getResource(BUILT_IN_FOLDER);
    if (folder == null) {
      return List.of();
    }
    try {
      if (folder.getProtocol().equals("jar")) {
        return fromJar(folder);
      }
      Path root = Path.of(folder.toURI());
      List<BankSource> sources = new ArrayList<>();
      for (BankSource s : fromPaths(List.of(root))) {
        String relative = root.relativize(Path.of(s.name())).toString().replace('\\', '/');
        sources.add(new BankSource(BUILT_IN_FOLDER + "/" + relative, s.bytes()));
      }
      return sources;
    } catch (IOException | URISyntaxException e) {
      throw new UncheckedIOException(
          "cannot read the built-in banks",
          e instanceof IOException ? (IOException) e : new IOException(e));
    }
  }

  private static List<BankSource> fromJar(URL folder) throws IOException {
    String spec = folder.getPath(); // file:/path/pmdrill.jar!/questions
    String jarPath = spec.substring("file:".length(), spec.indexOf("!/"));
    List<BankSource> sources = new ArrayList<>();
    try (JarFile jar =
        new JarFile(java.net.URLDecoder.decode(jarPath, java.nio.charset.StandardCharsets.UTF_8))) {
      List<JarEntry> entries = new ArrayList<>();
      for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
        JarEntry entry = e.nextElement();
        if (!entry.isDirectory()
            && entry.getName().startsWith(BUILT_IN_FOLDER + "/")
            && isBankFile(entry.getName())) {
          entries.add(entry);
        }
      }
      entries.sort(java.util.Comparator.comparing(JarEntry::getName));
      for (JarEntry entry : entries) {
        try (InputStream in = jar.getInputStream(entry)) {
          sources.add(new BankSource(entry.getName(), in.readAllBytes()));
        }
      }
    }
    return sources;
  }
}
