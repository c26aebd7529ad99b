package dev.pmdrill.review;

import dev.pmdrill.material.Offer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Offers compared as the negotiation guide asks: the whole package (base, bonus, RSU vesting and
 * sign-on) year by year, not one number; each year's total beside the guide's pay band for the
 * offer's level (only the levels the guide gives a band for), which offer leads each year, and the
 * questions worth asking before deciding.
 */
public record OfferComparison(List<OfferYears> offers, List<Lead> leads, List<String> advice) {

  /** The guide's PM pay bands, CNY a year: P6 about 300k-600k, P7 about 600k-1.2M. */
  public static final Map<String, Band> BANDS =
      Map.of("P6", new Band("P6", 300_000, 600_000), "P7", new Band("P7", 600_000, 1_200_000));

  /** A pay band for a level, CNY a year. */
  public record Band(String level, double low, double high) {
    public Band {
      Objects.requireNonNull(level, "level");
    }

    /** "below", "within" or "above". */
    public String position(double total) {
      return total < low ? "below" : total > high ? "above" : "within";
    }
  }

  /** One year of one offer, each part in CNY. */
  public record Year(int year, double base, double bonus, double rsu, double signOn) {
    public double total() {
      return base + bonus + rsu + signOn;
    }
  }

  /** One offer's years, its band if the guide gives one, and the questions to ask about it. */
  public record OfferYears(
      Offer offer, List<Year> years, Optional<Band> band, List<String> questions) {
    public OfferYears {
      Objects.requireNonNull(offer, "offer");
      years = List.copyOf(years);
      Objects.requireNonNull(band, "band");
      questions = List.copyOf(questions);
    }
  }

  /** Which offer leads a year, and by how much over the next. */
  public record Lead(int year, int offer, double margin) {}

  public OfferComparison {
    offers = List.copyOf(offers);
    leads = List.copyOf(leads);
    advice = List.copyOf(advice);
  }

  /** The advice that holds whatever the offers: the guide's negotiation facts. */
  static final List<String> ADVICE =
      List.of(
          "Negotiate the whole package (base, RSU, sign-on bonus and level), not a single number.",
          "Settle the level before the money: the pay bands go by level.",
          "Several offers are the strongest lever: say you have them, and let each company know"
              + " what the other's total package is.",
          "Know the market rate and bring data for your expectation: the band for the level, and"
              + " what others at that level are paid.");

  public static OfferComparison of(List<Offer> offers) {
    int years = 1;
    for (Offer o : offers) {
      years = Math.max(years, Math.max(o.vesting().size(), o.signOnYear()));
    }
    List<OfferYears> all = new ArrayList<>();
    for (Offer o : offers) {
      List<Year> ys = new ArrayList<>();
      for (int y = 1; y <= years; y++) {
        double rsu = y <= o.vesting().size() ? o.rsuTotal() * o.vesting().get(y - 1) / 100 : 0;
        ys.add(
            new Year(
                y, o.baseYearly(), o.bonusTarget(), rsu, y == o.signOnYear() ? o.signOn() : 0));
      }
      Optional<Band> band = band(o);
      all.add(new OfferYears(o, ys, band, questions(o, ys, band)));
    }
    List<Lead> leads = new ArrayList<>();
    if (all.size() > 1) {
      for (int y = 0; y < years; y++) {
        int year = y;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
          order.add(i);
        }
        order.sort(
            Comparator.comparingDouble((Integer i) -> -all.get(i).years().get(year).total())
                .thenComparing(i -> i));
        double first = all.get(order.get(0)).years().get(year).total();
        double second = all.get(order.get(1)).years().get(year).total();
        leads.add(new Lead(year + 1, order.get(0), first - second));
      }
    }
    return new OfferComparison(all, leads, ADVICE);
  }

  /** The band the guide gives for the offer's level ("P7", "p7", "P7 PM"), if it gives one. */
  static Optional<Band> band(Offer offer) {
    return offer
        .level()
        .map(l -> l.strip().toUpperCase(Locale.ROOT).replaceAll("\\s*PM$", ""))
        .map(BANDS::get);
  }

  private static List<String> questions(Offer o, List<Year> years, Optional<Band> band) {
    List<String> qs = new ArrayList<>();
    if (o.level().isEmpty()) {
      qs.add("What level is this offer? Settle the level before the money: it fixes the band.");
    } else {
      qs.add(
          "Is "
              + o.level().get()
              + " the level in writing, and what would it take to come in one level higher?");
    }
    if (band.isPresent()) {
      double first = years.get(0).total();
      String position = band.get().position(first);
      if (position.equals("below")) {
        qs.add(
            "Year 1 ("
                + amount(first)
                + ") is below the guide's "
                + band.get().level()
                + " band ("
                + range(band.get())
                + "): bring market data and ask what brings it into the band.");
      }
    }
    if (o.rsuTotal() > 0) {
      qs.add(
          "Is there a vesting cliff (does nothing vest before the first anniversary?), and what"
              + " happens to unvested RSU if you leave?");
      qs.add(
          "Are there refresh grants, and how large have they been at this level? This grant has"
              + " vested after year "
              + o.vesting().size()
              + ".");
      double even = 100.0 / o.vesting().size();
      if (o.vesting().size() > 1 && o.vesting().get(0) < even - 0.5) {
        qs.add(
            "The vesting is back-loaded ("
                + shares(o.vesting())
                + "): can more vest in the first years?");
      }
    } else {
      qs.add("Is there an RSU grant? The total package counts stock as well as cash.");
    }
    if (o.bonusTarget() > 0) {
      qs.add("What has the bonus actually paid against its target in recent years?");
    } else {
      qs.add("Is there an annual bonus, and what is its target?");
    }
    if (o.signOn() > 0) {
      qs.add(
          "Is the sign-on bonus clawed back if you leave early, over what period, and pro-rated?");
    }
    return qs;
  }

  static String shares(List<Double> vesting) {
    return String.join(
        "/",
        vesting.stream()
            .map(
                v ->
                    v == Math.rint(v)
                        ? String.valueOf(v.longValue())
                        : String.format(Locale.ROOT, "%.1f", v))
            .toList());
  }

  /** 1,234,000. */
  public static String amount(double cny) {
    return String.format(Locale.ROOT, "%,d", Math.round(cny));
  }

  /** "600k-1.2M". */
  public static String range(Band band) {
    return short_(band.low()) + "-" + short_(band.high());
  }

  private static String short_(double v) {
    if (v >= 1_000_000) {
      double m = v / 1_000_000;
      return (m == Math.rint(m) ? String.valueOf((long) m) : String.valueOf(m)) + "M";
    }
    return Math.round(v / 1000) + "k";
  }
}
