package dev.pmdrill.review;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stakeholder quote an example gives as proof of influence: words in quotation marks ("...",
 * “...”, 「...」, 『...』) of at least four words or six Chinese characters, so a quoted term ("kill
 * metric") does not count. The guide asks for one in every example.
 */
final class StakeholderQuote {
  static final int MIN_WORDS = 4;
  static final int MIN_CHARACTERS = 6;

  private static final Pattern QUOTED =
      Pattern.compile(
          "\"([^\"]+)\"|\u201c([^\u201d]+)\u201d|\u300c([^\u300d]+)\u300d|\u300e([^\u300f]+)\u300f");

  private StakeholderQuote() {}

  static Optional<String> in(String text) {
    Matcher m = QUOTED.matcher(text);
    while (m.find()) {
      String quoted = null;
      for (int g = 1; g <= m.groupCount() && quoted == null; g++) {
        quoted = m.group(g);
      }
      SpokenLength length = SpokenLength.of(quoted);
      if (length.words() >= MIN_WORDS || length.characters() >= MIN_CHARACTERS) {
        return Optional.of(quoted.strip().replaceAll("\\s+", " "));
      }
    }
    return Optional.empty();
  }
}
