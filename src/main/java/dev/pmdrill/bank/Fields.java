package dev.pmdrill.bank;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A mapping from a bank file read as one kind of object ("a question", "a round"): typed getters
 * that note a problem, at the right place, for every key that is unknown, missing or of the wrong
 * type, so the binder goes on and reports everything in one run.
 */
final class Fields {
  static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

  private final YamlNode.Mapping mapping;
  private final String what;
  private final Problems problems;

  private Fields(YamlNode.Mapping mapping, String what, Problems problems) {
    this.mapping = mapping;
    this.what = what;
    this.problems = problems;
  }

  /**
   * Reads {@code node} as a mapping of {@code what}; notes unknown keys (with the nearest known
   * one) and returns empty, with a problem noted, when the node is not a mapping at all.
   */
  static Optional<Fields> of(
      YamlNode node, String what, Collection<String> known, Problems problems) {
    if (!(node instanceof YamlNode.Mapping)) {
      problems.error(
          node.location(), what + " must be a mapping of keys to values, not " + node.describe());
      return Optional.empty();
    }
    YamlNode.Mapping mapping = (YamlNode.Mapping) node;
    for (YamlNode.Entry entry : mapping.entries().values()) {
      if (!known.contains(entry.key())) {
        problems.error(
            entry.keyLocation(),
            "unknown key '" + entry.key() + "' in " + what + Suggestions.hint(entry.key(), known));
      }
    }
    return Optional.of(new Fields(mapping, what, problems));
  }

  Location location() {
    return mapping.location();
  }

  YamlNode.Mapping mapping() {
    return mapping;
  }

  boolean has(String key) {
    return mapping.entry(key).isPresent();
  }

  Optional<YamlNode> node(String key) {
    return mapping.entry(key).map(YamlNode.Entry::value);
  }

  Optional<Location> keyLocation(String key) {
    return mapping.entry(key).map(YamlNode.Entry::keyLocation);
  }

  Location valueLocation(String key) {
    return node(key).map(YamlNode::location).orElse(mapping.location());
  }

  void error(Location at, String message) {
    problems.error(at, message);
  }

  private Optional<YamlNode> required(String key) {
    Optional<YamlNode> node = node(key);
    if (node.isEmpty()) {
      problems.error(mapping.location(), what + " needs '" + key + "'");
    }
    return node;
  }

  Optional<String> requiredText(String key) {
    return required(key).flatMap(n -> text(key, n));
  }

  Optional<String> text(String key) {
    return node(key).flatMap(n -> text(key, n));
  }

  private Optional<String> text(String key, YamlNode node) {
    if (node instanceof YamlNode.Scalar) {
      YamlNode.Scalar scalar = (YamlNode.Scalar) node;
      if (scalar.type() != YamlNode.Scalar.Type.NULL && !scalar.text().isBlank()) {
        return Optional.of(scalar.text());
      }
    }
    problems.error(node.location(), "'" + key + "' must be text, not " + node.describe());
    return Optional.empty();
  }

  Optional<String> requiredId(String key) {
    return requiredText(key).flatMap(t -> checkId(key, t));
  }

  Optional<String> id(String key) {
    return text(key).flatMap(t -> checkId(key, t));
  }

  private Optional<String> checkId(String key, String text) {
    if (ID.matcher(text).matches()) {
      return Optional.of(text);
    }
    problems.error(valueLocation(key), badId(key, text));
    return Optional.empty();
  }

