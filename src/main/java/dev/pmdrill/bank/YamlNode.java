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

    /**
     * The value of a number as the YAML 1.2 core schema reads it: {@code .nan} and {@code .inf}
     * give NaN and the infinities (callers refuse them with the scalar's place), {@code 0x} and
     * {@code 0o} integers their value.
     */
    public double number() {
      String plain = text.strip();
      boolean negative = plain.startsWith("-");
      String unsigned = plain.startsWith("-") || plain.startsWith("+") ? plain.substring(1) : plain;
      String lower = unsigned.toLowerCase(java.util.Locale.ROOT);
      double value;
      if (lower.equals(".nan")) {
        return Double.NaN;
      } else if (lower.equals(".inf")) {
        value = Double.POSITIVE_INFINITY;
      } else if (lower.startsWith("0x")) {
        value = new java.math.BigInteger(unsigned.substring(2), 16).doubleValue();
      } else if (lower.startsWith("0o")) {
        value = new java.math.BigInteger(unsigned.substring(2), 8).doubleValue();
      } else {
        value = Double.parseDouble(unsigned);
      }
      return negative ? -value : value;
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
