package dev.pmdrill.material;

import java.util.Arrays;
import java.util.List;

/** The two P9 tracks: the same level, argued in the language of markets or of systems. */
public enum Track {
  STAFF("staff", "Staff PM (strategy: markets, pricing, ecosystems, go-to-market)"),
  PRINCIPAL("principal", "Principal PM (technical: architecture, APIs, algorithms, latency)");

  private final String id;
  private final String description;

  Track(String id, String description) {
    this.id = id;
    this.description = description;
  }

  public String id() {
    return id;
  }

  public String description() {
    return description;
  }

  /**
   * The name a question carries, as a tag or as a criterion's dimension, when it asks for this
   * track's vocabulary: {@code staff-track}, {@code principal-track}.
   */
  public String marker() {
    return id + "-track";
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(Track::id).toList();
  }

  /** Accepts "staff", "Staff PM", "principal", "Principal PM". */
  public static java.util.Optional<Track> parse(String written) {
    String folded = written.strip().toLowerCase(java.util.Locale.ROOT);
    if (folded.endsWith(" pm")) {
      folded = folded.substring(0, folded.length() - 3).strip();
    }
    for (Track t : values()) {
      if (t.id.equals(folded)) {
        return java.util.Optional.of(t);
      }
    }
    return java.util.Optional.empty();
  }
}
