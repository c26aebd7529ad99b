package dev.pmdrill.tui;

import dev.pmdrill.bank.Bank;
import dev.pmdrill.bank.Catalog;
import dev.pmdrill.bank.Loop;
import dev.pmdrill.bank.Round;
import java.util.Map;

/**
 * The banks, categories and loops that are loaded, with counts; under each loop its rounds, each
 * with how many questions it asks and what it draws them from (categories and tags).
 */
public final class BankListing {
  private BankListing() {}

  public static String render(Catalog catalog, boolean color) {
    Style style = new Style(color);
    StringBuilder s = new StringBuilder();
    s.append(style.bold("Banks")).append('\n');
    if (catalog.banks().isEmpty()) {
      s.append("  (none loaded)\n");
    }
    for (Bank bank : catalog.banks()) {
      long n = catalog.questions().stream().filter(q -> q.bank().equals(bank.id())).count();
      s.append(
          String.format(
              "  %-22s %3d question%s  %s%n", bank.id(), n, n == 1 ? " " : "s", bank.title()));
    }
    if (!catalog.categories().isEmpty()) {
      s.append(style.bold("Categories")).append('\n');
      for (Map.Entry<String, Integer> c : catalog.categories().entrySet()) {
        s.append(String.format("  %-22s %3d%n", c.getKey(), c.getValue()));
      }
    }
    if (!catalog.loops().isEmpty()) {
      s.append(style.bold("Loops")).append('\n');
      for (Loop loop : catalog.loops()) {
        s.append(
            String.format(
                "  %-22s %3d round%s  %s%n",
                loop.id(),
                loop.rounds().size(),
                loop.rounds().size() == 1 ? " " : "s",
                loop.title()));
        for (Round round : loop.rounds()) {
          s.append(
              String.format(
                  "    - %s: %d from %s%n", round.name(), round.questions(), round.sources()));
        }
      }
    }
    return s.toString();
  }
}
