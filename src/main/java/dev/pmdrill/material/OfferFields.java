package dev.pmdrill.material;

import dev.pmdrill.bank.Location;
import dev.pmdrill.bank.Problem;
import dev.pmdrill.bank.Suggestions;
import dev.pmdrill.bank.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one offer's keys from a YAML mapping, adding every problem with its place: unknown keys
 * (with the nearest known one), missing or doubled base, numbers that are not amounts, a vesting
 * schedule that does not add up to 100%.
 */
final class OfferFields {
  static final Set<String> KEYS =
      Set.of(
          "company",
          "level",
          "base-monthly",
          "months",
          "base-yearly",
          "bonus-target",
          "rsu",
          "vesting",
          "sign-on",
          "sign-on-year");

  /** 600000, 600_000, 600,000, 600k, 1.2M, 35K: an amount in CNY. */
  private static final Pattern AMOUNT =
      Pattern.compile("(?i)\\s*(?:cny|rmb|¥)?\\s*([0-9][0-9_,]*(?:\\.[0-9]+)?)\\s*([km万w]?)\\s*");

  private static final Pattern PERCENT = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*%\\s*");
  private static final Pattern MONTHS =
      Pattern.compile("(?i)\\s*([0-9]+(?:\\.[0-9]+)?)\\s*months?\\s*");
  private static final Pattern EVEN_YEARS =
      Pattern.compile("(?i)\\s*([0-9]+)\\s*years?(?:\\s+even(?:ly)?)?\\s*");

  private final List<Problem> problems;

  OfferFields(List<Problem> problems) {
    this.problems = problems;
  }

  Optional<Offer> read(YamlNode.Mapping m) {
    int before = errors();
    for (YamlNode.Entry e : m.entries().values()) {
      if (!KEYS.contains(e.key())) {
        problems.add(
            Problem.error(
                e.keyLocation(),
                "unknown key '"
                    + e.key()
                    + "' in an offer"
                    + Suggestions.hint(e.key(), KEYS)
                    + " (the keys: "
                    + String.join(", ", KEYS.stream().sorted().toList())
                    + ")"));
      }
    }
    Optional<String> company = text(m, "company");
    if (company.isEmpty() && m.entry("company").isEmpty()) {
      problems.add(Problem.error(m.location(), "this offer has no 'company'"));
    }
    Optional<String> level = text(m, "level");
    OptionalDouble monthly = amount(m, "base-monthly");
    OptionalDouble yearly = amount(m, "base-yearly");
    OptionalDouble months = number(m, "months", 1, 24);
    double base = 0;
    if (monthly.isPresent() && yearly.isPresent()) {
      problems.add(
          Problem.error(
              m.entry("base-yearly").get().keyLocation(),
              "give 'base-monthly' (with 'months') or 'base-yearly', not both"));
    } else if (monthly.isPresent()) {
      if (months.isEmpty() && m.entry("months").isEmpty()) {
        problems.add(
            Problem.error(
                m.entry("base-monthly").get().keyLocation(),
                "'base-monthly' needs 'months': how many months of base are paid a year (12, 13,"
                    + " 16...)"));
      }
      base = monthly.getAsDouble() * months.orElse(0);
    } else if (yearly.isPresent()) {
      if (m.entry("months").isPresent()) {
        problems.add(
            Problem.error(
                m.entry("months").get().keyLocation(),
                "'months' goes with 'base-monthly'; 'base-yearly' is already the year's base"));
      }
      base = yearly.getAsDouble();
    } else if (m.entry("base-monthly").isEmpty() && m.entry("base-yearly").isEmpty()) {
      problems.add(
          Problem.error(
              m.location(), "this offer has no base: give 'base-monthly' or 'base-yearly'"));
    }
    double bonus = bonus(m, base, monthly, months);
    OptionalDouble rsu = amount(m, "rsu");
    List<Double> vesting = vesting(m);
    if (rsu.isPresent()
        && rsu.getAsDouble() > 0
        && vesting.isEmpty()
        && m.entry("vesting").isEmpty()) {
      problems.add(
          Problem.error(
              m.entry("rsu").get().keyLocation(),
              "'rsu' needs 'vesting': the share vesting each year, such as [25, 25, 25, 25] or"
                  + " '4 years'"));
    }
    OptionalDouble signOn = amount(m, "sign-on");
    OptionalDouble signOnYear = number(m, "sign-on-year", 1, 10);
    if (signOnYear.isPresent() && signOnYear.getAsDouble() != Math.rint(signOnYear.getAsDouble())) {
      problems.add(
          Problem.error(
              m.entry("sign-on-year").get().value().location(),
              "'sign-on-year' must be a whole year: 1 for the first"));
    }
    if (errors() > before) {
      return Optional.empty();
    }
    return Optional.of(
        new Offer(
            company.orElse(""),
            level,
            base,
            bonus,
            rsu.orElse(0),
            rsu.orElse(0) > 0 ? vesting : List.of(),
            signOn.orElse(0),
            (int) signOnYear.orElse(1),
            m.location()));
  }

  private int errors() {
    return (int) problems.stream().filter(Problem::isError).count();
  }

  private double bonus(
      YamlNode.Mapping m, double base, OptionalDouble monthly, OptionalDouble months) {
    Optional<YamlNode.Entry> e = m.entry("bonus-target");
    if (e.isEmpty() || isNull(e.get().value())) {
      return 0;
    }
    YamlNode v = e.get().value();
    if (v instanceof YamlNode.Scalar) {
      String text = ((YamlNode.Scalar) v).text();
      Matcher percent = PERCENT.matcher(text);
      if (percent.matches()) {
        return base * Double.parseDouble(percent.group(1)) / 100;
      }
      Matcher inMonths = MONTHS.matcher(text);
      if (inMonths.matches()) {
        double perMonth = monthly.isPresent() ? monthly.getAsDouble() : base / 12;
        return perMonth * Double.parseDouble(inMonths.group(1));
      }
    }
    return amount(m, "bonus-target").orElse(0);
  }

