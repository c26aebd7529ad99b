package dev.pmdrill.cli;

import java.nio.file.Path;

/** Where pmdrill keeps state a user should not lose: shell history, drafts of answers. */
final class StateDirectory {
  private StateDirectory() {}

  /**
   * {@code $XDG_STATE_HOME/pmdrill}, else {@code ~/.local/state/pmdrill}; PMDRILL_STATE overrides.
   */
  static Path of(Context context) {
    String own = context.env().get("PMDRILL_STATE");
    if (own != null && !own.isBlank()) {
      return Path.of(own);
    }
    String xdg = context.env().get("XDG_STATE_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "pmdrill");
    }
    String home = context.env().getOrDefault("HOME", System.getProperty("user.home"));
    return Path.of(home, ".local", "state", "pmdrill");
  }
}
