package dev.pmdrill.session;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a script of answers, for a drill run without a keyboard: answers separated by lines that
 * hold only {@code ---} (spaces around it allowed); a part whose only non-blank line is {@code
 * /skip} skips its question. A blank last part (after a final {@code ---}) is ignored, so is blank
 * input; CRLF and CR line ends read as LF.
 */
public final class ScriptedAnswers {
  private static final String SEPARATOR = "---";
  private static final String SKIP = "/skip";

  private ScriptedAnswers() {}

  public static List<ScriptedAnswer> split(String input) {
    String text = input.replace("\r\n", "\n").replace('\r', '\n');
    List<List<String>> parts = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (line.strip().equals(SEPARATOR)) {
        parts.add(current);
        current = new ArrayList<>();
      } else {
        current.add(line);
      }
    }
    if (current.stream().anyMatch(l -> !l.isBlank())) {
      parts.add(current);
    }
    List<ScriptedAnswer> answers = new ArrayList<>(parts.size());
    for (List<String> part : parts) {
      List<String> nonBlank = part.stream().filter(l -> !l.isBlank()).toList();
      if (nonBlank.size() == 1 && nonBlank.get(0).strip().equals(SKIP)) {
        answers.add(new ScriptedAnswer.Skip());
      } else {
        answers.add(new ScriptedAnswer.Given(String.join("\n", part).strip()));
      }
    }
    return List.copyOf(answers);
  }
}
