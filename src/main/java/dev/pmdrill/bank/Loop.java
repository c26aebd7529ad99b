package dev.pmdrill.bank;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/** A whole mock interview: rounds in order, decided by a pass mark, a panel, or both. */
public record Loop(
    String id,
    String bank,
    String title,
    List<Round> rounds,
    OptionalDouble pass,
    Optional<Panel> panel,
    Location location) {
  public Loop {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(bank, "bank");
    Objects.requireNonNull(title, "title");
    rounds = List.copyOf(rounds);
    Objects.requireNonNull(pass, "pass");
    Objects.requireNonNull(panel, "panel");
    Objects.requireNonNull(location, "location");
  }
}
