package dev.pmdrill.session;

/** The loop's weighted average over its rounds against its {@code pass} mark. */
public record PassMark(double pass, double average) implements Requirement {
  @Override
  public boolean holds() {
    return Points.reaches(average, pass);
  }

  @Override
  public String summary() {
    return "Weighted average "
        + Points.format(average)
        + (holds() ? ", reaching the pass mark of " : ", below the pass mark of ")
        + Points.format(pass);
  }
}
