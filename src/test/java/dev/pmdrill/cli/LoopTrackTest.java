package dev.pmdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pmdrill.bank.BuiltInBanks;
import dev.pmdrill.bank.Catalog;
import dev.pmdrill.bank.Question;
import dev.pmdrill.material.Track;
import dev.pmdrill.review.TrackQuestions;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code loop p9-review-board --track staff|principal}: the board asks only the track's questions.
 */
class LoopTrackTest {
  private static final Catalog BUILT_INS = BuiltInBanks.catalog();

  private static List<String> asked(String track, long seed) {
    List<JsonNode> out =
        CliRun.runWithInput(
                Path.of("."),
                "",
                "loop",
                "p9-review-board",
                "--track",
                track,
                "--seed",
                String.valueOf(seed),
                "--format",
                "json",
                "--no-history")
            .expectCode(ExitCode.OK)
            .jsonLines();
    return out.stream()
        .filter(n -> n.has("question"))
        .map(n -> n.get("question").asText())
        .toList();
  }

  private static Set<String> idsOf(Track track) {
    return BUILT_INS.questions().stream()
        .filter(q -> q.category().equals("promotion"))
        .filter(q -> TrackQuestions.of(q).equals(Set.of(track)))
        .map(Question::id)
        .collect(Collectors.toSet());
  }

  @Test
  void theBuiltInPromotionQuestionsCarryTheirTrackByTagOrRubric() {
    assertThat(idsOf(Track.STAFF)).contains("pr-staff-pricing", "pr-beyond-the-team");
    assertThat(idsOf(Track.PRINCIPAL)).contains("pr-principal-platform");
    Question choice = BUILT_INS.question("pr-track-choice").orElseThrow();
    assertThat(TrackQuestions.of(choice)).containsExactlyInAnyOrder(Track.values());
    Question neutral = BUILT_INS.question("pr-who-asked").orElseThrow();
    assertThat(TrackQuestions.of(neutral)).isEmpty();
    assertThat(TrackQuestions.asks(neutral, Track.STAFF)).isTrue();
  }

  @Test
  void aStaffBoardNeverAsksAPrincipalQuestionAndTheReverse() {
    Set<String> staffSeen = new HashSet<>();
    Set<String> principalSeen = new HashSet<>();
    for (long seed = 0; seed < 12; seed++) {
      List<String> staff = asked("staff", seed);
      assertThat(staff).hasSize(3).doesNotContainAnyElementsOf(idsOf(Track.PRINCIPAL));
      staffSeen.addAll(staff);
      List<String> principal = asked("principal", seed);
      assertThat(principal).hasSize(3).doesNotContainAnyElementsOf(idsOf(Track.STAFF));
      principalSeen.addAll(principal);
    }
    // the filter is not vacuous: each board does ask its own track's questions
    assertThat(staffSeen).containsAnyElementsOf(idsOf(Track.STAFF));
    assertThat(principalSeen).containsAnyElementsOf(idsOf(Track.PRINCIPAL));
  }

  @Test
  void aTrackThatIsNeitherIsAUsageErrorWithTheChoices() {
    CliRun run =
        CliRun.run(Path.of("."), "loop", "p9-review-board", "--track", "staf", "--no-history")
            .expectCode(ExitCode.USAGE);
    assertThat(run.err())
        .contains("--track must be staff or principal, not 'staf'")
        .contains("did you mean 'staff'?")
        .doesNotContain("Exception");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aLoopWithoutTrackQuestionsRefusesTheOption() {
    CliRun run =
        CliRun.run(Path.of("."), "loop", "alibaba-pm", "--track", "staff", "--no-history")
            .expectCode(ExitCode.USAGE);
    assertThat(run.err()).contains("--track does not apply; it is for p9-review-board");
  }
}
