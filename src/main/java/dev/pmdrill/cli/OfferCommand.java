package dev.pmdrill.cli;

import dev.pmdrill.material.Offer;
import dev.pmdrill.review.OfferComparison;
import dev.pmdrill.tui.OfferReport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code pmdrill offer FILE...}: job offers compared year by year, as the whole package. */
@Command(
    name = "offer",
    mixinStandardHelpOptions = true,
    description = {
      "Compare job offers as the whole package: each year's total (base, bonus",
      "target, the RSU vesting that year, sign-on) with the guide's pay band for",
      "the level beside it (P6 and P7; none where the guide gives none), which",
      "offer leads each year, and the questions worth asking: level, vesting",
      "cliff, refresh grants, bonus history, clawback of the sign-on.",
      "FILE is YAML (one offer, or several under 'offers:') or Markdown with the",
      "offer in its front matter. Keys: company, level, base-monthly with months",
      "or base-yearly, bonus-target (an amount, '15%%' or '3 months'), rsu (the",
      "grant's total), vesting ([25, 25, 25, 25], '25/25/25/25' or '4 years'),",
      "sign-on, sign-on-year (default 1). Amounts in CNY: 600000, 600k, 1.2M, 60万.",
      "Without FILE (or with -), the offers are read from standard input: type",
      "or paste them, then Ctrl-D. Example: docs/examples/offers.yaml",
      "Exit status: 0 compared, 1 a file with problems (each with its line and",
      "column), 2 no such file."
    })
final class OfferCommand implements Callable<Integer> {
  private final Context context;

  @Parameters(
      paramLabel = "FILE",
      arity = "0..*",
      description = "Offer files (.yaml or .md); - or none for standard input.")
  List<String> files = new ArrayList<>();

  @Mixin final FormatOption<TextOrJson> output = FormatOption.textOrJson();

  OfferCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    List<String> sources = files.isEmpty() ? List.of("-") : files;
    if (sources.contains("-") && context.tty().available()) {
      context
          .err()
          .println("Type or paste your offers as YAML (see 'pmdrill offer --help'), then Ctrl-D:");
      context.err().flush();
    }
    List<Offer> offers = new ArrayList<>();
    for (String file : sources) {
      offers.addAll(MaterialFiles.offers(context, file));
    }
    OfferComparison comparison = OfferComparison.of(offers);
    output.print(
        context,
        g -> OfferReport.writeJson(g, comparison),
        width -> OfferReport.render(comparison, width, context.color()));
    return ExitCode.OK;
  }
}
