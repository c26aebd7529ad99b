package dev.pmdrill.material;

import dev.pmdrill.bank.Location;
import java.util.Objects;

/** One story of a story bank, or one example of a packet: its title, its text, where it stands. */
public record Piece(String title, String text, Location location) {
  public Piece {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(location, "location");
  }
}
