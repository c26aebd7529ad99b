package dev.pmdrill.cli;

import dev.pmdrill.material.Offer;
import dev.pmdrill.review.OfferComparison;
import dev.pmdrill.session.AtomicFile;
import dev.pmdrill.tui.OfferReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
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
      "Without FILE, in a terminal, pmdrill asks for each offer field by field",
      "and can save them as a file; with - (or piped), the offers are read from",
      "standard input as YAML. Example: docs/examples/offers.yaml",
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
    List<Offer> offers = files.isEmpty() && context.tty().available() ? asked() : read(files);
    OfferComparison comparison = OfferComparison.of(offers);
    output.print(
        context,
        g -> OfferReport.writeJson(g, comparison),
        width -> OfferReport.render(comparison, width, context.color()));
    return ExitCode.OK;
  }

  private List<Offer> read(List<String> given) {
    List<String> sources = given.isEmpty() ? List.of("-") : given;
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
    return offers;
  }

  /** Offers typed field by field, kept as a file when the candidate names one. */
  private List<Offer> asked() {
    LineReader reader = context.tty().reader();
    OfferQuestions questions = new OfferQuestions(reader);
    List<Offer> offers = questions.ask();
    Optional<String> yaml = questions.yaml();
    if (yaml.isPresent()) {
      keep(reader, yaml.get());
    }
    if (offers.isEmpty()) {
      throw new ExitException(ExitCode.ERRORS, "no offer was finished; nothing was compared");
    }
    return offers;
  }

  private void keep(LineReader reader, String yaml) {
    PrintWriter out = reader.getTerminal().writer();
    try {
      String name =
          reader.readLine("Save these offers as a file to compare again (Enter skips): ").strip();
      if (name.isEmpty()) {
        return;
      }
      Path path = Path.of(name);
      if (Files.exists(path)) {
        out.println(name + " exists and was left as it is; the offers as typed:");
        out.print(yaml);
        return;
      }
      AtomicFile.write(path, yaml);
      out.println("Saved: pmdrill offer " + name);
    } catch (EndOfFileException | UserInterruptException | IOException | InvalidPathException e) {
      out.println("Not saved; the offers as typed:");
      out.print(yaml);
    } finally {
      out.flush();
    }
  }
}
