package dev.pmdrill.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every problem the golden cases show has a kind of its own, not the catch-all. */
class ProblemKindTest {
  @Test
  void everyGoldenProblemHasAKind() throws IOException {
    List<String> lines;
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/golden/validate"))) {
      lines =
          files
              .filter(p -> p.toString().endsWith(".text"))
              .flatMap(ProblemKindTest::lines)
              .filter(l -> l.contains(": error: ") || l.contains(": warning: "))
              .toList();
    }
    assertThat(lines).hasSizeGreaterThan(50);
    for (String line : lines) {
      boolean error = line.contains(": error: ");
      String message = line.substring(line.indexOf(error ? ": error: " : ": warning: "));
      message = message.substring(message.indexOf(": ", 1) + 2);
      Problem p =
          error
              ? Problem.error(Location.startOf("f"), message)
              : Problem.warning(Location.startOf("f"), message);
      assertThat(ProblemKind.of(p))
          .as(line)
          .isNotIn(ProblemKind.OTHER_ERROR, ProblemKind.OTHER_WARNING);
    }
  }

  @Test
  void kindsAreReadFromTheMessage() {
    assertThat(kind("unknown key 'promt' in a question; did you mean 'prompt'?"))
        .isEqualTo(ProblemKind.UNKNOWN_KEY);
    assertThat(kind("example 1 of 'q' scores 67, outside its expect 80-100"))
        .isEqualTo(ProblemKind.EXAMPLE_OUTSIDE_RANGE);
    assertThat(kind("bank id 'b' is already used at a.yaml:2:1"))
        .isEqualTo(ProblemKind.DUPLICATE_ID);
    assertThat(ProblemKind.of(Problem.warning(Location.startOf("f"), "something new")))
        .isEqualTo(ProblemKind.OTHER_WARNING);
  }

  @Test
  void idsAreUniqueAndLowerCase() {
    assertThat(Stream.of(ProblemKind.values()).map(ProblemKind::id))
        .doesNotHaveDuplicates()
        .allMatch(id -> id.matches("[a-z][a-z-]*"));
  }

  private static ProblemKind kind(String message) {
    return ProblemKind.of(Problem.error(Location.startOf("f"), message));
  }

  private static Stream<String> lines(Path p) {
    try {
      return Files.readAllLines(p).stream();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
