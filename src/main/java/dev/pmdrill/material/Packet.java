package dev.pmdrill.material;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A P9 promotion packet: the track it states (if any), its front-matter facts, its examples. */
public record Packet(String file, Optional<Track> track, PacketFacts facts, List<Piece> examples) {
  public Packet {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(track, "track");
    Objects.requireNonNull(facts, "facts");
    examples = List.copyOf(examples);
  }

  public Packet withFacts(PacketFacts other) {
    return new Packet(file, track, other, examples);
  }
}
