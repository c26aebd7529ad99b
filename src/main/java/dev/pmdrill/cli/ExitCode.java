package dev.pmdrill.cli;

/** The exit statuses of the command line contract, in one place. */
public final class ExitCode {
  /** Done; for validate, no errors (warnings allowed). */
  public static final int OK = 0;

  /** Errors in what was read: a bank that does not load, an example outside its range. */
  public static final int ERRORS = 1;

  /** The command was called wrongly: unknown option, missing file, unknown question. */
  public static final int USAGE = 2;

  private ExitCode() {}
}
