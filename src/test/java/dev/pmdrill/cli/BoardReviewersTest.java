package dev.pmdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pmdrill.bank.BankLoader;
import dev.pmdrill.bank.BankSource;
import dev.pmdrill.bank.Catalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code loop p9-review-board} as a candidate runs it: each of the five reviewers judges the
 * answers on its own focus, so their averages differ, and the board never asks one question twice.
 */
class BoardReviewersTest {
  private static final Catalog BUILT_INS = new BankLoader().load(BankSource.builtIn()).catalog();

  private static List<JsonNode> loop(long seed, String answers) {
    List<JsonNode> out =
        CliRun.runWithInput(
                Path.of("."),
                answers,
                "loop",
                "p9-review-board",
                "--seed",
                String.valueOf(seed),
                "--format",
                "json",
                "--no-history")
            .expectCode(ExitCode.OK)
            .jsonLines();
    return out.stream().toList();
  }

  @Test
  void theFiveReviewersGiveTheirOwnAveragesAndNoQuestionIsAskedTwice() {
    int boardsWithDifferentAverages = 0;
    for (long seed = 0; seed < 8; seed++) {
      List<String> asked =
          loop(seed, "").stream()
              .filter(n -> n.has("question"))
              .map(n -> n.get("question").asText())
              .toList();
      assertThat(asked).as("seed %d", seed).hasSize(3).doesNotHaveDuplicates();
      // The candidate answers each question with its model answer.
      String answers =
          asked.stream()
              .map(id -> BUILT_INS.question(id).orElseThrow().modelAnswer().orElseThrow())
              .collect(Collectors.joining("\n---\n"));
      List<JsonNode> run = loop(seed, answers);
      assertThat(run.stream().filter(n -> n.has("question")).map(n -> n.get("question").asText()))
          .as("the same draw with answers")
          .containsExactlyElementsOf(asked);
      JsonNode votes = run.get(run.size() - 1).at("/summary/board/votes");
      assertThat(votes).hasSize(5);
      List<String> reviewers = new ArrayList<>();
      HashSet<String> averages = new HashSet<>();
      for (JsonNode vote : votes) {
        reviewers.add(vote.get("reviewer").asText());
        averages.add(vote.get("summary").asText().replaceAll(" against.*", ""));
      }
      assertThat(reviewers).doesNotHaveDuplicates();
      if (averages.size() > 1) {
        boardsWithDifferentAverages++;
      }
    }
    assertThat(boardsWithDifferentAverages)
        .as("boards whose reviewers did not all give the same average")
        .isEqualTo(8);
  }
}
