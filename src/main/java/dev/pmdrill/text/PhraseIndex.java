package dev.pmdrill.text;

import java.util.Arrays;

/**
 * Where each stem occurs in an answer, built on the first phrase lookup. Stems become small ints so
 * checking the rest of a phrase is an array comparison, and a phrase whose first stem the answer
 * lacks costs one hash lookup. The stems' ids live in an open-addressing table of two arrays, so
 * building the index allocates no entry per token.
 */
final class PhraseIndex {

  /** The distinct stems by slot (linear probing, a power of two long), null where empty. */
  private final String[] slotStems;

  /** The id of the stem in the same slot. */
  private final int[] slotIds;

  /** Stem id of each token. */
  private final int[] tokenIds;

  /** Token positions grouped by stem id: positions[offsets[id] .. offsets[id + 1]). */
  private final int[] offsets;

  private final int[] positions;

  private PhraseIndex(
      String[] slotStems, int[] slotIds, int[] tokenIds, int[] offsets, int[] positions) {
    this.slotStems = slotStems;
    this.slotIds = slotIds;
    this.tokenIds = tokenIds;
    this.offsets = offsets;
    this.positions = positions;
  }

  static PhraseIndex of(TokenTable tokens) {
    int n = tokens.count;
    // at most two-thirds full, so probes stay short and an absent stem meets an empty slot
    int size = Integer.highestOneBit(Math.max(8, n) * 3 - 1);
    String[] slotStems = new String[size];
    int[] slotIds = new int[size];
    int distinct = 0;
    int[] tokenIds = new int[n];
    for (int t = 0; t < n; t++) {
      String stem = tokens.terms[t].stem();
      int slot = slotOf(slotStems, stem);
      if (slotStems[slot] == null) {
        slotStems[slot] = stem;
        slotIds[slot] = distinct++;
      }
      tokenIds[t] = slotIds[slot];
    }
    int[] offsets = new int[distinct + 1];
    for (int t = 0; t < n; t++) {
      offsets[tokenIds[t] + 1]++;
    }
    for (int id = 0; id < distinct; id++) {
      offsets[id + 1] += offsets[id];
    }
    int[] fill = offsets.clone();
    int[] positions = new int[n];
    for (int t = 0; t < n; t++) {
      positions[fill[tokenIds[t]]++] = t;
    }
    return new PhraseIndex(slotStems, slotIds, tokenIds, offsets, positions);
  }

  /** The slot that holds {@code stem}, or the empty slot where it would go. */
  private static int slotOf(String[] slotStems, String stem) {
    int mask = slotStems.length - 1;
    int h = stem.hashCode();
    int slot = (h ^ (h >>> 16)) & mask;
    while (true) {
      String there = slotStems[slot];
      if (there == null || there == stem || there.equals(stem)) {
        return slot;
      }
      slot = (slot + 1) & mask;
    }
  }

  private static final int[] NONE = new int[0];

  /**
   * The first token of every occurrence of {@code stems}, left to right and without overlap; a
   * shared empty array when there is none (as for most terms), so a miss allocates nothing.
   */
  int[] find(String[] stems) {
    int m = stems.length;
    int[] wanted = new int[m];
    for (int k = 0; k < m; k++) {
      int slot = slotOf(slotStems, stems[k]);
      if (slotStems[slot] == null) {
        return NONE;
      }
      wanted[k] = slotIds[slot];
    }
    int[] found = NONE;
    int count = 0;
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
        if (count == found.length) {
          found = Arrays.copyOf(found, Math.max(2, 2 * count));
        }
        found[count++] = first;
        nextFree = first + m;
      }
    }
    return count == found.length ? found : Arrays.copyOf(found, count);
  }
}
