package dev.pmdrill.cli;

import java.io.IOException;
import java.util.function.IntFunction;
import picocli.CommandLine.Option;

/**
 * {@code --format text|json}, declared once for every command that writes text for people or JSON
 * for scripts (score, stories, packet, and drill and loop in scripted mode), and the printing.
 */
final class FormatOption {
  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text (default) or json.")
  TextOrJson format;

  boolean text() {
    return format == TextOrJson.text;
  }

  boolean json() {
    return format == TextOrJson.json;
  }

  /** The review as JSON, or as text rendered to the terminal's width. */
  void print(Context context, JsonOutput.Body json, IntFunction<String> textAtWidth)
      throws IOException {
    if (format == TextOrJson.json) {
      JsonOutput.print(context, json);
    } else {
      context.out().print(textAtWidth.apply(MaterialFiles.width(context)));
    }
    context.out().flush();
  }
}
