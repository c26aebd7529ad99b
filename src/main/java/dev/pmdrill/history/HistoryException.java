package dev.pmdrill.history;

/**
 * The history database could not be read or written. A failed {@code record} throws this rather
 * than losing the attempt quietly, so the caller can keep the answer in its draft store.
 */
public final class HistoryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public HistoryException(String message, Throwable cause) {
    super(message, cause);
  }
}
