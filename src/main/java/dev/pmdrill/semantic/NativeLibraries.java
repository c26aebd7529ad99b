package dev.pmdrill.semantic;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps the native libraries of ONNX Runtime and the tokenizer in the user's cache folder. Left
 * alone, ONNX Runtime copies 16 MB out of its jar into a new temporary folder in every process, and
 * DJL's tokenizer unpacks into ~/.djl.ai in the home folder.
 */
final class NativeLibraries {
  static final String ORT_VERSION = "1.20.0";
  private static final String ORT_PATH = "onnxruntime.native.path";
  private static final String DJL_CACHE = "DJL_CACHE_DIR";

  private NativeLibraries() {}

  /** Points both libraries at {@code cacheDir}, unpacking ONNX Runtime's there once. */
  static void useCacheIn(Path cacheDir) {
    if (System.getProperty(DJL_CACHE) == null) {
      System.setProperty(DJL_CACHE, cacheDir.resolve("djl").toString());
    }
    if (System.getProperty(ORT_PATH) != null) {
      return;
    }
    ortPlatform()
        .ifPresent(
            platform -> {
              Path folder = cacheDir.resolve("onnxruntime-" + ORT_VERSION + "-" + platform);
              try {
                for (String library : new String[] {"onnxruntime", "onnxruntime4j_jni"}) {
                  unpack(platform, System.mapLibraryName(library), folder);
                }
                System.setProperty(ORT_PATH, folder.toString());
              } catch (IOException | RuntimeException e) {
                // A read-only or full cache: ONNX Runtime unpacks to the temporary folder itself.
              }
            });
  }

  private static void unpack(String platform, String file, Path folder) throws IOException {
    Path target = folder.resolve(file);
    String resource = "ai/onnxruntime/native/" + platform + "/" + file;
    try (InputStream in = NativeLibraries.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("no " + resource);
      }
      if (Files.isRegularFile(target)) {
        return;
      }
      Files.createDirectories(folder);
      Path temporary = Files.createTempFile(folder, file, ".tmp");
      try {
        Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temporary);
      }
    }
  }

  /** ONNX Runtime's name for this platform, as its jar's folders are named. */
  static Optional<String> ortPlatform() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    String cpu =
        arch.equals("amd64") || arch.equals("x86_64")
            ? "x64"
            : arch.equals("aarch64") || arch.equals("arm64") ? "aarch64" : "";
    if (cpu.isEmpty()) {
      return Optional.empty();
    }
    if (os.contains("linux")) {
      return Optional.of("linux-" + cpu);
    }
    if (os.contains("mac") || os.contains("darwin")) {
      return Optional.of("osx-" + cpu);
    }
    if (os.contains("win")) {
      return Optional.of("win-" + cpu);
    }
    return Optional.empty();
  }
}
