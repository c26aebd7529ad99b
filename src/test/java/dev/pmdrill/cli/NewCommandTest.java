package dev.pmdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pmdrill new bank} and {@code pmdrill new question}, run in process. */
class NewCommandTest {
  @TempDir Path dir;

  @Test
  void aNewBankValidatesAtOnceAndWarnsAtEachPlaceholder() throws IOException {
    CliRun made = CliRun.run(dir, "new", "bank", "team-bank").expectCode(ExitCode.OK);
    assertThat(made.out())
        .contains("created team-bank/team-bank.yaml")
        .contains("created team-bank/pmdrill-bank.schema.json")
        .contains("pmdrill validate team-bank");
    String bank = Files.readString(dir.resolve("team-bank/team-bank.yaml"));
    assertThat(bank.lines().findFirst())
        .hasValue("# yaml-language-server: $schema=./pmdrill-bank.schema.json");
    assertThat(bank).contains("bank: team-bank").contains("title: Team bank");
    for (String kind :
        new String[] {
          "concept:", "sequence:", "quantified:", "estimate:", "length:", "prose:", "avoid:", "use:"
        }) {
      assertThat(bank).as("the rubric shows %s", kind).contains("- " + kind);
    }
    assertThat(Files.readString(dir.resolve("team-bank/pmdrill-bank.schema.json")))
        .isEqualTo(CliRun.run(dir, "schema").out());

    CliRun validated = CliRun.run(dir, "validate", "team-bank").expectCode(ExitCode.OK);
    assertThat(validated.err())
        .contains(
            "team-bank/team-bank.yaml:22:19: warning: the model_answer of 'general-1' is still"
                + " the placeholder 'pmdrill new' wrote")
        .contains("team-bank/team-bank.yaml:14:13: warning: the prompt of 'general-1'")
        .contains("hint 1 of 'general-1' is still the placeholder")
        .contains("follow-up 1 of 'general-1' is still the placeholder")
        .contains("example 1 of 'general-1' is still the placeholder")
        .contains("example 3 of 'general-1' is still the placeholder")
        .contains("0 errors, 7 warnings");
  }

  @Test
  void optionsNameTheBankTitleAndCategory() throws IOException {
    CliRun.run(
            dir, "new", "bank", "x", "--id", "growth", "--title", "Growth: cases", "-c", "pricing")
        .expectCode(ExitCode.OK);
    String bank = Files.readString(dir.resolve("x/growth.yaml"));
    assertThat(bank)
        .contains("bank: growth")
        .contains("title: \"Growth: cases\"")
        .contains("- id: pricing-1")
        .contains("category: pricing");
    CliRun.run(dir, "validate", "x").expectCode(ExitCode.OK);
  }

  @Test
  void anEmptyFolderIsFineAFolderWithFilesIsRefusedAndLeftAlone() throws IOException {
    Files.createDirectories(dir.resolve("empty"));
    CliRun.run(dir, "new", "bank", "empty").expectCode(ExitCode.OK);

    Files.createDirectories(dir.resolve("mine"));
    Files.writeString(dir.resolve("mine/notes.yaml"), "mine\n");
    CliRun refused = CliRun.run(dir, "new", "bank", "mine").expectCode(ExitCode.USAGE);
    assertThat(refused.err())
        .contains("pmdrill new bank: mine is not empty (it holds notes.yaml)")
        .contains("pmdrill new question --bank FILE");
    assertThat(Files.readString(dir.resolve("mine/notes.yaml"))).isEqualTo("mine\n");
    assertThat(dir.resolve("mine/mine.yaml")).doesNotExist();

    Files.writeString(dir.resolve("afile"), "x");
    assertThat(CliRun.run(dir, "new", "bank", "afile").expectCode(ExitCode.USAGE).err())
        .contains("afile exists and is not a folder");
    assertThat(CliRun.run(dir, "new", "bank", "___").expectCode(ExitCode.USAGE).err())
        .contains("give one with --id");
    assertThat(
            CliRun.run(dir, "new", "bank", "y", "-c", "Bad Cat").expectCode(ExitCode.USAGE).err())
        .contains("not 'Bad Cat'; did you mean 'bad-cat'?");
    assertThat(dir.resolve("y")).doesNotExist();
  }

