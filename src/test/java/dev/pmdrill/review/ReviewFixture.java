package dev.pmdrill.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pmdrill.bank.BankLoader;
import dev.pmdrill.bank.BankSource;
import dev.pmdrill.bank.Catalog;
import dev.pmdrill.bank.LoadResult;
import dev.pmdrill.bank.Location;
import dev.pmdrill.material.Piece;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The review rules' stand-in banks: small rubrics whose terms the tests can see. */
final class ReviewFixture {
  static final Catalog CATALOG = load();

  private ReviewFixture() {}

  private static Catalog load() {
    try {
      Path file = Path.of("src/test/resources/review/rubrics.yaml");
      LoadResult result =
          new BankLoader().load(List.of(new BankSource(file.toString(), Files.readAllBytes(file))));
      assertThat(result.hasErrors()).as("%s", result.problems()).isFalse();
      return result.catalog();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Piece piece(String title, String text) {
    return new Piece(title, text, new Location("fixture.md", 1, 1));
  }
}