  static String badId(String key, String text) {
    String slug =
        text.strip()
            .toLowerCase(java.util.Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    return "'"
        + key
        + "' must be an id of lower-case letters, digits and '-' (starting with a letter or digit), not '"
        + text
        + "'"
        + (slug.isEmpty() ? "" : "; did you mean '" + slug + "'?");
  }

  List<String> idList(String key) {
    return locatedIds(key).stream().map(Map.Entry::getKey).toList();
  }

  /** The valid ids of a list value, each with where it is written; the others are problems. */
  List<Map.Entry<String, Location>> locatedIds(String key) {
    return list(key).stream()
        .map(
            n ->
                scalarText(key, n)
                    .flatMap(
                        t -> {
                          if (ID.matcher(t).matches()) {
                            return Optional.of(Map.entry(t, n.location()));
                          }
                          problems.error(n.location(), badId(key, t));
                          return Optional.<Map.Entry<String, Location>>empty();
                        }))
        .flatMap(Optional::stream)
        .toList();
  }

  List<String> textList(String key) {
    return list(key).stream().map(n -> scalarText(key, n)).flatMap(Optional::stream).toList();
  }

  /** The items of a list value; a missing key gives an empty list, a wrong type a problem. */
  List<YamlNode> list(String key) {
    Optional<YamlNode> node = node(key);
    if (node.isEmpty()) {
      return List.of();
    }
    return items(key, node.get());
  }

  List<YamlNode> requiredList(String key) {
    Optional<YamlNode> node = required(key);
    if (node.isEmpty()) {
      return List.of();
    }
    List<YamlNode> items = items(key, node.get());
    if (items.isEmpty() && node.get() instanceof YamlNode.Sequence) {
      problems.error(node.get().location(), "'" + key + "' needs at least one item");
    }
    return items;
  }

  private List<YamlNode> items(String key, YamlNode node) {
    if (node instanceof YamlNode.Sequence) {
      return ((YamlNode.Sequence) node).items();
    }
    problems.error(node.location(), "'" + key + "' must be a list, not " + node.describe());
    return List.of();
  }

  private Optional<String> scalarText(String key, YamlNode node) {
    if (node instanceof YamlNode.Scalar
        && ((YamlNode.Scalar) node).type() != YamlNode.Scalar.Type.NULL
        && !((YamlNode.Scalar) node).text().isBlank()) {
      return Optional.of(((YamlNode.Scalar) node).text());
    }
    problems.error(
        node.location(), "each item of '" + key + "' must be text, not " + node.describe());
    return Optional.empty();
  }

  OptionalDouble number(String key, double min, boolean minExclusive, double max) {
    Optional<YamlNode> node = node(key);
    if (node.isEmpty()) {
      return OptionalDouble.empty();
    }
    return checkedNumber(key, node.get(), min, minExclusive, max);
  }

  private OptionalDouble checkedNumber(
      String key, YamlNode node, double min, boolean minExclusive, double max) {
    String range = rangeText(min, minExclusive, max);
    if (!(node instanceof YamlNode.Scalar) || !((YamlNode.Scalar) node).isNumber()) {
      problems.error(
          node.location(), "'" + key + "' must be " + range + ", not " + node.describe());
      return OptionalDouble.empty();
    }
    double value = ((YamlNode.Scalar) node).number();
    boolean tooLow = minExclusive ? !(value > min) : !(value >= min);
    if (tooLow || !(value <= max)) {
      problems.error(
          node.location(),
          "'" + key + "' must be " + range + ", not " + ((YamlNode.Scalar) node).text());
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(value);
  }

  OptionalInt integer(String key, int min, int max) {
    Optional<YamlNode> node = node(key);
    if (node.isEmpty()) {
      return OptionalInt.empty();
    }
    return checkedInteger(key, node.get(), min, max);
  }

  OptionalInt requiredInteger(String key, int min, int max) {
    Optional<YamlNode> node = required(key);
    if (node.isEmpty()) {
      return OptionalInt.empty();
    }
    return checkedInteger(key, node.get(), min, max);
  }

  private OptionalInt checkedInteger(String key, YamlNode node, int min, int max) {
    String range =
        max == Integer.MAX_VALUE
            ? "a whole number of at least " + min
            : "a whole number from " + min + " to " + max;
    if (node instanceof YamlNode.Scalar && ((YamlNode.Scalar) node).isNumber()) {
      double value = ((YamlNode.Scalar) node).number();
      if (value == Math.rint(value) && value >= min && value <= max) {
        return OptionalInt.of((int) value);
      }
      problems.error(
          node.location(),
          "'" + key + "' must be " + range + ", not " + ((YamlNode.Scalar) node).text());
      return OptionalInt.empty();
    }
    problems.error(node.location(), "'" + key + "' must be " + range + ", not " + node.describe());
    return OptionalInt.empty();
  }

  private static String rangeText(double min, boolean minExclusive, double max) {
    String low = format(min);
    if (max == Double.MAX_VALUE) {
      return minExclusive ? "a number above " + low : "a number of at least " + low;
    }
    return (minExclusive
            ? "a number above " + low + " and up to "
            : "a number from " + low + " to ")
        + format(max);
  }

  static String format(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }

  static Set<String> keys(String... names) {
    return Set.of(names);
  }

  static List<String> sorted(Collection<String> names) {
    List<String> list = new ArrayList<>(names);
    list.sort(null);
    return list;
  }
}