  private List<Double> vesting(YamlNode.Mapping m) {
    Optional<YamlNode.Entry> e = m.entry("vesting");
    if (e.isEmpty() || isNull(e.get().value())) {
      return List.of();
    }
    YamlNode v = e.get().value();
    List<Double> shares = new ArrayList<>();
    if (v instanceof YamlNode.Sequence) {
      for (YamlNode item : ((YamlNode.Sequence) v).items()) {
        OptionalDouble share = percent(item);
        if (share.isEmpty()) {
          return List.of();
        }
        shares.add(share.getAsDouble());
      }
    } else if (v instanceof YamlNode.Scalar) {
      String text = ((YamlNode.Scalar) v).text();
      Matcher even = EVEN_YEARS.matcher(text);
      if (even.matches()) {
        int years = Integer.parseInt(even.group(1));
        if (years < 1 || years > 10) {
          problems.add(Problem.error(v.location(), "vesting runs 1 to 10 years, not " + years));
          return List.of();
        }
        for (int i = 0; i < years; i++) {
          shares.add(100.0 / years);
        }
        return shares;
      }
      for (String part : text.split("/")) {
        try {
          shares.add(Double.parseDouble(part.strip().replace("%", "")));
        } catch (NumberFormatException ex) {
          problems.add(
              Problem.error(
                  v.location(),
                  "'vesting' must be the share vesting each year, such as [25, 25, 25, 25],"
                      + " '25/25/25/25' or '4 years', not '"
                      + text
                      + "'"));
          return List.of();
        }
      }
    } else {
      problems.add(Problem.error(v.location(), "'vesting' must be a list, not " + v.describe()));
      return List.of();
    }
    double sum = shares.stream().mapToDouble(Double::doubleValue).sum();
    if (shares.isEmpty() || shares.size() > 10 || Math.abs(sum - 100) > 0.5) {
      problems.add(
          Problem.error(
              v.location(),
              "the vesting shares must add up to 100% over 1 to 10 years; these add up to "
                  + format(sum)
                  + "% over "
                  + shares.size()
                  + (shares.size() == 1 ? " year" : " years")));
      return List.of();
    }
    return shares;
  }

  private OptionalDouble percent(YamlNode item) {
    if (item instanceof YamlNode.Scalar) {
      String text = ((YamlNode.Scalar) item).text().strip().replace("%", "");
      try {
        double value = Double.parseDouble(text);
        if (value >= 0 && value <= 100) {
          return OptionalDouble.of(value);
        }
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    problems.add(
        Problem.error(
            item.location(),
            "a vesting share must be a percentage from 0 to 100, not " + item.describe()));
    return OptionalDouble.empty();
  }

  private Optional<String> text(YamlNode.Mapping m, String key) {
    Optional<YamlNode.Entry> e = m.entry(key);
    if (e.isEmpty() || isNull(e.get().value())) {
      return Optional.empty();
    }
    YamlNode v = e.get().value();
    if (v instanceof YamlNode.Scalar && !((YamlNode.Scalar) v).text().isBlank()) {
      return Optional.of(((YamlNode.Scalar) v).text().strip());
    }
    problems.add(Problem.error(v.location(), "'" + key + "' must be text, not " + v.describe()));
    return Optional.empty();
  }

  /** An amount in CNY: a number, or 600k, 1.2M, 35,000, 60万. */
  private OptionalDouble amount(YamlNode.Mapping m, String key) {
    Optional<YamlNode.Entry> e = m.entry(key);
    if (e.isEmpty() || isNull(e.get().value())) {
      return OptionalDouble.empty();
    }
    YamlNode v = e.get().value();
    if (v instanceof YamlNode.Scalar) {
      Matcher a = AMOUNT.matcher(((YamlNode.Scalar) v).text());
      if (a.matches()) {
        double value = Double.parseDouble(a.group(1).replace("_", "").replace(",", ""));
        String unit = a.group(2).toLowerCase(Locale.ROOT);
        value *=
            switch (unit) {
              case "k" -> 1_000;
              case "m" -> 1_000_000;
              case "万", "w" -> 10_000;
              default -> 1;
            };
        if (value < 1e10) {
          return OptionalDouble.of(value);
        }
      }
    }
    problems.add(
        Problem.error(
            v.location(),
            "'"
                + key
                + "' must be an amount in CNY, such as 600000, 600k, 1.2M or 60万, not "
                + v.describe()));
    return OptionalDouble.empty();
  }

  private OptionalDouble number(YamlNode.Mapping m, String key, double low, double high) {
    Optional<YamlNode.Entry> e = m.entry(key);
    if (e.isEmpty() || isNull(e.get().value())) {
      return OptionalDouble.empty();
    }
    YamlNode v = e.get().value();
    if (v instanceof YamlNode.Scalar && ((YamlNode.Scalar) v).isNumber()) {
      double value = ((YamlNode.Scalar) v).number();
      if (value >= low && value <= high) {
        return OptionalDouble.of(value);
      }
    }
    problems.add(
        Problem.error(
            v.location(),
            "'"
                + key
                + "' must be a number from "
                + format(low)
                + " to "
                + format(high)
                + ", not "
                + v.describe()));
    return OptionalDouble.empty();
  }

  private static boolean isNull(YamlNode v) {
    return v instanceof YamlNode.Scalar
        && ((YamlNode.Scalar) v).type() == YamlNode.Scalar.Type.NULL;
  }

  private static String format(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }

  static Location where(YamlNode node) {
    return node.location();
  }
}
