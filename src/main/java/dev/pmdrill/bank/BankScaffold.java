package dev.pmdrill.bank;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The files {@code pmdrill new} writes: a bank that validates at once, its one question full of
 * placeholders ({@link Placeholders}) and a rubric that shows each criterion kind; and the same
 * question added to an existing bank file, with every byte already there kept as it was.
 */
public final class BankScaffold {
  private BankScaffold() {}

  /** Why a scaffold cannot be made; {@code usage} when the command was called wrongly. */
  public static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    private final boolean usage;

    Refused(boolean usage, String message) {
      super(message, null, false, false);
      this.usage = usage;
    }

    public boolean usage() {
      return usage;
    }
  }

  /** A bank file's new text and the id of the question it gained. */
  public record Added(String text, String id) {
    public Added {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(id, "id");
    }
  }

  /** A bank id made from a folder's name ("My Bank" gives "my-bank"), or empty when none fits. */
  public static Optional<String> idFrom(String name) {
    String slug =
        name.strip()
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? Optional.empty() : Optional.of(slug);
  }

  /**
   * A new bank file with one question of {@code category}; {@code shownDir} is the folder as the
   * user named it, for the commands its comments suggest.
   */
  public static String bank(String bankId, String title, String category, String shownDir)
      throws Refused {
    checkId("the bank id", bankId);
    checkId("--category", category);
    if (title.isBlank() || title.contains("\n")) {
      throw new Refused(true, "the title must be one line of text");
    }
    return resource("scaffold-bank.txt")
            .replace("{{dir}}", shownDir)
            .replace("{{bank}}", bankId)
            .replace("{{title}}", quoted(title))
        + question(category + "-1", category, 2);
  }

  /**
   * {@code text} (the bank file {@code file}) with a new question of {@code category} at the end of
   * its questions, or where {@code questions:} would go. Refused when the file cannot be read as a
   * bank, when its questions are not a block list, or when the result would not load as cleanly as
   * the file did.
   */
  public static Added addQuestion(String file, String text, String category, Optional<String> id)
      throws Refused {
    checkId("--category", category);
    if (id.isPresent()) {
      checkId("--id", id.get());
    }
    YamlReader.Parsed parsed = YamlReader.readText(file, text, 1, "bank");
    List<Problem> errors = parsed.problems().stream().filter(Problem::isError).toList();
    if (!errors.isEmpty() || parsed.root().isEmpty()) {
      throw new Refused(
          false,
          file
              + " cannot be read as a bank, so nothing was added"
              + (errors.isEmpty() ? "" : ":\n" + errors.get(0))
              + "\nrun 'pmdrill validate "
              + file
              + "' and fix it first");
    }
    if (!(parsed.root().get() instanceof YamlNode.Mapping)) {
      throw new Refused(false, file + " is not a bank: its top is not a mapping");
    }
    YamlNode.Mapping top = (YamlNode.Mapping) parsed.root().get();
    if (top.entry("format").isEmpty() || top.entry("bank").isEmpty()) {
      throw new Refused(
          false, file + " is not a bank (it has no 'format' and 'bank'); nothing was added");
    }
    Set<String> taken = questionIds(top);
    String newId = id.orElseGet(() -> nextId(category, taken));
    if (taken.contains(newId)) {
      throw new Refused(true, "question id '" + newId + "' is already used in " + file);
    }
    String newline = text.contains("\r\n") ? "\r\n" : "\n";
    List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
    if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1); // the split's empty piece after the last newline
    }
    insert(file, top, lines, newId, category);
    String result = (String.join("\n", lines) + "\n").replace("\n", newline);
    checkLoads(file, text, result, newId);
    return new Added(result, newId);
  }

  private static void insert(
      String file, YamlNode.Mapping top, List<String> lines, String id, String category)
      throws Refused {
    Optional<YamlNode.Entry> questions = top.entry("questions");
    if (questions.isEmpty()) {
      lines.add("questions:");
      lines.add(question(id, category, 2).stripTrailing());
      return;
    }
    YamlNode.Entry entry = questions.get();
    int keyLine = entry.keyLocation().line() - 1;
    YamlNode value = entry.value();
    if (value instanceof YamlNode.Sequence && !((YamlNode.Sequence) value).items().isEmpty()) {
      YamlNode first = ((YamlNode.Sequence) value).items().get(0);
      int indent = dashIndent(lines.get(first.location().line() - 1), first.location().column());
      if (indent < 0 || first.location().line() - 1 <= keyLine) {
        throw new Refused(
            false,
            file
                + ":"
                + (keyLine + 1)
                + ":"
                + entry.keyLocation().column()
                + ": its questions are not a block list ('- id: ...' on lines of their own),"
                + " so add the question by hand");
      }
      int end = sectionEnd(top, entry, lines);
      int at = end;
      while (at > keyLine + 1 && unrelated(lines.get(at - 1))) {
        at--;
      }
      lines.add(at, "");
      lines.add(at + 1, question(id, category, indent).stripTrailing());
      return;
    }
    String keyText = lines.get(keyLine);
    boolean emptyFlow = keyText.matches("\\s*questions:\\s*\\[\\s*]\\s*(#.*)?");
    boolean nothing =
        value instanceof YamlNode.Scalar
            && ((YamlNode.Scalar) value).type() == YamlNode.Scalar.Type.NULL
            && keyText.matches("\\s*questions:\\s*(#.*)?");
    if (!(emptyFlow || nothing) || entry.keyLocation().column() != 1) {
      throw new Refused(
          false,
          file
              + ":"
              + (keyLine + 1)
              + ":"
              + entry.keyLocation().column()
              + ": 'questions' is not a list this command can add to; add the question by hand");
    }
    lines.set(keyLine, "questions:");
    lines.add(keyLine + 1, question(id, category, 2).stripTrailing());
  }

  /** The line index just after the questions' section: the next top-level key, or the end. */
  private static int sectionEnd(
      YamlNode.Mapping top, YamlNode.Entry questions, List<String> lines) {
    int next = lines.size();
    for (YamlNode.Entry e : top.entries().values()) {
      int line = e.keyLocation().line() - 1;
      if (line > questions.keyLocation().line() - 1 && line < next) {
        next = line;
      }
    }
    return next;
  }

  /** A blank line, or a comment at the margin, which belongs to what follows it. */
  private static boolean unrelated(String line) {
    return line.isBlank() || line.startsWith("#");
  }

  /** The spaces before the '-' that opens the list item whose first key is at {@code column}. */
  private static int dashIndent(String line, int column) {
    int i = Math.min(column - 2, line.length() - 1);
    while (i >= 0 && line.charAt(i) == ' ') {
      i--;
    }
    if (i < 0 || line.charAt(i) != '-') {
      return -1;
    }
    for (int j = 0; j < i; j++) {
      if (line.charAt(j) != ' ') {
        return -1;
      }
    }
    return i;
  }

  private static void checkLoads(String file, String before, String after, String id)
      throws Refused {
    LoadResult was = load(file, before);
    LoadResult now = load(file, after);
    boolean added = now.catalog().questions().stream().anyMatch(q -> q.id().equals(id));
    if (!added || now.errorCount() > was.errorCount()) {
      Optional<Problem> first =
          now.problems().stream()
              .filter(Problem::isError)
              .filter(p -> !was.problems().contains(p))
              .findFirst();
      throw new Refused(
          false,
          "the question could not be added to "
              + file
              + " cleanly, so nothing was written"
              + first.map(p -> ":\n" + p).orElse(""));
    }
  }

  private static LoadResult load(String file, String text) {
    return new BankLoader()
        .load(List.of(new BankSource(file, text.getBytes(StandardCharsets.UTF_8))));
  }

  private static Set<String> questionIds(YamlNode.Mapping top) {
    Set<String> ids = new LinkedHashSet<>();
    top.entry("questions")
        .map(YamlNode.Entry::value)
        .filter(v -> v instanceof YamlNode.Sequence)
        .ifPresent(
            v -> {
              for (YamlNode item : ((YamlNode.Sequence) v).items()) {
                if (item instanceof YamlNode.Mapping) {
                  ((YamlNode.Mapping) item)
                      .entry("id")
                      .map(YamlNode.Entry::value)
                      .filter(n -> n instanceof YamlNode.Scalar)
                      .ifPresent(n -> ids.add(((YamlNode.Scalar) n).text()));
                }
              }
            });
    return ids;
  }

  private static String nextId(String category, Set<String> taken) {
    int n = 1;
    while (taken.contains(category + "-" + n)) {
      n++;
    }
    return category + "-" + n;
  }

  private static void checkId(String what, String id) throws Refused {
    if (!Fields.ID.matcher(id).matches()) {
      throw new Refused(true, Fields.badId(what, id));
    }
  }

  /** The question template, its list items indented by {@code indent} spaces. */
  static String question(String id, String category, int indent) {
    String template =
        resource("scaffold-question.txt").replace("{{id}}", id).replace("{{category}}", category);
    StringBuilder s = new StringBuilder();
    for (String line : template.split("\n", -1)) {
      if (line.isEmpty()) {
        s.append('\n');
        continue;
      }
      // Template lines start with two spaces; shift them to the file's own indentation.
      s.append(" ".repeat(indent)).append(line.substring(2)).append('\n');
    }
    return s.toString().replaceAll("\n+$", "\n");
  }

  /** A title as a YAML scalar: plain when it can be, else double-quoted. */
  private static String quoted(String title) {
    if (title.matches("[A-Za-z0-9\\p{IsHan}][^:#\\[\\]{},&*!|>'\"%@`]*")
        && !title.endsWith(" ")
        && !title.matches("(?i)[-+0-9._eE]+|true|false|null|yes|no|on|off")) {
      return title;
    }
    return "\"" + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String resource(String name) {
    try (InputStream in = BankScaffold.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the scaffold is missing from the jar: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
