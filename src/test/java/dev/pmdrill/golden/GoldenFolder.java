package dev.pmdrill.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A folder of golden files: the one harness of every golden test. A case is files, no Java: its
 * input and the exact output expected for it, compared character for character. Run with {@code
 * -Dgolden.update=true} to rewrite the expectations, then review the diff like code; an expectation
 * that does not exist yet is written and the test fails, so it is reviewed before it is trusted.
 * Every file in the folder must belong to a case: an expected output whose case is gone fails
 * {@link #assertNoOrphans} instead of lingering.
 */
public final class GoldenFolder {
  /** Set by {@code -Dgolden.update=true}: expectations are rewritten from the actual output. */
  public static final boolean UPDATE = Boolean.getBoolean("golden.update");

  private final Path root;

  public GoldenFolder(Path root) {
    this.root = root;
  }

  public static GoldenFolder of(String root) {
    return new GoldenFolder(Path.of(root));
  }

  public Path root() {
    return root;
  }

  public Path resolve(String name) {
    return root.resolve(name);
  }

  /** The text of a file in the folder. */
  public String read(String name) {
    try {
      return Files.readString(root.resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The names in the folder (files and folders, not what they hold) that {@code keep}, sorted. */
  public List<String> names(Predicate<String> keep) {
    try (Stream<Path> files = Files.list(root)) {
      return files.map(p -> p.getFileName().toString()).filter(keep).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The names in the folder ending in {@code suffix}, sorted: usually a test's inputs. */
  public List<String> names(String suffix) {
    return names(n -> n.endsWith(suffix));
  }

  /**
   * Fails unless {@code actual} is exactly the file {@code name} (after rewriting it on update).
   */
  public void check(String name, String actual) {
    Path expected = root.resolve(name);
    try {
      if (UPDATE || !Files.exists(expected)) {
        Files.createDirectories(root);
        Files.writeString(expected, actual, StandardCharsets.UTF_8);
        assertThat(UPDATE)
            .as("wrote missing golden file %s; review and commit it", expected)
            .isTrue();
      }
      assertThat(actual)
          .as("output against %s", expected)
          .isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The names in the folder that are none of {@code owned}: files no case reads or expects. */
  public List<String> orphans(Collection<String> owned) {
    Set<String> known = Set.copyOf(owned);
    return names(n -> !known.contains(n));
  }

  /**
   * Fails when the folder holds a file that is neither an input nor an expected output of a case.
   *
   * @param owned every input and every expected output of the test's cases, by name
   */
  public void assertNoOrphans(Collection<String> owned) {
    assertThat(orphans(owned))
        .as(
            "files in %s that belong to no case: delete them, or restore the case they belong to",
            root)
        .isEmpty();
  }
}
