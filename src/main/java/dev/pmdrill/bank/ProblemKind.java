package dev.pmdrill.bank;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The kinds of problem {@code validate} reports, each with a stable id, for reports that group
 * problems by rule (SARIF's rules, code-scanning views). A problem's kind is read from its message,
 * which each check words in its own way; the first kind whose pattern finds the message wins, and a
 * problem no pattern knows falls to {@link #OTHER_ERROR} or {@link #OTHER_WARNING}.
 */
public enum ProblemKind {
  FILE(
      "file",
      "The file cannot be read as a bank: empty, not UTF-8, too large or not a mapping.",
      "^the file is|not UTF-8|a bank file must be a mapping|^the YAML is too large|nests deeper"
          + "|holds one YAML document|^cannot read the YAML"),
  YAML_SYNTAX("yaml-syntax", "The YAML is not well formed.", "^YAML syntax"),
  ANCHOR(
      "anchor",
      "Anchors and aliases are not allowed: a bank is read as written.",
      "anchors \\(&\\)"),
  DUPLICATE_KEY("duplicate-key", "A key appears twice in one mapping.", "^duplicate key"),
  UNKNOWN_KEY("unknown-key", "A key the bank format does not know.", "^unknown key"),
  FORMAT_VERSION("format-version", "The file does not declare format 1.", "'format"),
  EXAMPLE_OUTSIDE_RANGE(
      "example-outside-range",
      "An example answer scores outside its expect range.",
      "outside its expect"),
  PLACEHOLDER(
      "placeholder",
      "A placeholder written by 'pmdrill new' is still to be filled in.",
      "still the placeholder"),
  MISSING_MODEL_ANSWER(
      "missing-model-answer", "A question has no model answer.", "has no model_answer"),
  MISSING_EXAMPLES(
      "missing-examples",
      "A question has no graded examples, so its rubric is untested.",
      "has no examples"),
  GAMEABLE_RUBRIC(
      "gameable-rubric",
      "An answer with no substance scores too well under the rubric.",
      "under its own rubric|listed one after another|under the rubric of '"),
  INDISTINCT_CRITERION(
      "indistinct-criterion",
      "A criterion scores the same on every example, so it does not tell answers apart.",
      "does not tell answers apart"),
  DUPLICATE_ID("duplicate-id", "An id is used twice among the loaded files.", "is already used at"),
  BAD_ID(
      "bad-id",
      "An id that is not lower-case letters, digits and '-'.",
      "must be an id of lower-case letters"),
  CRITERION_KIND(
      "criterion-kind",
      "A criterion without exactly one kind (concept, sequence, ...).",
      "criterion must be a mapping that starts with its kind|criterion needs a kind|criterion has"
          + " one kind"),
  REGEX_TERM("regex-term", "A regex term that is not valid RE2.", "not valid RE2|regex term"),
  TERM("term", "A term that can never match.", "can never match|^a term is empty"),
  RUBRIC_USE(
      "rubric-use",
      "A 'use' of a rubric that is not loaded, or rubrics that use each other.",
      "no rubric named|rubric cycle|rubric name"),
  LOOP(
      "loop",
      "A loop whose rounds or panel cannot be run.",
      "^round '|the panel needs|a loop needs|a round needs"),
  MISSING_KEY(
      "missing-key", "A required key is missing.", " needs '|needs at least|^an? [a-z ]+ needs "),
  BAD_VALUE(
      "bad-value",
      "A value of the wrong type or outside its range.",
      "must be|is below|each term|each item|two steps|'min' is"),
  OTHER_ERROR("error", "Any other error in a bank.", ""),
  OTHER_WARNING("warning", "Any other doubt about a bank.", "");

  private final String id;
  private final String description;
  private final Pattern pattern;

  ProblemKind(String id, String description, String pattern) {
    this.id = id;
    this.description = description;
    this.pattern = pattern.isEmpty() ? null : Pattern.compile(pattern);
  }

  /** The rule id reports show: lower case words joined by '-'. */
  public String id() {
    return id;
  }

  /** One sentence on what the kind means. */
  public String description() {
    return description;
  }

  /** The kind of one problem. */
  public static ProblemKind of(Problem problem) {
    return Arrays.stream(values())
        .filter(k -> k.pattern != null && k.pattern.matcher(problem.message()).find())
        .findFirst()
        .orElse(problem.isError() ? OTHER_ERROR : OTHER_WARNING);
  }
}
