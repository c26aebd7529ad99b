package dev.pmdrill.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pmdrill.bank.BuiltInBanks;
import dev.pmdrill.bank.Catalog;
import dev.pmdrill.material.MaterialReader;
import dev.pmdrill.material.Packet;
import dev.pmdrill.material.Piece;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built-in rubrics and board on the sample packets: each strong example against its
 * execution-only rewrite (same candidate, same work, told as delivery).
 */
class SamplePacketTest {
  private static final Clock TODAY =
      Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);

  private static Catalog catalog;
  private static Packet strong;
  private static Packet rewrite;

  @BeforeAll
  static void load() throws Exception {
    catalog = BuiltInBanks.catalog();
    strong = read("packet-staff.md");
    rewrite = read("packet-execution.md");
    assertThat(strong.examples()).hasSameSizeAs(rewrite.examples());
  }

  private static Packet read(String name) throws Exception {
    Path file = Path.of("docs/examples", name);
    return MaterialReader.packet(file.toString(), Files.readAllBytes(file)).value();
  }

  private static PacketReview review(Packet like, List<Piece> examples) {
    return PacketReview.of(
        catalog, new Packet(like.file(), like.track(), like.facts(), examples), TODAY);
  }

  @Test
  void everyStrongExampleOutScoresItsRewriteWhichIsFlaggedAsExecution() {
    PacketReview good = PacketReview.of(catalog, strong, TODAY);
    PacketReview bad = PacketReview.of(catalog, rewrite, TODAY);
    for (int i = 0; i < good.examples().size(); i++) {
      ExampleReview s = good.examples().get(i);
      ExampleReview r = bad.examples().get(i);
      assertThat(s.score().total())
          .as("'%s' against its rewrite '%s'", s.example().title(), r.example().title())
          .isGreaterThanOrEqualTo(r.score().total() + 50);
      assertThat(s.executionOnly()).isFalse();
      assertThat(r.executionOnly()).as(r.example().title()).isTrue();
    }
    assertThat(good.board().approved()).isTrue();
    assertThat(bad.board().approved()).isFalse();
  }

  @Test
  void eachExampleAloneSwingsTheBoardWhenRewrittenAsExecution() {
    for (int i = 0; i < strong.examples().size(); i++) {
      PacketReview alone = review(strong, List.of(strong.examples().get(i)));
      PacketReview rewritten = review(strong, List.of(rewrite.examples().get(i)));
      assertThat(alone.board().approved()).as(strong.examples().get(i).title()).isTrue();
      assertThat(rewritten.board().approved()).isFalse();
      assertThat(rewritten.board().approvals()).isLessThan(alone.board().approvals());
    }
  }

  @Test
  void oneRewrittenExampleCostsVotesAndTheBoardAsksWhatItMissed() {
    PacketReview good = PacketReview.of(catalog, strong, TODAY);
    List<Piece> mixed = new ArrayList<>(strong.examples());
    mixed.set(0, rewrite.examples().get(0));
    PacketReview one = review(strong, mixed);
    assertThat(one.board().approvals()).isLessThan(good.board().approvals());
    assertThat(one.board().votes())
        .flatExtracting(v -> v.probes())
        .contains("Who asked you to do this?", "What changed as a result?");
  }
}
