package dev.pmdrill.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A debt list passes on exactly its entries, and fails when one is added or one is paid. */
class DebtListTest {
  @TempDir Path dir;

  private Path list(String... lines) throws IOException {
    Path file = dir.resolve("debt.txt");
    Files.write(file, List.of(lines));
    return file;
  }

  @Test
  void passesOnExactlyTheListedProblems() throws IOException {
    Path file =
        list("# a comment", "q1 has no Chinese example", "", "q2 has fewer than 5 examples");
    DebtList.assertOnlyShrinks(
        file, List.of("q2 has fewer than 5 examples", "q1 has no Chinese example"));
  }

  @Test
  void failsOnANewProblem() throws IOException {
    Path file = list("q1 has no Chinese example");
    assertThatThrownBy(
            () ->
                DebtList.assertOnlyShrinks(
                    file, List.of("q1 has no Chinese example", "q3 has no Chinese example")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("problems not in")
        .hasMessageContaining("q3 has no Chinese example");
  }

  @Test
  void failsOnAListedProblemThatNoLongerOccurs() throws IOException {
    Path file = list("q1 has no Chinese example", "q2 has fewer than 5 examples");
    assertThatThrownBy(
            () -> DebtList.assertOnlyShrinks(file, List.of("q2 has fewer than 5 examples")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("no longer occur")
        .hasMessageContaining("q1 has no Chinese example");
    assertThat(Files.readAllLines(file)).hasSize(2);
  }
}
