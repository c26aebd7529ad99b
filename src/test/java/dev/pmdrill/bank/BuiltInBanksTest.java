package dev.pmdrill.bank;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The banks pmdrill ships are held to the same bar as a bank author's CI: clean. */
class BuiltInBanksTest {
  @Test
  void builtInBanksLoadWithoutErrorsOrWarnings() {
    LoadResult result = RubricChecks.check(new BankLoader().load(BankSource.builtIn()));
    assertThat(result.files()).isNotEmpty();
    assertThat(result.problems()).isEmpty();
    assertThat(result.catalog().questions()).isNotEmpty();
  }

  @Test
  void theRubricLibraryLoadsCleanly() {
    LoadResult result = new BankLoader().load(java.util.List.of());
    assertThat(result.problems()).isEmpty();
  }
}
