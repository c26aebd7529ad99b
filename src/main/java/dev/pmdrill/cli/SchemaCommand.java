package dev.pmdrill.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code pmdrill schema}: prints the JSON Schema of the bank format, for editors and CI. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = {
      "Print the JSON Schema of bank format 1.",
      "Save it and point your editor at it with a first line such as",
      "  # yaml-language-server: $schema=./pmdrill-bank.schema.json"
    })
final class SchemaCommand implements Callable<Integer> {
  static final String RESOURCE = "/dev/pmdrill/bank/bank-format-1.schema.json";

  private final Context context;

  SchemaCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    context.out().print(schema());
    context.out().flush();
    return ExitCode.OK;
  }

  /** The schema's text, as shipped in the jar. */
  static String schema() throws IOException {
    try (InputStream in = SchemaCommand.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the schema is missing from the jar: " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
