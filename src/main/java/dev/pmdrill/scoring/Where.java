package dev.pmdrill.scoring;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Which part of an answer a concept must appear in. */
public enum Where {
  START,
  END,
  ANYWHERE;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Where> ofKey(String key) {
    return Arrays.stream(values()).filter(w -> w.key().equals(key)).findFirst();
  }
}
