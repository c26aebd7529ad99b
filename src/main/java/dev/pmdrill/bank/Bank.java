package dev.pmdrill.bank;

import java.util.Objects;
import java.util.Optional;

/** One loaded bank file's header. */
public record Bank(
    String id, String title, Optional<String> description, String language, Location location) {
  public Bank {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(location, "location");
  }

  public String file() {
    return location.file();
  }
}
