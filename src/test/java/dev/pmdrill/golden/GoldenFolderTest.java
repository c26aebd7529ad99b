package dev.pmdrill.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness itself: an orphan fails, a difference fails, a missing expectation fails. */
class GoldenFolderTest {
  @TempDir Path dir;

  @Test
  void aFileThatBelongsToNoCaseIsAnOrphan() throws IOException {
    Files.writeString(dir.resolve("a.yaml"), "input");
    Files.writeString(dir.resolve("a.text"), "expected");
    Files.writeString(dir.resolve("gone.text"), "its case was deleted");
    Files.createDirectories(dir.resolve("b"));
    GoldenFolder folder = new GoldenFolder(dir);

    assertThat(folder.orphans(List.of("a.yaml", "a.text", "b"))).containsExactly("gone.text");
    assertThatThrownBy(() -> folder.assertNoOrphans(List.of("a.yaml", "a.text", "b")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("gone.text");
    folder.assertNoOrphans(List.of("a.yaml", "a.text", "b", "gone.text"));
  }

  @Test
  void theOutputMustMatchExactly() throws IOException {
    Files.writeString(dir.resolve("a.text"), "line\n");
    GoldenFolder folder = new GoldenFolder(dir);
    folder.check("a.text", "line\n");
    if (!GoldenFolder.UPDATE) {
      assertThatThrownBy(() -> folder.check("a.text", "line"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("a.text");
    }
  }

  @Test
  void aMissingExpectationIsWrittenForReviewAndFails() {
    GoldenFolder folder = new GoldenFolder(dir);
    if (!GoldenFolder.UPDATE) {
      assertThatThrownBy(() -> folder.check("new.text", "output"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("review and commit it");
      assertThat(folder.read("new.text")).isEqualTo("output");
    }
  }

  /**
   * Every folder under {@code golden/} is read through this harness by a test that also checks it
   * for orphans: no golden test keeps a copy of its own that would pass with a case gone.
   */
  @Test
  void everyGoldenFolderHasATestThatFailsOnOrphans() throws IOException {
    Pattern folder =
        Pattern.compile("GoldenFolder\\.of\\(\"src/test/resources/golden/([\\w-]+)\"\\)");
    List<String> guarded = new ArrayList<>();
    try (Stream<Path> tests = Files.walk(Path.of("src/test/java"))) {
      for (Path test : tests.filter(p -> p.toString().endsWith("Test.java")).toList()) {
        String source = Files.readString(test);
        Matcher m = folder.matcher(source);
        while (m.find()) {
          if (source.contains(".assertNoOrphans(")) {
            guarded.add(m.group(1));
          }
        }
      }
    }
    try (Stream<Path> folders = Files.list(Path.of("src/test/resources/golden"))) {
      assertThat(
              folders
                  .filter(Files::isDirectory)
                  .map(p -> p.getFileName().toString())
                  .filter(name -> !guarded.contains(name)))
          .as("golden folders no test reads through GoldenFolder with an orphan check")
          .isEmpty();
    }
  }
}