  @Test
  void aQuestionGoesAfterTheLastOneAndEveryByteBeforeItIsKept() throws IOException {
    CliRun.run(dir, "new", "bank", "b").expectCode(ExitCode.OK);
    Path file = dir.resolve("b/b.yaml");
    String before = Files.readString(file);
    CliRun added =
        CliRun.run(dir, "new", "question", "--bank", "b/b.yaml", "-c", "pricing")
            .expectCode(ExitCode.OK);
    assertThat(added.out()).contains("added question 'pricing-1' (pricing) to b/b.yaml at line 81");
    String after = Files.readString(file);
    assertThat(after).startsWith(before);
    assertThat(after.substring(before.length())).startsWith("\n  - id: pricing-1\n");
    CliRun.run(dir, "new", "question", "--bank", "b/b.yaml", "-c", "pricing")
        .expectCode(ExitCode.OK);
    assertThat(Files.readString(file)).contains("- id: pricing-2");
    CliRun validated = CliRun.run(dir, "validate", "b").expectCode(ExitCode.OK);
    assertThat(validated.err()).contains("3 questions").contains("0 errors");
  }

  @Test
  void aQuestionGoesBeforeTheKeyThatFollowsTheQuestionsInTheFilesOwnIndentation()
      throws IOException {
    String text =
        "format: 1\n"
            + "bank: own\n"
            + "title: Own\n"
            + "questions:\n"
            + "- id: first\n"
            + "  category: c\n"
            + "  prompt: Why?\n"
            + "  model_answer: Because.\n"
            + "  rubric:\n"
            + "  - quantified: n\n"
            + "\n"
            + "# the loops\n"
            + "rubrics:\n"
            + "  r:\n"
            + "    - quantified: m\n";
    Path file = dir.resolve("own.yaml");
    Files.writeString(file, text);
    CliRun.run(dir, "new", "question", "--bank", "own.yaml", "-c", "c", "--id", "second")
        .expectCode(ExitCode.OK);
    String after = Files.readString(file);
    assertThat(after)
        .startsWith(text.substring(0, text.indexOf("\n# the loops")))
        .contains("  - quantified: n\n\n- id: second\n  category: c\n")
        .endsWith("\n\n# the loops\nrubrics:\n  r:\n    - quantified: m\n");
    CliRun.run(dir, "validate", "own.yaml").expectCode(ExitCode.OK);
  }

  @Test
  void aFileWithoutQuestionsOrWithAnEmptyListGetsItsFirst() throws IOException {
    Files.writeString(dir.resolve("none.yaml"), "format: 1\nbank: none\ntitle: None\n");
    Files.writeString(
        dir.resolve("empty.yaml"), "format: 1\nbank: empty\ntitle: Empty\nquestions: []\n");
    CliRun.run(dir, "new", "question", "--bank", "none.yaml", "-c", "c").expectCode(ExitCode.OK);
    CliRun.run(dir, "new", "question", "--bank", "empty.yaml", "-c", "d").expectCode(ExitCode.OK);
    assertThat(Files.readString(dir.resolve("none.yaml")))
        .startsWith("format: 1\nbank: none\ntitle: None\nquestions:\n  - id: c-1\n");
    assertThat(Files.readString(dir.resolve("empty.yaml")))
        .startsWith("format: 1\nbank: empty\ntitle: Empty\nquestions:\n  - id: d-1\n");
    CliRun.run(dir, "validate", "none.yaml", "empty.yaml").expectCode(ExitCode.OK);
  }

  @Test
  void windowsLineEndingsStayWindowsLineEndings() throws IOException {
    Path file = dir.resolve("crlf.yaml");
    Files.writeString(file, "format: 1\r\nbank: crlf\r\ntitle: CRLF\r\n");
    CliRun.run(dir, "new", "question", "--bank", "crlf.yaml", "-c", "c").expectCode(ExitCode.OK);
    String after = Files.readString(file);
    assertThat(after.replace("\r\n", "")).doesNotContain("\n");
    CliRun.run(dir, "validate", "crlf.yaml").expectCode(ExitCode.OK);
  }

