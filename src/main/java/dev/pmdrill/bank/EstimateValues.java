package dev.pmdrill.bank;

import java.util.OptionalDouble;

/** Reads an estimate's reference value: a YAML number, or one quantity written as answers write it. */
final class EstimateValues {
  OptionalDouble read(YamlNode node) {
    if (!(node instanceof YamlNode.Scalar)) {
      return OptionalDouble.empty();
    }
    YamlNode.Scalar scalar = (YamlNode.Scalar) node;
    double value;
    if (scalar.isNumber()) {
      value = scalar.number();
    } else {
      try {
        value = Double.parseDouble(scalar.text().replace(",", "").strip());
      } catch (NumberFormatException e) {
        return OptionalDouble.empty();
      }
    }
    return value > 0 && !Double.isInfinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
  }
}
