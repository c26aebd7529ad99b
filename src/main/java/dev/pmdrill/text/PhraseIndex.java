package dev.pmdrill.text;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Where each stem occurs in an answer, built on the first phrase lookup. Stems become small ints so
 * checking the rest of a phrase is an array comparison, and a phrase whose first stem the answer
 * lacks costs one hash lookup.
 */
final class PhraseIndex {

  private final Map<String, Integer> ids;

  /** Stem id of each token. */
  private final int[] tokenIds;

  /** Token positions grouped by stem id: positions[offsets[id] .. offsets[id + 1]). */
  private final int[] offsets;

  private final int[] positions;

  private PhraseIndex(Map<String, Integer> ids, int[] tokenIds, int[] offsets, int[] positions) {
    this.ids = ids;
    this.tokenIds = tokenIds;
    this.offsets = offsets;
    this.positions = positions;
  }

  static PhraseIndex of(TokenTable tokens) {
    int n = tokens.count;
    Map<String, Integer> ids = new HashMap<>(Math.max(16, n));
    int[] tokenIds = new int[n];
    for (int t = 0; t < n; t++) {
      String stem = tokens.terms[t].stem();
      Integer id = ids.get(stem);
      if (id == null) {
        id = ids.size();
        ids.put(stem, id);
      }
      tokenIds[t] = id;
    }
    int[] offsets = new int[ids.size() + 1];
    for (int t = 0; t < n; t++) {
      offsets[tokenIds[t] + 1]++;
    }
    for (int id = 0; id < ids.size(); id++) {
      offsets[id + 1] += offsets[id];
    }
    int[] fill = offsets.clone();
    int[] positions = new int[n];
    for (int t = 0; t < n; t++) {
      positions[fill[tokenIds[t]]++] = t;
    }
    return new PhraseIndex(ids, tokenIds, offsets, positions);
  }

  /**
   * Calls {@code onMatch} with the first token of every occurrence of {@code stems}, left to right
   * and without overlap.
   */
  void find(String[] stems, IntConsumer onMatch) {
    int m = stems.length;
    int[] wanted = new int[m];
    for (int k = 0; k < m; k++) {
      Integer id = ids.get(stems[k]);
      if (id == null) {
        return;
      }
      wanted[k] = id;
    }
    int n = tokenIds.length;
    int nextFree = 0;
    for (int p = offsets[wanted[0]]; p < offsets[wanted[0] + 1]; p++) {
      int first = positions[p];
      if (first < nextFree || first + m > n) {
        continue;
      }
      boolean match = true;
      for (int k = 1; k < m && match; k++) {
        match = tokenIds[first + k] == wanted[k];
      }
      if (match) {
        onMatch.accept(first);
        nextFree = first + m;
      }
    }
  }
}
