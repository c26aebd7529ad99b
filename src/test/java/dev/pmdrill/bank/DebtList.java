package dev.pmdrill.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A written-down list of problems the built-in banks still have, which may only shrink: a problem
 * not on the list fails, and so does a listed one that no longer occurs (delete it). Lines starting
 * with {@code #} are comments. Run with {@code -Ddebt.prune=true} to delete the entries that no
 * longer occur (comments kept; new problems still fail): the diff is then reviewed like code.
 */
final class DebtList {
  private DebtList() {}

  static void assertOnlyShrinks(Path file, Collection<String> problems) throws IOException {
    Set<String> found = new TreeSet<>(problems);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    Set<String> listed =
        lines.stream()
            .filter(l -> !l.isBlank() && !l.startsWith("#"))
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> added = new TreeSet<>(found);
    added.removeAll(listed);
    Set<String> paid = new TreeSet<>(listed);
    paid.removeAll(found);
    if (Boolean.getBoolean("debt.prune") && !paid.isEmpty()) {
      List<String> kept = new ArrayList<>();
      for (String line : lines) {
        if (!paid.contains(line)) {
          kept.add(line);
        }
      }
      Files.write(file, kept, StandardCharsets.UTF_8);
      paid.clear();
    }
    assertThat(added).as("problems not in %s", file).isEmpty();
    assertThat(paid).as("entries of %s that no longer occur: delete them", file).isEmpty();
  }
}
