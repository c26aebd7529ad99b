package dev.pmdrill.session;

import dev.pmdrill.bank.Question;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** One answer of a script: text to score, or {@code /skip}. */
public sealed interface ScriptedAnswer permits ScriptedAnswer.Given, ScriptedAnswer.Skip {

  /** Turns the scripted answer into an attempt at {@code question}. */
  Attempt attempt(Question question, Duration used, Optional<Duration> limit);

  /** The answer's text; empty for a skip. */
  String text();

  boolean skipped();

  /** An answer to score. */
  record Given(String text) implements ScriptedAnswer {
    public Given {
      Objects.requireNonNull(text, "text");
    }

    @Override
    public Attempt attempt(Question question, Duration used, Optional<Duration> limit) {
      return Attempt.answered(question, text, used, limit);
    }

    @Override
    public boolean skipped() {
      return false;
    }
  }

  /** A question passed over. */
  record Skip() implements ScriptedAnswer {
    @Override
    public Attempt attempt(Question question, Duration used, Optional<Duration> limit) {
      return Attempt.skipped(question, used, limit);
    }

    @Override
    public String text() {
      return "";
    }

    @Override
    public boolean skipped() {
      return true;
    }
  }
}
