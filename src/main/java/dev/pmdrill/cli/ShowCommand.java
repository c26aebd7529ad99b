package dev.pmdrill.cli;

import dev.pmdrill.bank.Question;
import dev.pmdrill.tui.Wrap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pmdrill show ID}: a question's prompt and hints, and the model answer on request. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = "Show a question: prompt, hints, follow-ups; --answer adds the model answer.")
final class ShowCommand implements Callable<Integer> {
  private final Context context;

  @Mixin BankOptions bankOptions;

  @Parameters(
      paramLabel = "ID",
      completionCandidates = Completions.QuestionIds.class,
      description = "The question's id.")
  String id;

  @Option(names = "--answer", description = "Also show the model answer.")
  boolean answer;

  @Option(
      names = "--rubric",
      description = "Also show what the answer is assessed on: each criterion, its weight and tip.")
  boolean rubric;

  ShowCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Question q = ScoreCommand.find(bankOptions.load(context), id);
    var out = context.out();
    out.println(
        q.id()
            + "  "
            + q.category()
            + q.difficulty().stream().mapToObj(d -> "  difficulty " + d).findFirst().orElse("")
            + q.time().map(t -> "  " + dev.pmdrill.bank.Durations.format(t)).orElse(""));
    out.print(Wrap.wrap(q.prompt(), 80, "  "));
    if (!q.hints().isEmpty()) {
      out.println("Hints:");
      q.hints().forEach(h -> out.print(Wrap.wrap("- " + h, 80, "  ")));
    }
    if (!q.followUps().isEmpty()) {
      out.println("Follow-ups:");
      q.followUps().forEach(h -> out.print(Wrap.wrap("- " + h, 80, "  ")));
    }
    if (rubric) {
      out.println("Assessed on:");
      for (var c : q.rubric().criteria()) {
        String weight =
            c.info().weight() == 1
                ? ""
                : "  x"
                    + new java.text.DecimalFormat(
                            "0.##",
                            java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT))
                        .format(c.info().weight());
        out.print(Wrap.wrap("- " + c.name() + " (" + c.kind() + ")" + weight, 80, "  "));
        c.info().tip().ifPresent(t -> out.print(Wrap.wrap("tip: " + t, 80, "      ")));
      }
    }
    if (answer) {
      out.println("Model answer:");
      out.print(Wrap.wrap(q.modelAnswer().orElse("(none)"), 80, "  "));
    }
    out.flush();
    return ExitCode.OK;
  }
}
