package dev.pmdrill.review;

import dev.pmdrill.material.Track;
import java.util.List;
import java.util.Optional;

/**
 * Which track a text's vocabulary argues for: the distinct Staff terms (markets, pricing,
 * ecosystems) and Principal terms (architecture, APIs, latency) it uses, as the banks' track
 * rubrics match them.
 */
public record TrackReading(List<String> staffTerms, List<String> principalTerms) {
  /** Fewer distinct terms than this argue for nothing. */
  static final int LEAST = 3;

  /** The leading track must use this many times the other's terms to be said to lead. */
  static final double MARGIN = 1.5;

  public TrackReading {
    staffTerms = List.copyOf(staffTerms);
    principalTerms = List.copyOf(principalTerms);
  }

  /** The track the vocabulary argues for, or empty when it argues for neither clearly. */
  public Optional<Track> argued() {
    int staff = staffTerms.size();
    int principal = principalTerms.size();
    if (staff >= LEAST && staff >= MARGIN * principal) {
      return Optional.of(Track.STAFF);
    }
    if (principal >= LEAST && principal >= MARGIN * staff) {
      return Optional.of(Track.PRINCIPAL);
    }
    return Optional.empty();
  }

  /** "staff (9 terms: pricing, merchants, ...) over principal (2)". */
  public String describe() {
    return "staff "
        + staffTerms.size()
        + " term"
        + (staffTerms.size() == 1 ? "" : "s")
        + sample(staffTerms)
        + ", principal "
        + principalTerms.size()
        + " term"
        + (principalTerms.size() == 1 ? "" : "s")
        + sample(principalTerms);
  }

  private static String sample(List<String> terms) {
    if (terms.isEmpty()) {
      return "";
    }
    List<String> first = terms.subList(0, Math.min(5, terms.size()));
    return " ("
        + String.join(", ", first.stream().map(t -> "'" + t + "'").toList())
        + (terms.size() > first.size() ? ", ..." : "")
        + ")";
  }
}
