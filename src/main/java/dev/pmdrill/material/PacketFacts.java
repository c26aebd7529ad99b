package dev.pmdrill.material;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a packet's front matter says about the candidate's preparation, for the readiness checklist.
 * Every fact is optional: a missing one is asked for, or reported as unanswered.
 */
public record PacketFacts(
    Optional<String> candidate,
    Optional<String> currentLevel,
    Optional<String> sponsor,
    Optional<LocalDate> sponsorSince,
    Optional<LocalDate> submission,
    Optional<LocalDate> board,
    List<String> adoptingTeams,
    Optional<String> artefact,
    Optional<LocalDate> intentSignalled,
    Optional<LocalDate> readinessConversation) {

  public PacketFacts {
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(currentLevel, "currentLevel");
    Objects.requireNonNull(sponsor, "sponsor");
    Objects.requireNonNull(sponsorSince, "sponsorSince");
    Objects.requireNonNull(submission, "submission");
    Objects.requireNonNull(board, "board");
    adoptingTeams = List.copyOf(adoptingTeams);
    Objects.requireNonNull(artefact, "artefact");
    Objects.requireNonNull(intentSignalled, "intentSignalled");
    Objects.requireNonNull(readinessConversation, "readinessConversation");
  }

  public static PacketFacts none() {
    return new PacketFacts(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  public PacketFacts withSponsor(String who, Optional<LocalDate> since) {
    return new PacketFacts(
        candidate,
        currentLevel,
        Optional.of(who),
        since,
        submission,
        board,
        adoptingTeams,
        artefact,
        intentSignalled,
        readinessConversation);
  }

  public PacketFacts withDates(Optional<LocalDate> submitted, Optional<LocalDate> boardDate) {
    return new PacketFacts(
        candidate,
        currentLevel,
        sponsor,
        sponsorSince,
        submitted,
        boardDate,
        adoptingTeams,
        artefact,
        intentSignalled,
        readinessConversation);
  }

  public PacketFacts withAdoptingTeams(List<String> teams) {
    return new PacketFacts(
        candidate,
        currentLevel,
        sponsor,
        sponsorSince,
        submission,
        board,
        teams,
        artefact,
        intentSignalled,
        readinessConversation);
  }

  public PacketFacts withArtefact(String what) {
    return new PacketFacts(
        candidate,
        currentLevel,
        sponsor,
        sponsorSince,
        submission,
        board,
        adoptingTeams,
        Optional.of(what),
        intentSignalled,
        readinessConversation);
  }
}
