package dev.pmdrill.cli;

import dev.pmdrill.bank.RubricLibrary;
import dev.pmdrill.scoring.Criterion;
import dev.pmdrill.scoring.Rubric;
import dev.pmdrill.text.ConnectingWords;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code pmdrill help [COMMAND|prose|rubrics]}: help on a command, or on a scoring topic. */
@Command(
    name = "help",
    helpCommand = true,
    description = {
      "Show help for a command, or on the topics prose and rubrics:",
      "  prose    the connecting words the prose criterion counts",
      "  rubrics  the pmdrill/ rubric library that 'use' can name"
    })
final class HelpCommand implements Callable<Integer> {
  private final Context context;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "TOPIC",
      description = "A command, 'prose' or 'rubrics'.")
  String topic;

  HelpCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    CommandLine root = spec.root().commandLine();
    if (topic == null) {
      root.usage(context.out());
    } else if (topic.equals("prose")) {
      context.out().print(prose());
    } else if (topic.equals("rubrics") || topic.equals("library")) {
      context.out().print(rubrics());
    } else if (root.getSubcommands().containsKey(topic)) {
      root.getSubcommands().get(topic).usage(context.out());
    } else {
      throw new ExitException(
          ExitCode.USAGE, "no command or topic '" + topic + "'; try 'pmdrill help'");
    }
    context.out().flush();
    return ExitCode.OK;
  }

  private static String prose() {
    return "A prose criterion caps an answer that reads as a list of terms. It fails when the share\n"
        + "of connecting words (words counted as for length: each CJK character is one) is below\n"
        + "its 'min' (default 0.15), or when more than 'terms' (default 0.5) of the words lie inside\n"
        + "text matched by the rubric's concept and sequence terms.\n\n"
        + "English connecting words ("
        + ConnectingWords.english().size()
        + "):\n"
        + wrap(String.join(" ", ConnectingWords.english()))
        + "\n"
        + "Chinese connecting words ("
        + ConnectingWords.chinese().size()
        + "; each character of a match counts):\n"
        + wrap(String.join(" ", ConnectingWords.chinese()));
  }

  private static String rubrics() {
    StringBuilder s =
        new StringBuilder(
            "pmdrill's rubric library; a bank brings one in with 'use: pmdrill/NAME'.\n");
    for (Map.Entry<String, Rubric> rubric : RubricLibrary.rubrics().entrySet()) {
      s.append('\n').append(rubric.getKey()).append('\n');
      for (Criterion c : rubric.getValue().criteria()) {
        s.append("  ").append(c.kind()).append(": ").append(c.name());
        if (c.info().weight() != 1) {
          s.append(" (weight ").append(c.info().weight()).append(')');
        }
        s.append('\n');
        c.info().tip().ifPresent(tip -> s.append("      ").append(tip).append('\n'));
      }
    }
    return s.toString();
  }

  private static String wrap(String words) {
    StringBuilder out = new StringBuilder("  ");
    int column = 2;
    for (String word : words.split(" ")) {
      if (column + word.length() > 78) {
        out.append("\n  ");
        column = 2;
      }
      out.append(word).append(' ');
      column += word.length() + 1;
    }
    return out.toString().stripTrailing() + "\n";
  }
}
