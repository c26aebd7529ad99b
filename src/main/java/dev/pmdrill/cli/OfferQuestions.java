package dev.pmdrill.cli;

import dev.pmdrill.bank.Problem;
import dev.pmdrill.material.MaterialException;
import dev.pmdrill.material.MaterialReader;
import dev.pmdrill.material.Offer;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;

/**
 * Asks, in the terminal, for offers one field at a time, for a candidate with no offers file. Each
 * offer is read by the same reader as a file (so the same amounts, percentages and vesting forms
 * work, with the same messages); a field it rejects is asked again with what was typed already in
 * the line, so nothing typed is lost. Ctrl-D or Ctrl-C ends the entry; what was typed is shown as
 * YAML to keep, so the next comparison can start from a file.
 */
final class OfferQuestions {
  /** "40k x 16", "40000 * 13", "4万×16": a monthly base times the months paid a year. */
  private static final Pattern MONTHLY =
      Pattern.compile("(.+?)\\s*[x×*]\\s*(\\d+(?:\\.\\d+)?)\\s*");

  private static final Pattern PLAIN_NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

  private static final Pattern PLAIN_TEXT = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ./()-]*");

  /** Words YAML would read as a boolean or null rather than as the text typed. */
  private static final Pattern YAML_WORDS =
      Pattern.compile("(?i)y|n|yes|no|true|false|on|off|null");

  /** One thing to ask: the offer file's key it fills, the question, and whether Enter skips it. */
  private record Field(String key, String prompt, boolean required) {}

  private static final List<Field> FIELDS =
      List.of(
          new Field("company", "Company: ", true),
          new Field("level", "Level (P6, P7...; Enter skips): ", false),
          new Field("base", "Base per year (600k), or per month x months paid (40k x 16): ", true),
          new Field(
              "bonus-target", "Bonus target (an amount, 15%% or 3 months; Enter: none): ", false),
          new Field("rsu", "RSU grant, its total value (Enter: none): ", false),
          new Field("vesting", "Vesting each year (25/25/25/25 or 4 years): ", false),
          new Field("sign-on", "Sign-on bonus (Enter: none): ", false));

  private final LineReader reader;
  private final PrintWriter out;
  private final List<Map<String, String>> typed = new ArrayList<>();

  OfferQuestions(LineReader reader) {
    this.reader = reader;
    this.out = reader.getTerminal().writer();
  }

  /** The offers entered, each checked as a file's would be; empty when none was finished. */
  List<Offer> ask() {
    List<Offer> offers = new ArrayList<>();
    out.println(
        "Enter each offer (amounts in CNY: 600000, 600k, 1.2M, 60万). Ctrl-D when you are done.");
    try {
      while (true) {
        out.println();
        out.println("Offer " + (offers.size() + 1) + ":");
        Map<String, String> answers = new LinkedHashMap<>();
        typed.add(answers);
        Optional<Offer> offer = askOne(answers);
        if (offer.isEmpty()) {
          break;
        }
        offers.add(offer.get());
        boolean more = offers.size() < 2;
        if (!yes("Another offer? " + (more ? "[Y/n] " : "[y/N] "), more)) {
          break;
        }
      }
    } catch (EndOfFileException | UserInterruptException e) {
      // the candidate ended the entry; the offers finished so far are compared
    }
    out.flush();
    return offers;
  }

  /**
   * What was typed, as an offers file, when anything was: for the candidate to keep, and to show an
   * offer that was left unfinished.
   */
  Optional<String> yaml() {
    List<Map<String, String>> written = typed.stream().filter(m -> !m.isEmpty()).toList();
    if (written.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder s = new StringBuilder("offers:\n");
    for (Map<String, String> answers : written) {
      String item = written(answers, "    ").text();
      s.append("  - ").append(item.substring(4));
    }
    return Optional.of(s.toString());
  }

  private Optional<Offer> askOne(Map<String, String> answers) {
    for (Field field : FIELDS) {
      if (field.key().equals("vesting") && !answers.containsKey("rsu")) {
        continue;
      }
      Optional<String> answer = field(field, "");
      if (answer.isEmpty() && field.required()) {
        return Optional.empty();
      }
      answer.ifPresent(a -> answers.put(field.key(), a));
    }
    while (true) {
      try {
        byte[] file = written(answers, "").text().getBytes(StandardCharsets.UTF_8);
        return MaterialReader.offers("offer", file).value().stream().findFirst();
      } catch (MaterialException e) {
        List<String> fieldOfLine = written(answers, "").fieldOfLine();
        Map<String, String> again = new LinkedHashMap<>();
        for (Problem p : e.problems()) {
          String key = fieldAt(fieldOfLine, p.location().line());
          if (key.equals("rsu") && !answers.containsKey("vesting")) {
            key = "vesting";
          }
          again.putIfAbsent(key, p.message());
        }
        for (Map.Entry<String, String> redo : again.entrySet()) {
          out.println("  " + redo.getValue());
          Field field =
              FIELDS.stream()
                  .filter(f -> f.key().equals(redo.getKey()))
                  .findFirst()
                  .orElse(FIELDS.get(2));
          Optional<String> answer = field(field, answers.getOrDefault(field.key(), ""));
          if (answer.isEmpty()) {
            if (field.required()) {
              return Optional.empty();
            }
            answers.remove(field.key());
          } else {
            answers.put(field.key(), answer.get());
          }
        }
      }
    }
  }

  /** The field whose line a problem points at; the base when it points at the offer as a whole. */
  private static String fieldAt(List<String> fieldOfLine, int line) {
    int index = line - 1;
    return index < 0 || index >= fieldOfLine.size() ? "base" : fieldOfLine.get(index);
  }

  private Optional<String> field(Field field, String buffer) {
    for (int tries = 0; ; tries++) {
      String answer = reader.readLine(field.prompt(), null, buffer).strip();
      if (!answer.isEmpty() || !field.required()) {
        return answer.isEmpty() ? Optional.empty() : Optional.of(answer);
      }
      if (tries == 1) {
        return Optional.empty();
      }
      out.println("  an offer needs this; Enter again to stop entering offers");
    }
  }

  private boolean yes(String prompt, boolean byDefault) {
    String answer = reader.readLine(prompt).strip().toLowerCase(Locale.ROOT);
    return answer.isEmpty() ? byDefault : answer.startsWith("y");
  }

  /** One offer as an offers file writes it, and the field each of its lines came from. */
  private record Written(String text, List<String> fieldOfLine) {}

  /** One offer's answers as an offers file writes them, one key a line, in the asked order. */
  private static Written written(Map<String, String> answers, String indent) {
    StringBuilder s = new StringBuilder();
    List<String> fields = new ArrayList<>();
    for (Map.Entry<String, String> a : answers.entrySet()) {
      Matcher monthly = MONTHLY.matcher(a.getValue());
      if (a.getKey().equals("base") && monthly.matches()) {
        line(s, fields, indent, "base", "base-monthly", monthly.group(1));
        line(s, fields, indent, "base", "months", monthly.group(2));
      } else if (a.getKey().equals("base")) {
        line(s, fields, indent, "base", "base-yearly", a.getValue());
      } else {
        line(s, fields, indent, a.getKey(), a.getKey(), a.getValue());
      }
    }
    return new Written(s.toString(), fields);
  }

  private static void line(
      StringBuilder s, List<String> fields, String indent, String field, String key, String value) {
    s.append(indent).append(key).append(": ").append(scalar(value)).append('\n');
    fields.add(field);
  }

  /** Written plain where YAML reads it back as typed (months must stay a number), else quoted. */
  private static String scalar(String value) {
    boolean plain =
        PLAIN_NUMBER.matcher(value).matches()
            || (PLAIN_TEXT.matcher(value).matches() && !YAML_WORDS.matcher(value).matches());
    return plain ? value : "'" + value.replace("'", "''") + "'";
  }
}
