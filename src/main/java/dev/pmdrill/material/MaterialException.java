package dev.pmdrill.material;

import dev.pmdrill.bank.Problem;
import java.util.List;

/** The file could not be read as stories or a packet; every problem carries its line. */
public final class MaterialException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  public MaterialException(List<Problem> problems) {
    super(problems.isEmpty() ? "cannot read the file" : problems.get(0).toString());
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
