package dev.pmdrill.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * Tab completion in the shell, answered by the command tree itself: commands, options and the
 * values an option declares (question ids, categories, loops), so a new option completes with no
 * shell code.
 */
final class ShellCompleter implements Completer {
  /** Commands whose words are files, and options whose value is a file or folder. */
  private static final java.util.Set<String> FILE_COMMANDS =
      java.util.Set.of("validate", "stories", "packet");

  private static final java.util.Set<String> FILE_OPTIONS =
      java.util.Set.of(
          "--from",
          "--answer-file",
          "--bank",
          "-o",
          "--output",
          "--html",
          "--batch",
          "--data-dir",
          "--stories",
          "--packet");

  private final Supplier<CommandLine.Model.CommandSpec> spec;
  private final java.nio.file.Path workDir;

  ShellCompleter(Supplier<CommandLine.Model.CommandSpec> spec) {
    this(spec, java.nio.file.Path.of(""));
  }

  ShellCompleter(Supplier<CommandLine.Model.CommandSpec> spec, java.nio.file.Path workDir) {
    this.spec = spec;
    this.workDir = workDir;
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    String[] words = line.words().toArray(new String[0]);
    List<CharSequence> found = new ArrayList<>();
    AutoComplete.complete(
        spec.get(), words, line.wordIndex(), line.wordCursor(), line.cursor(), found);
    String prefix = line.word().substring(0, line.wordCursor());
    for (CharSequence suffix : found) {
      String whole = prefix + suffix;
      candidates.add(new Candidate(whole, whole, null, null, null, null, true));
    }
    // picocli knows the options and the values it was told of; words it knows nothing of (help
    // topics, 'history show', files) are completed here.
    boolean values = found.stream().anyMatch(f -> !(prefix + f).startsWith("-"));
    if (values || prefix.startsWith("-") || words.length == 0) {
      return;
    }
    int at = line.wordIndex();
    String command = words[0];
    String before = at > 0 ? words[at - 1] : "";
    if (command.equals("help") && at == 1) {
      for (String topic : topics()) {
        if (topic.startsWith(prefix)) {
          candidates.add(new Candidate(topic, topic, null, null, null, null, true));
        }
      }
    } else if (command.equals("history") && at == 1 && "show".startsWith(prefix)) {
      candidates.add(new Candidate("show", "show", null, null, null, null, true));
    } else if (at > 0 && (FILE_COMMANDS.contains(command) || FILE_OPTIONS.contains(before))
        || newBankFolder(words, at, before)) {
      files(prefix, candidates);
    }
  }

  /** The folder of {@code new bank DIR}: its one word that is not an option nor its value. */
  private static boolean newBankFolder(String[] words, int at, String before) {
    return at >= 2
        && words[0].equals("new")
        && words[1].equals("bank")
        && (at == 2 || !before.startsWith("-"));
  }

  private List<String> topics() {
    List<String> topics = new ArrayList<>(spec.get().subcommands().keySet());
    topics.add("prose");
    topics.add("rubrics");
    java.util.Collections.sort(topics);
    return topics;
  }

  /** The files and folders whose path starts with what is typed; a folder ends in '/'. */
  private void files(String prefix, List<Candidate> candidates) {
    int slash = prefix.lastIndexOf('/');
    String folder = slash < 0 ? "" : prefix.substring(0, slash + 1);
    String start = prefix.substring(slash + 1);
    java.nio.file.Path dir = workDir.resolve(folder.isEmpty() ? "." : folder);
    try (java.util.stream.Stream<java.nio.file.Path> list = java.nio.file.Files.list(dir)) {
      list.sorted()
          .forEach(
              p -> {
                String name = p.getFileName().toString();
                if (!name.startsWith(start) || name.startsWith(".") && !start.startsWith(".")) {
                  return;
                }
                boolean isDir = java.nio.file.Files.isDirectory(p);
                String value = folder + name + (isDir ? "/" : "");
                candidates.add(new Candidate(value, name, null, null, null, null, !isDir));
              });
    } catch (java.io.IOException | RuntimeException e) {
      // nothing to offer from a folder that cannot be listed
    }
  }
}
