package dev.pmdrill.bank;

import java.util.Comparator;
import java.util.Objects;

/** A place in a bank file; line and column count from 1, as editors show them. */
public record Location(String file, int line, int column) implements Comparable<Location> {
  private static final Comparator<Location> ORDER =
      Comparator.comparing(Location::file)
          .thenComparingInt(Location::line)
          .thenComparingInt(Location::column);

  public Location {
    Objects.requireNonNull(file, "file");
  }

  public static Location startOf(String file) {
    return new Location(file, 1, 1);
  }

  /** The form of the other place in a message about two places in one or two files. */
  public String describeFrom(Location here) {
    return file.equals(here.file)
        ? "line " + line + ", column " + column
        : file + ":" + line + ":" + column;
  }

  @Override
  public int compareTo(Location other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
