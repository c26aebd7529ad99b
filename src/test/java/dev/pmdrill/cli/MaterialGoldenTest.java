package dev.pmdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The story and packet reviews of the samples in {@code docs/examples/}, pinned as golden files
 * under {@code golden/material/}: text at 80 columns and JSON. {@code -Dgolden.update=true}
 * rewrites them.
 */
class MaterialGoldenTest {
  private static final Path SAMPLES = Path.of("docs/examples");
  private static final Path GOLDEN = Path.of("src/test/resources/golden/material");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  static Stream<String> samples() throws IOException {
    try (Stream<Path> files = Files.list(SAMPLES)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void text(String sample) throws IOException {
    check(sample, "text");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void json(String sample) throws IOException {
    check(sample, "json");
  }

  private static void check(String sample, String format) throws IOException {
    String command = sample.startsWith("packet") ? "packet" : "stories";
    CliRun run =
        CliRun.run(
                Path.of("."),
                Map.of("COLUMNS", "80"),
                command,
                SAMPLES.resolve(sample).toString(),
                "--format",
                format)
            .expectCode(ExitCode.OK);
    assertThat(run.err()).isEmpty();
    Path expected = GOLDEN.resolve(sample.replace('.', '-') + "." + format);
    if (UPDATE || !Files.exists(expected)) {
      Files.writeString(expected, run.out(), StandardCharsets.UTF_8);
      assertThat(UPDATE)
          .as("wrote missing golden file %s; review and commit it", expected)
          .isTrue();
    }
    assertThat(run.out()).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }
}
