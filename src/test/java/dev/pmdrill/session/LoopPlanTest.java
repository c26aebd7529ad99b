package dev.pmdrill.session;

import static dev.pmdrill.session.Fixtures.BUILT_IN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pmdrill.bank.Catalog;
import dev.pmdrill.bank.Loop;
import dev.pmdrill.bank.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LoopPlanTest {
  static Stream<Arguments> loopsAndSeeds() {
    return BUILT_IN.loops().stream()
        .flatMap(l -> Stream.of(0L, 1L, 99L, 12345L).map(seed -> Arguments.of(l.id(), seed)));
  }

  @ParameterizedTest(name = "{0}, seed {1}")
  @MethodSource("loopsAndSeeds")
  void eachRoundDrawsItsCountFromItsCategoriesWithNoRepeats(String loopId, long seed) {
    Loop loop = BUILT_IN.loop(loopId).orElseThrow();
    List<PlannedRound> plan = LoopPlan.draw(loop, BUILT_IN, new Random(seed));
    assertThat(plan).extracting(PlannedRound::round).isEqualTo(loop.rounds());
    List<String> all = new ArrayList<>();
    for (PlannedRound p : plan) {
      assertThat(p.questions()).hasSize(p.round().questions());
      assertThat(p.questions())
          .allSatisfy(q -> assertThat(p.round().categories()).contains(q.category()));
      p.questions().forEach(q -> all.add(q.id()));
    }
    assertThat(all).doesNotHaveDuplicates();
  }

  @ParameterizedTest(name = "{0}, seed {1}")
  @MethodSource("loopsAndSeeds")
  void theSameSeedDrawsTheSameLoop(String loopId, long seed) {
    Loop loop = BUILT_IN.loop(loopId).orElseThrow();
    assertThat(LoopPlan.draw(loop, BUILT_IN, new Random(seed)))
        .isEqualTo(LoopPlan.draw(loop, BUILT_IN, new Random(seed)));
  }

  @Test
  void roundsSharingCategoriesNeverShareQuestions() {
    // two questions, two rounds of one each over the same category: each gets a different one
    Question a = Fixtures.question("a", "cat");
    Question b = Fixtures.question("b", "cat");
    Catalog c = new Catalog(List.of(), List.of(a, b), List.of());
    Loop loop =
        Fixtures.loop(
            OptionalDouble.of(70),
            Optional.empty(),
            Fixtures.round("one", 1, "cat"),
            Fixtures.round("two", 1, "cat"));
    for (long seed = 0; seed < 20; seed++) {
      List<PlannedRound> plan = LoopPlan.draw(loop, c, new Random(seed));
      assertThat(List.of(plan.get(0).questions().get(0), plan.get(1).questions().get(0)))
          .containsExactlyInAnyOrder(a, b);
    }
  }

  @Test
  void tooFewQuestionsLeftIsAClearError() {
    Question a = Fixtures.question("a", "cat");
    Catalog c = new Catalog(List.of(), List.of(a), List.of());
    Loop loop =
        Fixtures.loop(
            OptionalDouble.of(70),
            Optional.empty(),
            Fixtures.round("one", 1, "cat"),
            Fixtures.round("two", 1, "cat"));
    assertThatThrownBy(() -> LoopPlan.draw(loop, c, new Random(0)))
        .isInstanceOf(SelectionException.class)
        .hasMessage("loop 'test-loop': round 'two' asks for 1 question of cat but only 0 are left");
  }
}
