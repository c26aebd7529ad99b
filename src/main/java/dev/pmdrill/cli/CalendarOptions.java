package dev.pmdrill.cli;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/**
 * The two facts the promotion calendar is worked back from, shared by {@code packet} and {@code
 * prep} so both read and reject them the same way.
 */
final class CalendarOptions {
  private static final Pattern DATE_SHAPE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  @Option(
      names = "--board",
      paramLabel = "DATE",
      description = "The board date, YYYY-MM-DD; wins over the packet's 'board'.")
  String board;

  @Option(
      names = "--fiscal-year-start",
      paramLabel = "MONTH",
      defaultValue = "1",
      description = {
        "The month your fiscal year starts in (1-12 or a name;",
        "default 1, January): dates the readiness conversation, due by",
        "the end of the fiscal year's month 10."
      })
  String fiscalYearStart;

  boolean boardGiven() {
    return board != null;
  }

  /** The board date given on the command line; a usage error saying what is wrong otherwise. */
  Optional<LocalDate> board() {
    return board == null ? Optional.empty() : Optional.of(date(board));
  }

  Month fiscalYearStart() {
    return month(fiscalYearStart);
  }

  static LocalDate date(String written) {
    try {
      return LocalDate.parse(written.strip());
    } catch (DateTimeParseException e) {
      String why = "";
      Matcher m = DATE_SHAPE.matcher(written.strip());
      if (m.matches()) {
        int month = Integer.parseInt(m.group(2));
        why =
            month < 1 || month > 12
                ? " (there is no month " + month + ")"
                : " (" + m.group(1) + "-" + m.group(2) + " has no day " + m.group(3) + ")";
      }
      throw new ExitException(
          ExitCode.USAGE,
          "--board must be a date written YYYY-MM-DD, such as 2027-03-15, not '"
              + written
              + "'"
              + why);
    }
  }

  static Month month(String written) {
    String w = written.strip().toLowerCase(Locale.ROOT);
    try {
      int n = Integer.parseInt(w);
      if (n >= 1 && n <= 12) {
        return Month.of(n);
      }
    } catch (NumberFormatException e) {
      for (Month m : Month.values()) {
        if (w.length() >= 3 && m.name().toLowerCase(Locale.ROOT).startsWith(w)) {
          return m;
        }
      }
    }
    throw new ExitException(
        ExitCode.USAGE,
        "--fiscal-year-start must be a month, 1 to 12 or its name (april), not '" + written + "'");
  }
}
