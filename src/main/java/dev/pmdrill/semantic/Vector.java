package dev.pmdrill.semantic;

import java.util.Arrays;

/** A sentence embedding, normalised to unit length so that a dot product is the cosine. */
public final class Vector {
  private final float[] values;

  private Vector(float[] values) {
    this.values = values;
  }

  /** Copies and normalises; a zero vector stays zero (and is similar to nothing). */
  public static Vector of(float[] raw) {
    double norm = 0;
    for (float v : raw) {
      norm += (double) v * v;
    }
    float[] copy = Arrays.copyOf(raw, raw.length);
    if (norm > 0) {
      double scale = 1 / Math.sqrt(norm);
      for (int i = 0; i < copy.length; i++) {
        copy[i] = (float) (copy[i] * scale);
      }
    }
    return new Vector(copy);
  }

  /** Cosine similarity, from -1 to 1; 0 for vectors of different models. */
  public double cosine(Vector other) {
    if (other.values.length != values.length) {
      return 0;
    }
    double dot = 0;
    for (int i = 0; i < values.length; i++) {
      dot += (double) values[i] * other.values[i];
    }
    return dot;
  }

  public int dimensions() {
    return values.length;
  }
}
