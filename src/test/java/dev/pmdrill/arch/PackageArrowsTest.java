package dev.pmdrill.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Data flows one way: cli -> session -> scoring -> text, with bank beside scoring; a candidate's
 * own material is read beside the banks and reviewed on top of the session. The core never imports
 * cli or tui, only cli imports picocli, and text imports nothing of ours.
 */
class PackageArrowsTest {
  private static final Path SOURCES = Path.of("src/main/java/dev/pmdrill");
  private static final Pattern IMPORT =
      Pattern.compile("^import (?:static )?([\\w.]+)\\.[\\w*]+;", Pattern.MULTILINE);

  /** Which of our packages each package may import. */
  private static final Map<String, Set<String>> ALLOWED =
      Map.of(
          "text",
          Set.of(),
          "scoring",
          Set.of("text"),
          "bank",
          Set.of("scoring", "text"),
          "session",
          Set.of("bank", "scoring", "text"),
          "history",
          Set.of("bank", "scoring", "text", "session"),
          "material",
          Set.of("bank", "text"),
          "review",
          Set.of("bank", "scoring", "text", "session", "material"),
          "tui",
          Set.of("bank", "scoring", "text", "session", "history", "material", "review"),
          "cli",
          Set.of("bank", "scoring", "text", "session", "history", "material", "review", "tui"));

  @Test
  void importsFollowTheArrows() throws IOException {
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String pkg = SOURCES.relativize(file).getName(0).toString();
        assertThat(ALLOWED).as("package %s is not on the map of arrows", pkg).containsKey(pkg);
        Matcher m = IMPORT.matcher(Files.readString(file));
        while (m.find()) {
          String imported = m.group(1);
          if (imported.startsWith("dev.pmdrill.")) {
            String target = imported.substring("dev.pmdrill.".length()).split("\\.")[0];
            if (!target.equals(pkg) && !ALLOWED.get(pkg).contains(target)) {
              violations.add(file + " imports " + imported);
            }
          }
          if (imported.startsWith("picocli") && !pkg.equals("cli")) {
            violations.add(file + " imports picocli outside cli");
          }
        }
      }
    }
    assertThat(violations).isEmpty();
  }
}
