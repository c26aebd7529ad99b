package dev.pmdrill.prep;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The preparation checklist as of a day: its sections in order, and for a P9 packet the board's
 * date when one is known. {@code packetGiven} says whether a packet was reviewed at all.
 */
public record PrepView(
    LocalDate today,
    long attempts,
    List<PrepSection> sections,
    boolean packetGiven,
    Optional<BoardDate> board) {
  public PrepView {
    Objects.requireNonNull(today, "today");
    sections = List.copyOf(sections);
    Objects.requireNonNull(board, "board");
  }

  public long done() {
    return sections.stream().mapToLong(PrepSection::done).sum();
  }

  public long total() {
    return sections.stream().mapToLong(s -> s.items().size()).sum();
  }
}
