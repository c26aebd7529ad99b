package dev.pmdrill.cli;

import dev.pmdrill.material.Packet;
import dev.pmdrill.material.PacketFacts;
import dev.pmdrill.review.CheckItem;
import dev.pmdrill.review.PacketReview;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;

/**
 * Asks, in the terminal, for the readiness facts a packet's front matter leaves out: the sponsor,
 * the board and submission dates, the adopting teams, the artefact. Answers serve this review only;
 * they are not written back to the file. Enter skips a question, Ctrl-D or Ctrl-C skips the rest.
 */
final class ChecklistQuestions {
  private final LineReader reader;

  ChecklistQuestions(LineReader reader) {
    this.reader = reader;
  }

  /** The packet with the answered facts, or the same packet when nothing was asked or answered. */
  Packet ask(PacketReview review) {
    Packet packet = review.packet();
    PacketFacts facts = packet.facts();
    boolean unknown =
        review.checklist().stream().anyMatch(i -> i.status() == CheckItem.Status.UNKNOWN);
    if (!unknown && facts.artefact().isPresent()) {
      return packet;
    }
    reader
        .getTerminal()
        .writer()
        .println("A few readiness questions the packet does not answer (Enter skips one):");
    try {
      if (facts.sponsor().isEmpty()) {
        Optional<String> who = line("Your sponsor, with their level (e.g. 'Zhang Min, CPO'): ");
        if (who.isPresent()) {
          facts = facts.withSponsor(who.get(), date("Since when (YYYY-MM-DD)? "));
        }
      }
      if (facts.board().isEmpty()) {
        Optional<LocalDate> board = date("Date of the board you are aiming for (YYYY-MM-DD): ");
        Optional<LocalDate> submission =
            facts.submission().isPresent()
                ? facts.submission()
                : board.isPresent()
                    ? date("Date you will submit (YYYY-MM-DD): ")
                    : Optional.empty();
        facts = facts.withDates(submission, board);
      }
      if (facts.adoptingTeams().isEmpty()) {
        Optional<String> teams = line("Other teams that use your model, tool or process (a, b): ");
        if (teams.isPresent()) {
          List<String> named =
              Arrays.stream(teams.get().split("[,;，、]"))
                  .map(String::strip)
                  .filter(s -> !s.isEmpty())
                  .toList();
          facts = facts.withAdoptingTeams(named);
        }
      }
      if (facts.artefact().isEmpty()) {
        Optional<String> artefact =
            line("Your talent-multiplier artefact (the framework or template others use): ");
        if (artefact.isPresent()) {
          facts = facts.withArtefact(artefact.get());
        }
      }
    } catch (EndOfFileException | UserInterruptException e) {
      // the candidate stopped answering; what was answered still counts
    }
    return facts.equals(packet.facts()) ? packet : packet.withFacts(facts);
  }

  private Optional<String> line(String prompt) {
    String answer = reader.readLine(prompt).strip();
    return answer.isEmpty() ? Optional.empty() : Optional.of(answer);
  }

  private Optional<LocalDate> date(String prompt) {
    for (int tries = 0; tries < 3; tries++) {
      Optional<String> written = line(prompt);
      if (written.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(LocalDate.parse(written.get()));
      } catch (DateTimeParseException e) {
        reader.getTerminal().writer().println("  a date is written YYYY-MM-DD, e.g. 2027-03-15");
      }
    }
    return Optional.empty();
  }
}
