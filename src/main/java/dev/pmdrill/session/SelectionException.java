package dev.pmdrill.session;

/**
 * A selection or a loop that the loaded questions cannot satisfy: an unknown category or question
 * (with the nearest known name suggested), or too few questions left to draw from.
 */
public final class SelectionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SelectionException(String message) {
    super(message);
  }
}
