package dev.pmdrill.tui;

import dev.pmdrill.scoring.Band;
import dev.pmdrill.scoring.CriterionResult;
import dev.pmdrill.scoring.Evidence;
import dev.pmdrill.scoring.Misplaced;
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
    return render(question, score, 80, color);
  }

  /** The report wrapped to {@code width} columns (at least 30). */
  public static String render(String question, Score score, int width, boolean color) {
    int columns = Math.max(30, width);
    Style style = new Style(color);
    StringBuilder s = new StringBuilder();
    String band = score.band().label();
    String total = score.total() + "/100 " + band;
    s.append(question)
        .append("  ")
        .append(style.bold(style.band(Band.of(score.total())).apply(total)))
        .append("  (")
        .append(score.words())
        .append(" words)\n\n");
    for (CriterionResult r : score.results()) {
      if (!r.criterion().weighted()) {
        continue;
      }
      appendCriterion(s, style, r, columns);
    }
    List<CriterionResult> penalties = score.penalties();
    if (!penalties.isEmpty()) {
      s.append('\n').append(style.bold("Penalties")).append('\n');
      for (CriterionResult p : penalties) {
        String lead = "  -" + number(p.penalty()) + "  ";
        s.append(hanging(lead, p.criterion().name() + ": " + quotes(p.evidence()), columns));
        p.criterion()
            .info()
            .tip()
            .ifPresent(tip -> s.append(hanging("        tip: ", tip, columns)));
      }
    }
    if (!score.adjustments().isEmpty()) {
      // a bar above can show less than its evidence earned; this says why
      s.append('\n').append(style.bold("Adjusted")).append('\n');
      for (String adjustment : score.adjustments()) {
        s.append(hanging("  ", adjustment, columns));
      }
    }
    for (CriterionResult r : score.results()) {
      if (r.cap().isPresent()) {
        boolean bit = score.cappedBy().isPresent() && score.cappedBy().get() == r;
        String label = bit ? "Capped at " + number(r.cap().getAsDouble()) : "Prose";
        String wrapped =
            hanging(label + ": ", r.criterion().name() + " - " + r.note().orElse(""), columns);
        s.append('\n')
            .append(bit ? style.red(label) : style.yellow(label))
            .append(wrapped.substring(label.length()));
      }
    }
    return s.toString();
  }

  private static void appendCriterion(
      StringBuilder s, Style style, CriterionResult r, int columns) {
    int filled = (int) Math.round(r.score() * BAR);
    String bar = "#".repeat(filled) + ".".repeat(BAR - filled);
    String coloured =
        r.met() ? style.green(bar) : r.score() > 0 ? style.yellow(bar) : style.red(bar);
    double weight = r.criterion().info().weight();
    String lead = String.format(Locale.ROOT, "  %4.2f %s  ", r.score(), bar);
    String name = r.criterion().name() + (weight == 1 ? "" : "  x" + number(weight));
    s.append(hanging(lead, name, columns).replace(bar, coloured));
    String indent = columns < 60 ? "    " : "             ";
    if (!r.evidence().isEmpty()) {
      s.append(hanging(indent + "found: ", quotes(r.evidence()), columns));
    }
    if (!r.met()) {
      List<String> missing = r.missingToShow();
      if (!missing.isEmpty()) {
        s.append(hanging(indent + "missing: ", list(missing), columns));
      }
      for (Misplaced m : r.misplaced()) {
        s.append(
            hanging(
                indent,
                "found '" + shorten(m.quote()) + "', but not in the " + m.region(),
                columns));
      }
      r.criterion()
          .info()
          .tip()
          .ifPresent(tip -> s.append(hanging(indent + "tip: ", tip, columns)));
    }
    if (r.note().isPresent() && (r.met() || !r.missingToShow().contains(r.note().get()))) {
      s.append(style.dim(hanging(indent, r.note().get(), columns).stripTrailing())).append('\n');
    }
  }

  /** {@code lead} then {@code text} wrapped to the width, later lines indented under the text. */
  static String hanging(String lead, String text, int columns) {
    int indent = Math.min(lead.length(), columns / 2);
    StringBuilder out = new StringBuilder();
    List<String> lines = Wrap.lines(text, Math.max(10, columns - Math.max(lead.length(), indent)));
    for (int i = 0; i < lines.size(); i++) {
      out.append(i == 0 ? lead : " ".repeat(indent)).append(lines.get(i)).append('\n');
    }
    return out.toString();
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
