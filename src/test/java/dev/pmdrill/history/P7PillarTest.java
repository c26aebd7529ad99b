package dev.pmdrill.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pmdrill.bank.BuiltInBanks;
import dev.pmdrill.bank.Catalog;
import dev.pmdrill.bank.LoadResult;
import dev.pmdrill.bank.Loop;
import dev.pmdrill.bank.Round;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The P7 pillar weights are written once ({@link P7Pillar}); the p7-engineer loop file and the P7
 * figure of {@code stats} must weigh the pillars the same, and rank them as the level's summary
 * does.
 */
class P7PillarTest {
  private static Catalog catalog;

  @BeforeAll
  static void load() {
    LoadResult result = BuiltInBanks.loaded();
    assertThat(result.hasErrors()).isFalse();
    catalog = result.catalog();
  }

  private static double weight(String tag) {
    return P7Pillar.ALL.stream()
        .filter(p -> p.tag().equals(tag))
        .findFirst()
        .orElseThrow()
        .weight();
  }

  @Test
  void depthAndLeadershipWithBusinessImpactWeighTheMostAndTheSame() {
    assertThat(weight("technical-depth")).isEqualTo(weight("leadership-business"));
    assertThat(weight("system-design")).isEqualTo(weight("cross-team"));
    assertThat(weight("technical-depth")).isGreaterThan(weight("system-design"));
    assertThat(P7Pillar.ALL).extracting(P7Pillar::tag).doesNotHaveDuplicates().hasSize(4);
  }

  @Test
  void theLoopHasOneRoundPerPillarDrawingItsTagWithItsWeight() {
    Loop loop = catalog.loop("p7-engineer").orElseThrow();
    Map<String, Double> byTag =
        P7Pillar.ALL.stream().collect(Collectors.toMap(P7Pillar::tag, P7Pillar::weight));
    assertThat(loop.rounds()).hasSize(P7Pillar.ALL.size());
    for (Round round : loop.rounds()) {
      assertThat(round.tags()).as("%s draws by one pillar", round.name()).hasSize(1);
      String tag = round.tags().get(0);
      assertThat(byTag).as("%s draws a known pillar", round.name()).containsKey(tag);
      assertThat(round.weight()).as("the weight of %s", round.name()).isEqualTo(byTag.get(tag));
    }
    assertThat(loop.rounds().stream().map(r -> r.tags().get(0)))
        .containsExactlyInAnyOrderElementsOf(byTag.keySet());
  }

  @Test
  void everyRoundDrawsOnlyQuestionsOfItsPillarAndHasEnoughOfThem() {
    Loop loop = catalog.loop("p7-engineer").orElseThrow();
    for (Round round : loop.rounds()) {
      List<String> drawn =
          catalog.questions().stream()
              .filter(round::drawsFrom)
              .map(q -> q.id() + " " + q.tags())
              .collect(Collectors.toList());
      assertThat(drawn)
          .as("what %s draws", round.name())
          .hasSizeGreaterThanOrEqualTo(round.questions());
    }
    // every technical question belongs to exactly one pillar, so each lands in one round
    catalog.questions().stream()
        .filter(q -> q.category().equals("technical"))
        .forEach(
            q ->
                assertThat(q.tags().stream().filter(t -> weightOrZero(t) > 0).count())
                    .as("pillar tags of %s", q.id())
                    .isEqualTo(1));
  }

  private static double weightOrZero(String tag) {
    return P7Pillar.ALL.stream()
        .filter(p -> p.tag().equals(tag))
        .mapToDouble(P7Pillar::weight)
        .sum();
  }

  @Test
  void statsWeighsEachDimensionAsThePillarItEvidences() {
    Loop loop = catalog.loop("p7-engineer").orElseThrow();
    Map<String, Double> loopWeight =
        loop.rounds().stream().collect(Collectors.toMap(r -> r.tags().get(0), Round::weight));
    for (P7Pillar pillar : P7Pillar.ALL) {
      for (String dimension : pillar.dimensions()) {
        assertThat(Stats.P7_WEIGHTS.get(dimension))
            .as("stats' weight of %s", dimension)
            .isEqualTo(loopWeight.get(pillar.tag()));
      }
    }
    assertThat(Stats.P7_WEIGHTS.keySet()).containsExactlyInAnyOrderElementsOf(Stats.PILLARS);
    assertThat(Stats.P7_WEIGHTS.get("business-acumen"))
        .as("business acumen is leadership with business impact")
        .isEqualTo(Stats.P7_WEIGHTS.get("leadership"))
        .isEqualTo(Stats.P7_WEIGHTS.get("technical-depth"));
  }

  @Test
  void aPillarMustWeighSomething() {
    assertThatThrownBy(() -> new P7Pillar("x", 0, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
