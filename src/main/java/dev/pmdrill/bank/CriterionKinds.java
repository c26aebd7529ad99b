package dev.pmdrill.bank;

import dev.pmdrill.scoring.Criterion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The closed set of criterion kinds a bank may name, in one table: the reader takes each kind's
 * keys and reading from here, the schema test checks the published schema against it, and help
 * lists it. A kind added to the scorer is one row here.
 */
public final class CriterionKinds {

  /**
   * One kind: its key, its own keys besides the shared ones, what it does in a line, and how it is
   * read ({@code use} has no reader: the loader resolves it).
   */
  public record Kind(
      String key,
      Set<String> keys,
      String summary,
      Optional<BiFunction<CriterionReader, CriterionReader.Item, Optional<Criterion>>> reader) {}

  private static final List<Kind> ALL =
      List.of(
          kind(
              "concept",
              Set.of("any", "min", "where", "like"),
              "the answer covers an idea: its terms, or a sentence like one of its 'like' sentences",
              CriterionReader::concept),
          kind(
              "sequence",
              Set.of("steps"),
              "the answer has parts, in order (each step with terms and 'like' sentences)",
              CriterionReader::sequence),
          kind(
              "quantified",
              Set.of("min"),
              "the answer uses specific numbers (names, dates and ids are not quantities)",
              CriterionReader::quantified),
          kind(
              "estimate",
              Set.of("value", "tolerance", "unit"),
              "the number the answer concludes with lands within a factor of the reference",
              CriterionReader::estimate),
          kind(
              "avoid",
              Set.of("any", "penalty", "max"),
              "a known weakness: points off the total per matching term",
              CriterionReader::avoid),
          kind(
              "length",
              Set.of("min", "max"),
              "developed but not rambling: words within a range",
              CriterionReader::length),
          kind(
              "prose",
              Set.of("min", "terms", "cap"),
              "reasoning in sentences: a list of terms has its total capped",
              CriterionReader::prose),
          new Kind("use", Set.of(), "brings in a named rubric's criteria", Optional.empty()));

  private CriterionKinds() {}

  private static Kind kind(
      String key,
      Set<String> keys,
      String summary,
      BiFunction<CriterionReader, CriterionReader.Item, Optional<Criterion>> reader) {
    return new Kind(key, keys, summary, Optional.of(reader));
  }

  public static List<Kind> all() {
    return ALL;
  }

  public static Optional<Kind> named(String key) {
    return ALL.stream().filter(k -> k.key().equals(key)).findFirst();
  }

  static Map<String, Set<String>> keysByKind() {
    Map<String, Set<String>> keys = new LinkedHashMap<>();
    ALL.forEach(k -> keys.put(k.key(), k.keys()));
    return Map.copyOf(keys);
  }
}
