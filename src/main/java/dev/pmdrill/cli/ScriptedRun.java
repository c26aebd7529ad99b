package dev.pmdrill.cli;

import dev.pmdrill.bank.Question;
import dev.pmdrill.session.Attempt;
import dev.pmdrill.session.ScriptedAnswer;
import dev.pmdrill.session.ScriptedAnswers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Answers questions from stdin: no clock, no prompts, the same engine as a drill. */
final class ScriptedRun {
  private final Context context;

  ScriptedRun(Context context, ScriptOptions options) {
    this.context = context;
  }

  List<Attempt> answer(List<Question> questions, Function<Question, Optional<Duration>> limits) {
    String input = AnswerInput.read(context.in(), "standard input");
    List<ScriptedAnswer> answers = ScriptedAnswers.split(input);
    if (answers.size() > questions.size()) {
      context
          .err()
          .println(
              "pmdrill: "
                  + answers.size()
                  + " answers for "
                  + questions.size()
                  + " question(s); the extra answers are ignored");
    }
    List<Attempt> attempts = new ArrayList<>();
    for (int i = 0; i < questions.size(); i++) {
      Question q = questions.get(i);
      attempts.add(
          i < answers.size()
              ? answers.get(i).attempt(q, Duration.ZERO, limits.apply(q))
              : Attempt.skipped(q, Duration.ZERO, limits.apply(q)));
    }
    if (answers.size() < questions.size()) {
      context
          .err()
          .println(
              "pmdrill: "
                  + questions.size()
                  + " question(s) but only "
                  + answers.size()
                  + " answer(s); the rest count as skipped");
    }
    return attempts;
  }
}
