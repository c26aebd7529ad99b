package dev.pmdrill.cli;

import dev.pmdrill.bank.Catalog;
import dev.pmdrill.bank.Question;
import dev.pmdrill.tui.BankListing;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pmdrill list}: banks, categories and loops with counts, or the questions themselves. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "List the loaded banks, categories and loops, or the questions.")
final class ListCommand implements Callable<Integer> {
  private final Context context;

  @Mixin BankOptions bankOptions;

  @Option(
      names = "--questions",
      description = "List every question: id, category, difficulty, time.")
  boolean questions;

  @Option(
      names = {"-c", "--category"},
      paramLabel = "C",
      completionCandidates = Completions.Categories.class,
      description = "With --questions: only this category.")
  String category;

  ListCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Catalog catalog = bankOptions.load(context);
    if (!questions && category == null) {
      context.out().print(BankListing.render(catalog, context.color()));
    } else {
      for (Question q : catalog.questions()) {
        if (category == null || q.category().equals(category)) {
          context
              .out()
              .println(
                  String.format(
                      "%-32s %-15s %s %6s  %s",
                      q.id(),
                      q.category(),
                      q.difficulty().stream().mapToObj(d -> "d" + d).findFirst().orElse("  "),
                      q.time().map(dev.pmdrill.bank.Durations::format).orElse(""),
                      opening(q.prompt())));
        }
      }
    }
    context.out().flush();
    return ExitCode.OK;
  }

  /** The prompt's opening words, so a question can be told from its id alone. */
  private static String opening(String prompt) {
    String line = prompt.strip().replaceAll("\\s+", " ");
    return line.length() <= 60 ? line : line.substring(0, 57).strip() + "...";
  }
}
