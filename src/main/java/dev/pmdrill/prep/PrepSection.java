package dev.pmdrill.prep;

import java.util.List;
import java.util.Objects;

/** A part of the checklist (guesstimates, stories, frameworks...) and what the guide says of it. */
public record PrepSection(String id, String title, String guide, List<PrepItem> items) {
  public PrepSection {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(guide, "guide");
    items = List.copyOf(items);
  }

  public long done() {
    return items.stream().filter(PrepItem::done).count();
  }
}
