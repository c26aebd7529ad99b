package dev.pmdrill.prep;

import java.time.LocalDate;
import java.util.Objects;

/** The promotion board's date and the days from today to it (negative once it has passed). */
public record BoardDate(LocalDate date, long daysLeft) {
  public BoardDate {
    Objects.requireNonNull(date, "date");
  }
}
