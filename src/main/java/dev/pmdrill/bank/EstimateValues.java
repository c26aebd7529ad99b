package dev.pmdrill.bank;

import dev.pmdrill.text.AnalyzedText;
import dev.pmdrill.text.Quantity;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Reads an estimate's reference value: a YAML number, or one quantity written as answers write it
 * ("1.5 billion", "15亿", "$50M"), read by the same scanner that reads answers so both agree.
 */
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
      List<Quantity> found = AnalyzedText.of(scalar.text()).quantities();
      if (found.size() != 1) {
        return OptionalDouble.empty();
      }
      value = found.get(0).value();
    }
    return value > 0 && !Double.isInfinite(value)
        ? OptionalDouble.of(value)
        : OptionalDouble.empty();
  }
}
