package dev.pmdrill.cli;

import dev.pmdrill.bank.Catalog;
import dev.pmdrill.material.Packet;
import dev.pmdrill.review.PacketReview;
import dev.pmdrill.review.ReviewException;
import dev.pmdrill.tui.MaterialJson;
import dev.pmdrill.tui.PacketReport;
import java.io.IOException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pmdrill packet FILE}: reviews a P9 promotion packet as the review board would. */
@Command(
    name = "packet",
    mixinStandardHelpOptions = true,
    description = {
      "Review a P9 promotion packet as the review board would.",
      "Each example is judged on the four packet questions and the three dimensions",
      "(strategic autonomy, cross-BU impact, talent multiplier); execution-only",
      "examples are flagged, and the track the vocabulary argues for is checked",
      "against the one stated. Then the board votes (4 of 5 needed), each reviewer",
      "with its questions, and the readiness checklist is answered.",
      "FILE is Markdown (front matter with 'track: staff|principal', then a",
      "'## Title' heading per example) or YAML (track, ..., examples: [{title,",
      "text}]). It is only read. In a terminal, checklist facts the front matter",
      "leaves out are asked for (not with --no-input).",
      "With a board date ('board: 2027-03-15' in the front matter, or --board,",
      "which wins), the promotion calendar is worked back from it: signal intent,",
      "groundwork, the readiness conversation, the sponsor, submission, the three",
      "phases and the decision, each done, due or late today, and what to do next.",
      "Each example is checked for a stakeholder quote, the packet for 3 to 5",
      "examples and the 12-page budget (500 words or 800 Chinese characters a page).",
      "Rehearse one with: pmdrill drill --packet-example TITLE --from FILE",
      "Exit status: 0 reviewed, 1 a file with problems (each with its line),",
      "2 no such file or a bad option."
    })
final class PacketCommand implements Callable<Integer> {
  private final Context context;

  @Parameters(paramLabel = "FILE", description = "Your packet (.md or .yaml).")
  String file;

  @Mixin final FormatOption<TextOrJson> output = FormatOption.textOrJson();

  @Option(
      names = "--no-input",
      description = "Do not ask for checklist facts the packet leaves out.")
  boolean noInput;

  @Mixin CalendarOptions calendar;

  PacketCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    Month fiscal = calendar.fiscalYearStart();
    Optional<LocalDate> boardDate = calendar.board();
    Packet read = MaterialFiles.packet(context, file);
    Packet packet =
        boardDate.isEmpty()
            ? read
            : read.withFacts(read.facts().withDates(read.facts().submission(), boardDate));
    Catalog catalog = MaterialFiles.builtIns(context);
    PacketReview review;
    try {
      review = PacketReview.of(catalog, packet, context.clock(), fiscal);
      if (output.text() && !noInput && context.terminal() && context.tty().available()) {
        Packet answered = new ChecklistQuestions(context.tty().reader()).ask(review);
        if (answered != packet) {
          review = PacketReview.of(catalog, answered, context.clock(), fiscal);
        }
      }
    } catch (ReviewException e) {
      throw new ExitException(ExitCode.ERRORS, e.getMessage());
    }
    PacketReview reviewed = review;
    output.print(
        context,
        g -> MaterialJson.writePacket(g, reviewed),
        width -> PacketReport.render(reviewed, width, context.color()));
    return ExitCode.OK;
  }
}
