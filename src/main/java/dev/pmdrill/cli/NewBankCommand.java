package dev.pmdrill.cli;

import dev.pmdrill.bank.BankScaffold;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pmdrill new bank DIR}: a bank folder that validates at once, placeholders to fill. */
@Command(
    name = "bank",
    mixinStandardHelpOptions = true,
    header = "Start a bank in a new or empty folder.",
    description = {
      "Start a bank in DIR (new or empty): DIR/ID.yaml with one question whose",
      "TODO placeholders validate warns about until you fill them, a rubric with",
      "each criterion kind, three example slots, and the JSON Schema beside it",
      "for editors."
    })
final class NewBankCommand implements Callable<Integer> {
  static final String SCHEMA_FILE = "pmdrill-bank.schema.json";

  private final Context context;

  @Parameters(paramLabel = "DIR", description = "The folder to create, or an empty one.")
  Path dir;

  @Option(
      names = "--id",
      paramLabel = "ID",
      description = "The bank id (default: from DIR's name).")
  String id;

  @Option(
      names = "--title",
      paramLabel = "TITLE",
      description = "The bank's title (default: from DIR's name).")
  String title;

  @Option(
      names = {"-c", "--category"},
      paramLabel = "CATEGORY",
      defaultValue = "general",
      completionCandidates = Completions.Categories.class,
      description = "The first question's category (default: ${DEFAULT-VALUE}).")
  String category;

  @Mixin final FormatOption<TextOrJson> output = FormatOption.textOrJson();

  NewBankCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    if (dir.toString().isBlank()) {
      throw new ExitException(
          ExitCode.USAGE, "name the folder to start the bank in (a new or empty one)");
    }
    Path target = context.workDir().resolve(dir).normalize();
    refuseExisting(target);
    String name = target.getFileName() == null ? "" : target.getFileName().toString();
    String bankId =
        id != null
            ? id
            : BankScaffold.idFrom(name)
                .orElseThrow(
                    () ->
                        new ExitException(
                            ExitCode.USAGE,
                            "cannot make a bank id from '" + dir + "'; give one with --id"));
    String bankTitle = title != null ? title : titleFrom(bankId);
    String bankText;
    try {
      bankText = BankScaffold.bank(bankId, bankTitle, category, dir.toString());
    } catch (BankScaffold.Refused e) {
      throw new ExitException(e.usage() ? ExitCode.USAGE : ExitCode.ERRORS, e.getMessage());
    }
    Path bankFile = target.resolve(bankId + ".yaml");
    Path schemaFile = target.resolve(SCHEMA_FILE);
    try {
      Files.createDirectories(target);
      createNew(bankFile, bankText);
      createNew(schemaFile, SchemaCommand.schema());
    } catch (FileAlreadyExistsException e) {
      throw new ExitException(
          ExitCode.USAGE,
          e.getFile() + " appeared while the bank was written; nothing overwritten");
    } catch (IOException e) {
      throw new ExitException(ExitCode.ERRORS, "cannot write in " + dir + ": " + why(e, target));
    }
    Path shown = dir;
    List<String> next =
        List.of(
            "pmdrill validate " + shown,
            "pmdrill calibrate " + shown,
            "pmdrill new question --bank " + shown.resolve(bankId + ".yaml") + " -c CATEGORY");
    if (output.json()) {
      JsonOutput.print(
          context,
          g -> {
            g.writeStartObject();
            g.writeStringField("bank", bankId);
            g.writeArrayFieldStart("files");
            g.writeStartObject();
            g.writeStringField("path", shown.resolve(bankId + ".yaml").toString());
            g.writeStringField("kind", "bank");
            g.writeNumberField("questions", 1);
            g.writeEndObject();
            g.writeStartObject();
            g.writeStringField("path", shown.resolve(SCHEMA_FILE).toString());
            g.writeStringField("kind", "schema");
            g.writeEndObject();
            g.writeEndArray();
            writeNext(g, "fill in the TODO placeholders (validate lists them), then", next);
            g.writeEndObject();
          });
      context.out().flush();
      return ExitCode.OK;
    }
    context.out().println("created " + shown.resolve(bankId + ".yaml") + " (1 question)");
    context.out().println("created " + shown.resolve(SCHEMA_FILE) + " (for editors)");
    context.out().println();
    context.out().println("Next: fill in the TODO placeholders (validate lists them), then");
    next.forEach(c -> context.out().println("  " + c));
    context.out().flush();
    return ExitCode.OK;
  }

  /** The next steps, for --format json: what to do first, then each command. */
  static void writeNext(
      com.fasterxml.jackson.core.JsonGenerator g, String first, List<String> commands)
      throws IOException {
    g.writeArrayFieldStart("next");
    g.writeStartObject();
    g.writeStringField("do", first);
    g.writeEndObject();
    for (String c : commands) {
      g.writeStartObject();
      g.writeStringField("command", c);
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /**
   * Why a folder could not be made or written, in words: the JDK's exceptions often say only the
   * path ("/proc/x").
   */
  private String why(IOException e, Path target) {
    for (Path p = target.getParent(); p != null; p = p.getParent()) {
      if (Files.exists(p) && !Files.isDirectory(p)) {
        return context.workDir().relativize(p) + " is a file, not a folder";
      }
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "the folder cannot be made there";
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage();
  }

  /** A folder that holds anything is refused: the user's files are never overwritten. */
  private void refuseExisting(Path target) {
    if (!Files.exists(target)) {
      return;
    }
    if (!Files.isDirectory(target)) {
      throw new ExitException(
          ExitCode.USAGE, dir + " exists and is not a folder; name a new or empty folder");
    }
    List<String> inside;
    try (Stream<Path> entries = Files.list(target)) {
      inside = entries.map(p -> p.getFileName().toString()).sorted().limit(3).toList();
    } catch (IOException e) {
      throw new ExitException(ExitCode.USAGE, "cannot read " + dir + ": " + e.getMessage());
    }
    if (!inside.isEmpty()) {
      throw new ExitException(
          ExitCode.USAGE,
          dir
              + " is not empty (it holds "
              + String.join(", ", inside)
              + (inside.size() == 3 ? ", ..." : "")
              + "); 'new bank' writes only into a new or empty folder."
              + " To add a question to a bank: pmdrill new question --bank FILE -c CATEGORY");
    }
  }

  private static void createNew(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
  }

  /** "team-pm-bank" gives "Team pm bank". */
  private static String titleFrom(String bankId) {
    String words = bankId.replace('-', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
