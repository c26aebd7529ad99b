package dev.pmdrill.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
}
