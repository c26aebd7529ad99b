package dev.pmdrill.bank;

import java.util.List;
import java.util.Objects;

/** What a load produced: the catalog of everything that could be read, and every problem found. */
public record LoadResult(Catalog catalog, List<Problem> problems, List<String> files) {
  public LoadResult {
    Objects.requireNonNull(catalog, "catalog");
    problems = List.copyOf(problems);
    files = List.copyOf(files);
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  public long errorCount() {
    return problems.stream().filter(Problem::isError).count();
  }

  public long warningCount() {
    return problems.size() - errorCount();
  }
}
