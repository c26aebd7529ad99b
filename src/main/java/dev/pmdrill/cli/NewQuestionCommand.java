package dev.pmdrill.cli;

import dev.pmdrill.bank.BankScaffold;
import dev.pmdrill.session.AtomicFile;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code pmdrill new question}: adds a question of placeholders to an existing bank file. */
@Command(
    name = "question",
    mixinStandardHelpOptions = true,
    header = "Add a question to a bank file.",
    description = {
      "Add a question to a bank file, after its last question: TODO placeholders",
      "for prompt, hints, follow-ups, model answer and three examples, and a",
      "rubric with each criterion kind. The rest of the file is kept as it is."
    })
final class NewQuestionCommand implements Callable<Integer> {
  private final Context context;

  @Option(
      names = "--bank",
      required = true,
      paramLabel = "FILE",
      description = "The bank file (*.yaml or *.yml) to add to.")
  Path bank;

  @Option(
      names = {"-c", "--category"},
      required = true,
      paramLabel = "CATEGORY",
      completionCandidates = Completions.Categories.class,
      description = "The question's category, an id such as pricing.")
  String category;

  @Option(
      names = "--id",
      paramLabel = "ID",
      description = "The question's id (default: CATEGORY-N, the first free N).")
  String id;

  @Mixin final FormatOption<TextOrJson> output = FormatOption.textOrJson();

  NewQuestionCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    Path file = context.workDir().resolve(bank).normalize();
    String shown = bank.toString();
    if (!Files.exists(file)) {
      throw new ExitException(
          ExitCode.USAGE,
          "no such bank file: " + shown + "; start a bank with 'pmdrill new bank DIR'");
    }
    if (Files.isDirectory(file)) {
      throw new ExitException(
          ExitCode.USAGE, shown + " is a folder; name the bank file (a *.yaml file) in it");
    }
    if (!Files.isRegularFile(file)) {
      // a pipe or a device would be read for ever
      throw new ExitException(
          ExitCode.USAGE, shown + " is not a regular file; name the bank file (a *.yaml file)");
    }
    if (!shown.endsWith(".yaml") && !shown.endsWith(".yml")) {
      throw new ExitException(
          ExitCode.USAGE, shown + " is not a *.yaml or *.yml file, which is all validate reads");
    }
    String text = read(file, shown);
    BankScaffold.Added added;
    try {
      added = BankScaffold.addQuestion(shown, text, category, Optional.ofNullable(id));
    } catch (BankScaffold.Refused e) {
      throw new ExitException(e.usage() ? ExitCode.USAGE : ExitCode.ERRORS, e.getMessage());
    }
    if (!read(file, shown).equals(text)) {
      throw new ExitException(
          ExitCode.ERRORS, shown + " changed while the question was added; nothing was written");
    }
    replace(file, added.text());
    int line = lineOf(added.text(), "id: " + added.id());
    if (output.json()) {
      JsonOutput.print(
          context,
          g -> {
            g.writeStartObject();
            g.writeStringField("question", added.id());
            g.writeStringField("category", category);
            g.writeStringField("file", shown);
            g.writeNumberField("line", line);
            NewBankCommand.writeNext(
                g, "fill in its TODO placeholders, then", List.of("pmdrill validate " + shown));
            g.writeEndObject();
          });
      context.out().flush();
      return ExitCode.OK;
    }
    context
        .out()
        .println(
            "added question '"
                + added.id()
                + "' ("
                + category
                + ") to "
                + shown
                + " at line "
                + line);
    context.out().println("Next: fill in its TODO placeholders, then: pmdrill validate " + shown);
    context.out().flush();
    return ExitCode.OK;
  }

  private static String read(Path file, String shown) throws IOException {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ExitException(
          ExitCode.ERRORS, shown + " is not UTF-8, so it is not a bank; nothing was written");
    }
  }

  /** Replaces the file atomically, keeping its permissions (a new temporary file has its own). */
  private static void replace(Path file, String text) throws IOException {
    Path tmp =
        Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".tmp");
    try {
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
      if (posix != null) {
        Files.setPosixFilePermissions(tmp, posix.readAttributes().permissions());
      }
      AtomicFile.move(tmp, file);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static int lineOf(String text, String needle) {
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains("- " + needle)) {
        return i + 1;
      }
    }
    return 1;
  }
}
