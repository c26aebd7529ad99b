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
  private final Supplier<CommandLine.Model.CommandSpec> spec;

  ShellCompleter(Supplier<CommandLine.Model.CommandSpec> spec) {
    this.spec = spec;
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
  }
}