  @Test
  void badPathsAndBadIdsAreUsageErrorsAndNothingIsWritten() throws IOException {
    assertThat(
            CliRun.run(dir, "new", "question", "--bank", "missing.yaml", "-c", "c")
                .expectCode(ExitCode.USAGE)
                .err())
        .contains("pmdrill new question: no such bank file: missing.yaml")
        .contains("pmdrill new bank DIR");
    Files.createDirectories(dir.resolve("folder"));
    assertThat(
            CliRun.run(dir, "new", "question", "--bank", "folder", "-c", "c")
                .expectCode(ExitCode.USAGE)
                .err())
        .contains("folder is a folder");
    String bank = "format: 1\nbank: b\ntitle: B\n";
    Files.writeString(dir.resolve("b.yaml"), bank);
    assertThat(
            CliRun.run(dir, "new", "question", "--bank", "b.yaml", "-c", "A/B")
                .expectCode(ExitCode.USAGE)
                .err())
        .contains("'--category' must be an id")
        .contains("did you mean 'a-b'?");
    assertThat(
            CliRun.run(dir, "new", "question", "--bank", "b.yaml", "-c", "c", "--id", "X Y")
                .expectCode(ExitCode.USAGE)
                .err())
        .contains("'--id' must be an id");
    assertThat(
            CliRun.run(dir, "new", "question", "--bank", "b.yaml").expectCode(ExitCode.USAGE).err())
        .contains("Missing required option: '--category=CATEGORY'");
    Files.writeString(dir.resolve("notes.txt"), bank);
    assertThat(
            CliRun.run(dir, "new", "question", "--bank", "notes.txt", "-c", "c")
                .expectCode(ExitCode.USAGE)
                .err())
        .contains("not a *.yaml or *.yml file");
    assertThat(Files.readString(dir.resolve("b.yaml"))).isEqualTo(bank);
  }

  @Test
  void aFileThatIsNotABankIsLeftAlone() throws IOException {
    String broken = "format: 1\nbank: b\ntitle: [unclosed\n";
    Files.writeString(dir.resolve("broken.yaml"), broken);
    assertThat(
            CliRun.run(dir, "new", "question", "--bank", "broken.yaml", "-c", "c")
                .expectCode(ExitCode.ERRORS)
                .err())
        .contains("broken.yaml cannot be read as a bank, so nothing was added")
        .contains("broken.yaml:4:1: error: YAML syntax")
        .contains("pmdrill validate broken.yaml");
    assertThat(Files.readString(dir.resolve("broken.yaml"))).isEqualTo(broken);

    String flow =
        "format: 1\nbank: f\ntitle: F\nquestions: [{id: q, category: c, prompt: P,"
            + " rubric: [{quantified: n}]}]\n";
    Files.writeString(dir.resolve("flow.yaml"), flow);
    assertThat(
            CliRun.run(dir, "new", "question", "--bank", "flow.yaml", "-c", "c")
                .expectCode(ExitCode.ERRORS)
                .err())
        .contains("flow.yaml:4:1: its questions are not a block list");
    assertThat(Files.readString(dir.resolve("flow.yaml"))).isEqualTo(flow);

    Files.writeString(dir.resolve("list.yaml"), "- a\n- b\n");
    assertThat(
            CliRun.run(dir, "new", "question", "--bank", "list.yaml", "-c", "c")
                .expectCode(ExitCode.ERRORS)
                .err())
        .contains("list.yaml is not a bank");
    Files.write(
        dir.resolve("latin1.yaml"), "title: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(
            CliRun.run(dir, "new", "question", "--bank", "latin1.yaml", "-c", "c")
                .expectCode(ExitCode.ERRORS)
                .err())
        .contains("latin1.yaml is not UTF-8");
  }

  @Test
  void newAloneListsWhatItCanStart() {
    CliRun run = CliRun.run(dir, "new").expectCode(ExitCode.USAGE);
    assertThat(run.err())
        .contains("Usage: pmdrill new")
        .contains("bank      Start a bank in a new or empty folder.")
        .contains("question  Add a question to a bank file.");
  }

