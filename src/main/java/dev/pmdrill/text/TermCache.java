package dev.pmdrill.text;

import java.util.Arrays;
import java.util.List;

/**
 * A per-thread, direct-mapped cache from token text to {@link Lexeme}. Stemming is the costliest
 * stage of the chain and answers reuse a small vocabulary, so most tokens are a hash probe and a
 * char comparison; no String is built for a token already seen.
 */
final class TermCache {

  private static final int SLOTS = 1 << 13;

  /** Texts longer than this are rare and would pin memory; they bypass the cache. */
  private static final int LONGEST_CACHED = 64;

  private static final ThreadLocal<TermCache> PER_THREAD = ThreadLocal.withInitial(TermCache::new);

  private final Lexeme[] slots = new Lexeme[SLOTS];

  /** Each slot's text as chars, compared with a vectorised range comparison. */
  private final char[][] keys = new char[SLOTS][];

  private final Stemmer stemmer = new Stemmer();

  static TermCache forThisThread() {
    return PER_THREAD.get();
  }

  /** The term for {@code chars[start, end)}; {@code hash} is the text's polynomial hash. */
  Lexeme term(char[] chars, int start, int end, int hash, Script script) {
    int len = end - start;
    if (len > LONGEST_CACHED) {
      return create(new String(chars, start, len), script);
    }
    int slot = (hash ^ (hash >>> 13) ^ (hash >>> 23)) & (SLOTS - 1);
    char[] key = keys[slot];
    if (key != null && Arrays.equals(key, 0, key.length, chars, start, end)) {
      return slots[slot];
    }
    Lexeme fresh = create(new String(chars, start, len), script);
    slots[slot] = fresh;
    keys[slot] = Arrays.copyOfRange(chars, start, end);
    return fresh;
  }

  private Lexeme create(String text, Script script) {
    if (script == Script.CJK) {
      return new Lexeme(text, text, script, false, ConnectingWords.chineseStartingWith(text));
    }
    return new Lexeme(text, stemmer.stem(text), script, ConnectingWords.isEnglish(text), List.of());
  }
}
