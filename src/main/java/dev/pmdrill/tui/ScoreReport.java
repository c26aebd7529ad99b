package dev.pmdrill.tui;

import dev.pmdrill.scoring.CriterionResult;
import dev.pmdrill.scoring.Evidence;
import dev.pmdrill.scoring.Score;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a candidate reads after answering: the total and band, a bar per criterion with the quoted
 * words that earned credit, what was missing with the tip, the penalties, and the cap. Pure: a
 * score, a question id and a colour flag in; text out.
 */
public final class ScoreReport {
  private static final int BAR = 10;
  private static final int MAX_LISTED = 6;
  private static final int QUOTE = 60;

  private ScoreReport() {}

  public static String render(String question, Score score, boolean color) {
    Style style = new Style(color);
    StringBuilder s = new StringBuilder();
    String band = score.band().label();
    String total = score.total() + "/100 " + band;
    s.append(question)
        .append("  ")
        .append(style.bold(bandColor(style, score.total(), total)))
        .append("  (")
        .append(score.words())
        .append(" words)\n\n");
    for (CriterionResult r : score.results()) {
      if (!r.criterion().weighted()) {
        continue;
      }
      appendCriterion(s, style, r);
    }
    List<CriterionResult> penalties = score.penalties();
    if (!penalties.isEmpty()) {
      s.append('\n').append(style.bold("Penalties")).append('\n');
      for (CriterionResult p : penalties) {
        s.append(
            String.format(
                Locale.ROOT,
                "  -%s  %s: %s%n",
                number(p.penalty()),
                p.criterion().name(),
                quotes(p.evidence())));
        p.criterion()
            .info()
            .tip()
            .ifPresent(tip -> s.append("        tip: ").append(tip).append('\n'));
      }
    }
    for (CriterionResult r : score.results()) {
      if (r.cap().isPresent()) {
        boolean bit = score.cappedBy().isPresent() && score.cappedBy().get() == r;
        s.append('\n')
            .append(
                bit
                    ? style.red("Capped at " + number(r.cap().getAsDouble()))
                    : style.yellow("Prose"))
            .append(": ")
            .append(r.criterion().name())
            .append(" - ")
            .append(r.note().orElse(""))
            .append('\n');
      }
    }
    return s.toString();
  }

  private static void appendCriterion(StringBuilder s, Style style, CriterionResult r) {
    int filled = (int) Math.round(r.score() * BAR);
    String bar = "#".repeat(filled) + ".".repeat(BAR - filled);
    String coloured =
        r.met() ? style.green(bar) : r.score() > 0 ? style.yellow(bar) : style.red(bar);
    double weight = r.criterion().info().weight();
    s.append(
        String.format(
            Locale.ROOT,
            "  %4.2f %s  %s%s%n",
            r.score(),
            coloured,
            r.criterion().name(),
            weight == 1 ? "" : style.dim("  x" + number(weight))));
    if (!r.evidence().isEmpty()) {
      s.append("             found: ").append(quotes(r.evidence())).append('\n');
    }
    if (!r.met()) {
      if (!r.missing().isEmpty()) {
        s.append("             missing: ").append(list(r.missing())).append('\n');
      }
      r.criterion()
          .info()
          .tip()
          .ifPresent(tip -> s.append("             tip: ").append(tip).append('\n'));
    }
    if (r.note().isPresent()) {
      s.append("             ").append(style.dim(r.note().get())).append('\n');
    }
  }

  private static String bandColor(Style style, int total, String text) {
    return total >= 70 ? style.green(text) : total >= 50 ? style.yellow(text) : style.red(text);
  }

  private static String quotes(List<Evidence> evidence) {
    return evidence.stream()
        .map(e -> "\"" + shorten(e.quote()) + "\"")
        .collect(Collectors.joining(", "));
  }

  private static String list(List<String> items) {
    String shown = items.stream().limit(MAX_LISTED).collect(Collectors.joining(", "));
    return items.size() > MAX_LISTED
        ? shown + " (and " + (items.size() - MAX_LISTED) + " more)"
        : shown;
  }

  private static String shorten(String quote) {
    return quote.length() <= QUOTE ? quote : quote.substring(0, QUOTE - 3) + "...";
  }

  private static String number(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.1f", d);
  }
}