  @Test
  void withFormatJsonBothCommandsPrintTheFilesWrittenAndTheNextSteps() throws IOException {
    ObjectMapper json = new ObjectMapper();
    CliRun made =
        CliRun.run(dir, "new", "bank", "team", "--format", "json").expectCode(ExitCode.OK);
    JsonNode bank = json.readTree(made.out());
    assertThat(bank.path("bank").asText()).isEqualTo("team");
    assertThat(bank.path("files").findValuesAsText("path"))
        .containsExactly("team/team.yaml", "team/pmdrill-bank.schema.json");
    assertThat(bank.path("files").findValuesAsText("kind")).containsExactly("bank", "schema");
    assertThat(bank.path("files").get(0).path("questions").asInt()).isEqualTo(1);
    assertThat(bank.path("next").findValuesAsText("command"))
        .contains("pmdrill validate team", "pmdrill calibrate team");
    assertThat(dir.resolve("team/team.yaml")).exists();

    CliRun added =
        CliRun.run(
                dir,
                "new",
                "question",
                "--bank",
                "team/team.yaml",
                "-c",
                "pricing",
                "--format",
                "json")
            .expectCode(ExitCode.OK);
    JsonNode question = json.readTree(added.out());
    assertThat(question.path("question").asText()).isEqualTo("pricing-1");
    assertThat(question.path("category").asText()).isEqualTo("pricing");
    assertThat(question.path("file").asText()).isEqualTo("team/team.yaml");
    assertThat(question.path("line").asInt()).isEqualTo(81);
    assertThat(question.path("next").findValuesAsText("command"))
        .containsExactly("pmdrill validate team/team.yaml");
    assertThat(CliRun.run(dir, "new", "bank", "--help").expectCode(ExitCode.OK).out())
        .contains("--format=FORMAT");
    assertThat(CliRun.run(dir, "new", "question", "--help").expectCode(ExitCode.OK).out())
        .contains("--format=FORMAT");
  }

  @Test
  void aPathThatCannotBeWrittenOrReadSaysWhy() throws IOException {
    Files.writeString(dir.resolve("afile"), "x");
    assertThat(CliRun.run(dir, "new", "bank", "afile/sub").expectCode(ExitCode.ERRORS).err())
        .contains("pmdrill new bank: cannot write in afile/sub: afile is a file, not a folder");
    assertThat(CliRun.run(dir, "new", "bank", "").expectCode(ExitCode.USAGE).err())
        .contains("pmdrill new bank: name the folder to start the bank in");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path fifo = dir.resolve("pipe.yaml");
    try {
      new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(fifo), "mkfifo is there");
    // A pipe would be read for ever: it is refused before anything is read.
    assertThat(
            CliRun.run(dir, "new", "question", "--bank", "pipe.yaml", "-c", "c")
                .expectCode(ExitCode.USAGE)
                .err())
        .contains("pmdrill new question: pipe.yaml is not a regular file");
  }

  @Test
  void aQuestionAddedToAWrittenBankIsNotTriedForGamingUntilItIsWritten() throws IOException {
    CliRun.run(dir, "new", "bank", "team").expectCode(ExitCode.OK);
    // general-1 written as the calibration sample writes it (line for line over the scaffold)
    java.util.List<String> sample =
        Files.readAllLines(Path.of("src/test/resources/golden/calibrate/team.yaml"));
    Path file = dir.resolve("team/team.yaml");
    java.util.List<String> scaffold = Files.readAllLines(file);
    java.util.List<String> written = new java.util.ArrayList<>();
    for (int i = 0; i < scaffold.size(); i++) {
      written.add(scaffold.get(i).contains("TODO") ? sample.get(i) : scaffold.get(i));
    }
    Files.write(file, written);
    CliRun.run(dir, "new", "question", "--bank", "team/team.yaml", "-c", "pricing")
        .expectCode(ExitCode.OK);
    CliRun validated = CliRun.run(dir, "validate", "team").expectCode(ExitCode.OK);
    // the seven placeholders, and not the sample rubric pricing-1 still holds
    assertThat(validated.err())
        .contains("0 errors, 7 warnings")
        .doesNotContain("under the rubric of");
  }
}
