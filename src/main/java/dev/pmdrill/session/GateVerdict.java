package dev.pmdrill.session;

import java.util.Objects;

/** A gated round's verdict: its average against its gate. A failed gate fails the whole loop. */
public record GateVerdict(String round, double gate, double average) implements Requirement {
  public GateVerdict {
    Objects.requireNonNull(round, "round");
  }

  @Override
  public boolean holds() {
    return Points.reaches(average, gate);
  }

  @Override
  public String summary() {
    return holds()
        ? round
            + " scored "
            + Points.format(average)
            + ", reaching its gate of "
            + Points.format(gate)
        : round
            + " scored "
            + Points.format(average)
            + ", below its gate of "
            + Points.format(gate)
            + ": the loop fails whatever else scored";
  }
}
