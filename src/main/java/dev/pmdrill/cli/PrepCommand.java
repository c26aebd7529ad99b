package dev.pmdrill.cli;

import dev.pmdrill.bank.Catalog;
import dev.pmdrill.history.HistoryStore;
import dev.pmdrill.history.StoredAttemptRow;
import dev.pmdrill.material.Packet;
import dev.pmdrill.material.StoryBank;
import dev.pmdrill.prep.Prep;
import dev.pmdrill.prep.PrepView;
import dev.pmdrill.review.ReviewException;
import dev.pmdrill.tui.PrepReport;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pmdrill prep}: progress against the guides' checklists, on one screen. */
@Command(
    name = "prep",
    mixinStandardHelpOptions = true,
    description = {
      "Show progress against the guides' checklists, each item done or not yet",
      "with the command that closes it: guesstimates practised (about 10), STAR",
      "stories and the values they show (5, with ownership, failure and pivot),",
      "SWOT, 4P and MECE each used in a scored answer, every category and loop of",
      "the loaded banks tried and, with --packet, the packet's readiness, the",
      "board's vote and the days left to the board.",
      "Drawn from your history and the files you name; the files are only read.",
      "Exit status: 0 shown, 1 a file with problems or an unreadable history,",
      "2 a usage error (no such file, a bad date)."
    })
final class PrepCommand implements Callable<Integer> {
  private final Context context;

  @Mixin HistoryOptions history;

  @Mixin BankOptions banks;

  @Mixin final FormatOption<TextOrJson> output = FormatOption.textOrJson();

  @Option(
      names = "--stories",
      paramLabel = "FILE",
      description = "Your STAR stories (.md or .yaml, as 'pmdrill stories' reads them).")
  String stories;

  @Option(
      names = "--packet",
      paramLabel = "FILE",
      description = "Your P9 packet (.md or .yaml, as 'pmdrill packet' reads it).")
  String packet;

  @Mixin CalendarOptions calendar;

  PrepCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    Optional<LocalDate> boardDate = boardDate();
    Catalog catalog = banks.load(context);
    Catalog builtIns = banks.banks.isEmpty() ? catalog : MaterialFiles.builtIns(context);
    Optional<StoryBank> storyBank =
        Optional.ofNullable(stories).map(f -> MaterialFiles.stories(context, f));
    Optional<Packet> packetFile =
        Optional.ofNullable(packet).map(f -> MaterialFiles.packet(context, f));
    List<StoredAttemptRow> rows;
    try (HistoryStore store = history.openToRead(context)) {
      rows = store.attempts();
    }
    PrepView view;
    try {
      view =
          Prep.of(
              catalog,
              builtIns,
              rows,
              new Prep.Files(storyBank, packetFile, boardDate, calendar.fiscalYearStart()),
              context.clock());
    } catch (ReviewException e) {
      throw new ExitException(ExitCode.ERRORS, e.getMessage());
    }
    output.print(
        context,
        g -> PrepReport.json(g, view),
        width -> PrepReport.render(view, width, context.color()));
    return ExitCode.OK;
  }

  private Optional<LocalDate> boardDate() {
    if (calendar.boardGiven() && packet == null) {
      throw new ExitException(
          ExitCode.USAGE,
          "--board needs a packet: pmdrill prep --packet FILE --board " + calendar.board);
    }
    return calendar.board();
  }
}
