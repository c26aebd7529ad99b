package dev.pmdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellCompleterTest {
  @TempDir Path dir;

  private List<String> complete(String typed) {
    Context context =
        new Context(
            java.io.InputStream.nullInputStream(),
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()),
            false,
            CliRun.scratchEnvironment(dir.resolve("scratch")),
            dir,
            Tty.none(),
            CliRun.BUILT_INS,
            new ColorChoice(),
            java.time.Clock.systemUTC());
    var spec = Pmdrill.commandLine(context).getCommandSpec();
    ShellCompleter completer = new ShellCompleter(() -> spec, dir);
    List<Candidate> found = new ArrayList<>();
    completer.complete(null, new DefaultParser().parse(typed, typed.length()), found);
    return found.stream().map(Candidate::value).toList();
  }

  @Test
  void helpCompletesCommandsAndTopics() {
    assertThat(complete("help ")).contains("drill", "prose", "rubrics");
    assertThat(complete("help r")).contains("rubrics", "report");
  }

  @Test
  void historyCompletesShow() {
    assertThat(complete("history ")).contains("show");
  }

  @Test
  void filePathsCompleteForCommandsAndOptionsThatTakeThem() throws IOException {
    Files.writeString(dir.resolve("stories.md"), "x");
    Files.createDirectories(dir.resolve("banks"));
    Files.writeString(dir.resolve("banks/mine.yaml"), "x");
    assertThat(complete("stories st")).containsExactly("stories.md");
    assertThat(complete("validate b")).containsExactly("banks/");
    assertThat(complete("validate banks/")).containsExactly("banks/mine.yaml");
    assertThat(complete("drill --story 1 --from s")).containsExactly("stories.md");
    assertThat(complete("prep --stories s")).containsExactly("stories.md");
    assertThat(complete("prep --packet b")).containsExactly("banks/");
  }

  @Test
  void newCompletesItsCommandsOptionsFormatsAndBankFiles() throws IOException {
    Files.createDirectories(dir.resolve("banks"));
    Files.writeString(dir.resolve("banks/team.yaml"), "format: 1\n");
    assertThat(complete("new ")).contains("bank", "question");
    assertThat(complete("new bank --f")).contains("--format");
    assertThat(complete("new question --format ")).containsExactlyInAnyOrder("text", "json");
    assertThat(complete("new question --bank banks/")).containsExactly("banks/team.yaml");
    assertThat(complete("new bank b")).containsExactly("banks/");
  }
}
