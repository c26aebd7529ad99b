package dev.pmdrill.cli;

import dev.pmdrill.bank.CriterionKinds;
import dev.pmdrill.bank.RubricLibrary;
import dev.pmdrill.scoring.Criterion;
import dev.pmdrill.scoring.Rubric;
import dev.pmdrill.semantic.SentenceModel;
import dev.pmdrill.semantic.SentenceScript;
import dev.pmdrill.text.ConnectingWords;
import dev.pmdrill.text.Negation;
import dev.pmdrill.tui.Wrap;
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
      "  rubrics  the pmdrill/ rubric library that 'use' can name",
      "  semantic the sentence models that score 'like' sentences",
      "  kinds    the criterion kinds a rubric can use"
    })
final class HelpCommand implements Callable<Integer> {
  private final Context context;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "TOPIC",
      description = "A command, or a topic: prose, rubrics, semantic, kinds.")
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
    } else if (topic.equals("semantic")) {
      context.out().print(semantic());
    } else if (topic.equals("kinds")) {
      context.out().print(kinds());
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

  private static String semantic() {
    StringBuilder s =
        new StringBuilder(
            "A concept or sequence step may list 'like' sentences: the idea as a candidate would say\n"
                + "it. Each sentence of an answer is compared with the 'like' sentences of its own\n"
                + "script by the cosine of sentence embeddings; at or above the model's threshold it\n"
                + "counts as one distinct matching term, and the feedback quotes both sentences.\n"
                + "A negated sentence (\"I would not ...\") only matches a negated 'like' sentence.\n\n");
    for (SentenceModel model : SentenceModel.all()) {
      s.append(
          String.format(
              java.util.Locale.ROOT,
              "  %-9s %s, threshold %.2f%n",
              model.script() == SentenceScript.CJK ? "Chinese" : "English",
              model.name(),
              model.threshold()));
    }
    s.append(
        "\nThe models run in-process and offline (ONNX Runtime, one thread per answer, so the same\n"
            + "text gives the same score on every run), load on the first answer that needs them\n"
            + "and unpack their native libraries under $XDG_CACHE_HOME/pmdrill. Where a model cannot\n"
            + "load, pmdrill warns once and scores by terms alone.\n\n"
            + "The models are off unless PMDRILL_SEMANTIC=on: on 176 answers written blind from the\n"
            + "prompts, scores agreed with hand grades a little less with them (spearman 0.886)\n"
            + "than without (0.892), so terms alone score by default. Models and thresholds\n"
            + "belong to the scorer, not to banks.\n");
    return s.toString();
  }

  private static String kinds() {
    StringBuilder s = new StringBuilder("The criterion kinds a rubric item can start with:\n\n");
    for (CriterionKinds.Kind kind : CriterionKinds.all()) {
      s.append(String.format(java.util.Locale.ROOT, "  %-10s %s%n", kind.key(), kind.summary()));
      if (!kind.keys().isEmpty()) {
        s.append("             keys: ")
            .append(String.join(", ", new java.util.TreeSet<>(kind.keys())))
            .append('\n');
      }
    }
    return s.toString();
  }

  private static String prose() {
    return "A prose criterion caps an answer that reads as a list of terms (at 'cap', default 25).\n"
        + "It fails when the share of connecting words (words counted as for length: each CJK\n"
        + "character is one) is below its 'min' (default 0.15 for English, 0.07 for Chinese; a\n"
        + "mixed answer is held to the share of its scripts), or when more than 'terms' (default\n"
        + "0.5) of the words lie inside text matched by the rubric's concept and sequence terms or\n"
        + "in bare fragment lines (six words or fewer, no connecting word). Text copied from the\n"
        + "prompt counts in neither share.\n\n"
        + "A term earns nothing when a negation stands before it in the same clause, when it is\n"
        + "matched twice in one sentence, when its sentence holds only rubric terms and connecting\n"
        + "words, or when it lies in a run of six or more words copied from the prompt.\n"
        + "A negation such as 'not' or 'never' covers what 'and' and the list comma 、 join\n"
        + "to its verb ('I would not combine CTR and AOV into GMV per user'); 'no' and\n"
        + "'without' cover the next thing only.\n"
        + "A term also earns nothing in a report of what others would do ('many teams would\n"
        + "...', 'most candidates start with ...', 很多人会讲 ..., 很多人会去 ...) up to where\n"
        + "the candidate speaks again: a full stop or semicolon, 'but', 'so', 'I', 'we',\n"
        + "但, 所以, 我.\n"
        + "Negations: "
        + String.join(" ", Negation.english())
        + " "
        + String.join(" ", Negation.chinese())
        + "\nNot negations: "
        + String.join(", ", Negation.exceptions())
        + "\n\n"
        + "English connecting words ("
        + ConnectingWords.english().size()
        + "):\n"
        + Wrap.wrapWords(ConnectingWords.english(), 78, "  ")
        + "\n"
        + "Chinese connecting words ("
        + ConnectingWords.chinese().size()
        + "; each character of a match counts):\n"
        + Wrap.wrapWords(ConnectingWords.chinese(), 78, "  ");
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
}
