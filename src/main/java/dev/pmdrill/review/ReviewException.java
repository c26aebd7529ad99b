package dev.pmdrill.review;

/** A review cannot run: a rubric or panel it is built on is not loaded. */
public final class ReviewException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ReviewException(String message) {
    super(message);
  }
}
