package dev.pmdrill.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The loader and the published schema agree: every file the schema accepts loads without errors,
 * and every file it rejects the loader rejects too. Loops in a valid file draw on the questions of
 * {@code schema/support/}, loaded beside it as a bank author would load a whole folder.
 */
class LoaderSchemaAgreementTest {
  private static final Path SUPPORT = Path.of("src/test/resources/schema/support");

  static Stream<Path> validFiles() throws IOException, URISyntaxException {
    return BankSchemaTest.validFiles();
  }

  static Stream<Path> invalidFiles() throws IOException, URISyntaxException {
    return BankSchemaTest.invalidFiles();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validFiles")
  void loaderAcceptsWhatTheSchemaAccepts(Path file) throws IOException {
    LoadResult result = new BankLoader().load(BankSource.fromPaths(List.of(file, SUPPORT)));
    assertThat(result.problems().stream().filter(Problem::isError)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidFiles")
  void loaderRejectsWhatTheSchemaRejects(Path file) throws IOException {
    LoadResult result = new BankLoader().load(BankSource.fromPaths(List.of(file, SUPPORT)));
    assertThat(result.hasErrors())
        .as("loader errors for %s: %s", file, Files.readString(file).lines().findFirst().orElse(""))
        .isTrue();
  }
}
