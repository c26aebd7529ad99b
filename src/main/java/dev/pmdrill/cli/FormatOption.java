package dev.pmdrill.cli;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code --format}, declared once for every command that writes more than one kind of output: text
 * for people, JSON for scripts, and the formats a command adds (export's CSV, validate's CI
 * reports). A command lists its formats as an enum and holds one of these as a {@code @Mixin} made
 * by {@link #of} or {@link #textOrJson}; the command tree adds the option to it, so every command
 * parses, validates, documents and completes {@code --format} the same way: its help lists the
 * formats, completion offers them, and any other value is a usage error naming them.
 */
@Command // a mixin whose one option is built in code, by mixin()
final class FormatOption<F extends Enum<F>> {
  private final Class<F> type;
  private final F fallback;
  private final Map<F, String> notes;
  private F value;

  private FormatOption(Class<F> type, F fallback, Map<F, String> notes) {
    this.type = Objects.requireNonNull(type, "type");
    this.fallback = Objects.requireNonNull(fallback, "fallback");
    this.notes = Map.copyOf(notes);
    this.value = fallback;
  }

  /** {@code --format text|json}, text by default: the reporting commands' choice. */
  static FormatOption<TextOrJson> textOrJson() {
    return new FormatOption<>(TextOrJson.class, TextOrJson.text, Map.of());
  }

  /** The formats of {@code type}, {@code fallback} by default, a few explained by {@code notes}. */
  static <F extends Enum<F>> FormatOption<F> of(Class<F> type, F fallback, Map<F, String> notes) {
    return new FormatOption<>(type, fallback, notes);
  }

  F value() {
    return value;
  }

  boolean text() {
    return value.name().equals("text");
  }

  boolean json() {
    return value.name().equals("json");
  }

  /** "text (default), json, github (workflow annotations) or sarif.": the help's one sentence. */
  String description() {
    List<String> names =
        Arrays.stream(type.getEnumConstants())
            .map(
                f ->
                    f.name()
                        + (f == fallback ? " (default)" : "")
                        + (notes.containsKey(f) ? " (" + notes.get(f) + ")" : ""))
            .toList();
    return names.size() == 1
        ? names.get(0) + "."
        : String.join(", ", names.subList(0, names.size() - 1))
            + " or "
            + names.get(names.size() - 1)
            + ".";
  }

  /** The option, alone in a mixin of its own, bound to this object. */
  CommandSpec mixin() {
    // "%" would be read as a format by picocli's help, and no format's note needs one.
    String help = description().replace("%", "%%");
    OptionSpec option =
        OptionSpec.builder("--format")
            .paramLabel("FORMAT")
            .type(type)
            .defaultValue(fallback.name())
            .description(help)
            .getter(
                new CommandLine.Model.IGetter() {
                  @Override
                  @SuppressWarnings("unchecked")
                  public <T> T get() {
                    return (T) value;
                  }
                })
            .setter(
                new CommandLine.Model.ISetter() {
                  @Override
                  @SuppressWarnings("unchecked")
                  public <T> T set(T next) {
                    F old = value;
                    value = type.cast(next);
                    return (T) old;
                  }
                })
            .build();
    return CommandSpec.create().addOption(option);
  }

  /**
   * Adds {@code --format} to every command of the tree that holds one of these as a {@code @Mixin}
   * (directly or in a mixin of its own, as drill and loop do through their scripted options).
   */
  static void addToEach(CommandLine cli) {
    formats(cli.getCommandSpec()).forEach(f -> cli.addMixin("format", f.mixin()));
    cli.getSubcommands().values().forEach(FormatOption::addToEach);
  }

  private static List<FormatOption<?>> formats(CommandSpec spec) {
    List<FormatOption<?>> found = new java.util.ArrayList<>();
    for (CommandSpec mixin : spec.mixins().values()) {
      if (mixin.userObject() instanceof FormatOption<?> format) {
        found.add(format);
      } else {
        found.addAll(formats(mixin));
      }
    }
    return found;
  }

  /** The review as JSON, or as text rendered to the terminal's width. */
  void print(Context context, JsonOutput.Body json, IntFunction<String> textAtWidth)
      throws IOException {
    if (json()) {
      JsonOutput.print(context, json);
    } else {
      context.out().print(textAtWidth.apply(MaterialFiles.width(context)));
    }
    context.out().flush();
  }
}
