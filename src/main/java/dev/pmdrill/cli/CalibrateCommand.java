package dev.pmdrill.cli;

import dev.pmdrill.bank.Calibration;
import dev.pmdrill.bank.LoadResult;
import dev.pmdrill.tui.CalibrationReport;
import dev.pmdrill.tui.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pmdrill calibrate}: how well each rubric agrees with the grades of its examples. */
@Command(
    name = "calibrate",
    mixinStandardHelpOptions = true,
    header = "How well each rubric agrees with its examples' grades.",
    description = {
      "Scores every example and compares with its grade, the centre of its expect",
      "range: per question and file, in-range, spearman (rank correlation) and",
      "pairwise (pairs of a question put in the graders' order); each criterion's",
      "mean score on strong and weak examples; terms no example matches; examples",
      "within 5 points of an edge of their range. See docs/authoring.md.",
      "Exit status: 0 done, 1 a bank does not load or a --min is missed, 2 usage."
    })
final class CalibrateCommand implements Callable<Integer> {
  private final Context context;

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description = "Bank files or folders (default: the built-in banks).")
  List<String> paths = new ArrayList<>();

  @Mixin final FormatOption<TextOrJson> output = FormatOption.textOrJson();

  @Option(
      names = "--min-spearman",
      paramLabel = "R",
      description = "Exit 1 when the total spearman is below R (-1 to 1).")
  Double minSpearman;

  @Option(
      names = "--min-pairwise",
      paramLabel = "P",
      description = "Exit 1 when the total pairwise is below P (0 to 1).")
  Double minPairwise;

  @Option(
      names = "--min-in-range",
      paramLabel = "F",
      description = "Exit 1 when under a share F (0 to 1) of examples are in range.")
  Double minInRange;

  @Option(
      names = "--like",
      description =
          "Score with the sentence models on (as PMDRILL_SEMANTIC=on) and list the like"
              + " sentences no example comes near.")
  boolean like;

  CalibrateCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    checkBounds();
    if (like) {
      dev.pmdrill.semantic.Semantics.configure(
          Pmdrill.modelCache(context),
          true,
          message -> context.err().println("pmdrill: warning: " + message));
    }
    LoadResult loaded = BankPaths.load(context, paths);
    if (loaded.hasErrors()) {
      // Files that do not load are left out, and say why; the others are still calibrated.
      context.err().print(ValidationReport.text(loaded, context.color()));
    }
    Calibration calibration = Calibration.of(loaded);
    if (output.json()) {
      context.out().print(CalibrationReport.json(calibration));
    } else {
      context.out().print(CalibrationReport.text(calibration, 80, context.color()));
    }
    List<String> missed = missed(calibration.total());
    missed.forEach(m -> context.err().println("pmdrill calibrate: " + m));
    context.out().flush();
    context.err().flush();
    if (loaded.hasErrors()) {
      context.err().println("pmdrill calibrate: files with errors were left out");
      context.err().flush();
      return ExitCode.ERRORS;
    }
    return missed.isEmpty() ? ExitCode.OK : ExitCode.ERRORS;
  }

  private void checkBounds() {
    check("--min-spearman", minSpearman, -1);
    check("--min-pairwise", minPairwise, 0);
    check("--min-in-range", minInRange, 0);
  }

  private static void check(String option, Double value, double lowest) {
    if (value != null && (value < lowest || value > 1 || value.isNaN())) {
      throw new ExitException(
          ExitCode.USAGE,
          option + " must be between " + (lowest < 0 ? "-1" : "0") + " and 1, not " + value);
    }
  }

  private List<String> missed(Calibration.Agreement total) {
    List<String> missed = new ArrayList<>();
    below("spearman", total.spearman(), minSpearman, missed);
    below("pairwise", total.pairwise(), minPairwise, missed);
    if (minInRange != null && total.inRange() < minInRange * total.examples()) {
      missed.add(
          String.format(
              java.util.Locale.ROOT,
              "in-range %d/%d is below --min-in-range %s",
              total.inRange(),
              total.examples(),
              minInRange));
    }
    return missed;
  }

  private static void below(String what, OptionalDouble value, Double min, List<String> missed) {
    if (min == null) {
      return;
    }
    if (value.isEmpty() || value.getAsDouble() < min) {
      missed.add(
          what
              + " "
              + (value.isPresent()
                  ? String.format(java.util.Locale.ROOT, "%.3f", value.getAsDouble())
                  : "n/a")
              + " is below --min-"
              + what
              + " "
              + min);
    }
  }
}
