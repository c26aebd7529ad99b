package dev.pmdrill.material;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A candidate's own STAR stories, as read from their file. {@code about} holds the front matter's
 * plain values (candidate, target role...), shown in the report's heading and nowhere else.
 */
public record StoryBank(String file, Map<String, String> about, List<Piece> stories) {
  public StoryBank {
    Objects.requireNonNull(file, "file");
    about = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(about));
    stories = List.copyOf(stories);
  }
}
