package dev.pmdrill.material;

import dev.pmdrill.bank.Location;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One job offer as the candidate wrote it down, in CNY: the yearly base (a monthly base times the
 * months paid a year, or a yearly figure), the annual bonus target, the RSU grant's total value and
 * the share of it vesting each year (percentages summing to 100), and a sign-on bonus with the year
 * it is paid in.
 */
public record Offer(
    String company,
    Optional<String> level,
    double baseYearly,
    double bonusTarget,
    double rsuTotal,
    List<Double> vesting,
    double signOn,
    int signOnYear,
    Location location) {

  public Offer {
    Objects.requireNonNull(company, "company");
    Objects.requireNonNull(level, "level");
    vesting = List.copyOf(vesting);
    Objects.requireNonNull(location, "location");
    if (signOnYear < 1) {
      throw new IllegalArgumentException("the sign-on year counts from 1");
    }
  }

  /** "Alibaba (P7)", or the company alone. */
  public String name() {
    return level.map(l -> company + " (" + l + ")").orElse(company);
  }
}
