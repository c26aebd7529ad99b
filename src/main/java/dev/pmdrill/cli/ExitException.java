package dev.pmdrill.cli;

/** Ends a command with a message for the user and the exit status it calls for. */
final class ExitException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int code;

  ExitException(int code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  int code() {
    return code;
  }
}
