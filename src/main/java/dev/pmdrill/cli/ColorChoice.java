package dev.pmdrill.cli;

/** Whether the user turned colour off for this command with {@code --no-color}. */
final class ColorChoice {
  private boolean off;

  synchronized boolean off() {
    return off;
  }

  synchronized void set(boolean off) {
    this.off = off;
  }
}
