package dev.pmdrill.prep;

import java.util.Objects;
import java.util.Optional;

/**
 * One line of the preparation checklist: what the guide asks, whether it is done, how far it has
 * got, and the command that closes it (none when it is done, or when no command can).
 */
public record PrepItem(
    String id, String item, boolean done, String detail, Optional<String> command) {
  public PrepItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(command, "command");
  }
}
