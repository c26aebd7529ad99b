package dev.pmdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * {@code --format} is declared once, in {@link FormatOption}; each command that takes it lists its
 * own formats, which its help shows, completion offers and the parser checks.
 */
class FormatOptionTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "score, text json, text",
    "stories, text json, text",
    "packet, text json, text",
    "prep, text json, text",
    "offer, text json, text",
    "drill, text json, text",
    "loop, text json, text",
    "calibrate, text json, text",
    "export, json csv, json",
    "validate, text json github junit sarif, text"
  })
  void eachCommandListsChecksAndCompletesItsFormats(
      String command, String formats, String fallback) {
    List<String> names = List.of(formats.split(" "));

    String help = CliRun.run(dir, command, "--help").expectCode(ExitCode.OK).out();
    String from = help.substring(help.indexOf("--format=FORMAT"));
    String option = from.substring(0, from.indexOf("\n  -h, --help"));
    assertThat(option).contains(fallback + " (default)");
    names.forEach(n -> assertThat(option).contains(n));

    CommandLine cli = Pmdrill.commandLine(CliRun.quietContext(dir));
    assertThat(CliRun.completions(cli, command, "--format", ""))
        .containsExactlyInAnyOrderElementsOf(names);

    CliRun bad = CliRun.run(dir, command, "--format", "xml").expectCode(ExitCode.USAGE);
    assertThat(bad.out()).isEmpty();
    assertThat(bad.err())
        .contains("Invalid value for option '--format'")
        .contains("expected one of " + names)
        .contains("but was 'xml'");
  }

  @Test
  void theOptionIsWrittenOnce() throws IOException {
    List<String> declaring = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/pmdrill"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        if (Files.readString(file).contains("\"--format\"")) {
          declaring.add(file.getFileName().toString());
        }
      }
    }
    assertThat(declaring).containsExactly("FormatOption.java");
  }

  @Test
  void theDescriptionNamesTheDefaultAndTheNotes() {
    assertThat(FormatOption.textOrJson().description()).isEqualTo("text (default) or json.");
    assertThat(
            FormatOption.of(
                    ExportCommand.Format.class,
                    ExportCommand.Format.csv,
                    Map.of(ExportCommand.Format.json, "one array"))
                .description())
        .isEqualTo("json (one array) or csv (default).");
  }
}
