package dev.pmdrill.bank;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A YAML value with the place it was written. The bank binder works on these rather than on
 * Jackson's databind so that it can report every problem in a file, each with its line and column.
 */
public sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {

  Location location();

  /** What a user calls this kind of value in a message ("a list", "a mapping", "the text 'x'"). */
  String describe();

  record Entry(String key, Location keyLocation, YamlNode value) {}

  record Mapping(Location location, Map<String, Entry> entries) implements YamlNode {
    public Mapping {
      entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    public Optional<Entry> entry(String key) {
      return Optional.ofNullable(entries.get(key));
    }

    @Override
    public String describe() {
      return "a mapping";
    }
  }

  record Sequence(Location location, List<YamlNode> items) implements YamlNode {
    public Sequence {
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /** A scalar typed by the YAML 1.2 core schema. */
  record Scalar(Location location, String text, Type type) implements YamlNode {
    public enum Type {
      STRING,
      INTEGER,
      FLOAT,
      BOOLEAN,
      NULL
    }

    public boolean isNumber() {
      return type == Type.INTEGER || type == Type.FLOAT;
    }

    public double number() {
      return Double.parseDouble(text.replace("+", ""));
    }

    @Override
    public String describe() {
      return switch (type) {
        case NULL -> "nothing";
        case STRING -> "the text '" + abbreviate(text) + "'";
        default -> "'" + abbreviate(text) + "'";
      };
    }

    private static String abbreviate(String text) {
      String oneLine = text.strip().replace('\n', ' ');
      return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 37) + "...";
    }
  }
}
