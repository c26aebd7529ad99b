package dev.pmdrill.bank;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the known name a user most likely meant, for "did you mean ...?" hints. */
public final class Suggestions {
  private Suggestions() {}

  public static Optional<String> nearest(String written, Collection<String> known) {
    String w = fold(written);
    // A name typed only in part ("alibaba" for "alibaba-pm") is the likeliest meaning of all.
    if (w.length() >= 3) {
      Optional<String> extended =
          known.stream().filter(k -> fold(k).startsWith(w)).sorted().findFirst();
      if (extended.isPresent()) {
        return extended;
      }
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int d = distance(w, fold(candidate));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    int allowed = Math.max(2, written.length() / 3);
    return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  /** "; did you mean 'x'?" or nothing. */
  public static String hint(String written, Collection<String> known) {
    return nearest(written, known).map(s -> "; did you mean '" + s + "'?").orElse("");
  }

  private static String fold(String s) {
    return s.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
  }

  /** Optimal string alignment distance: Levenshtein plus adjacent swaps, the commonest typo. */
  private static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
