package dev.pmdrill.text;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * The first stage of the chain: the answer in NFKC, case-folded, with typographic quotes made
 * ASCII, plus a map from every normalised char back to the original string.
 *
 * <p>Text is normalised one cluster (a code point and the marks that may compose with it) at a
 * time, so offsets stay precise; ASCII and common CJK characters skip {@link Normalizer} entirely
 * because they are already normal and make up nearly every answer.
 */
final class NormalizedText {

  private final String original;
  private final char[] chars;
  private final int length;

  /** Original index of each normalised char; absent while the mapping is the identity. */
  private final int[] from;

  private NormalizedText(String original, char[] chars, int length, int[] from) {
    this.original = original;
    this.chars = chars;
    this.length = length;
    this.from = from;
  }

  static NormalizedText of(String original) {
    return new Builder(original).build();
  }

  String original() {
    return original;
  }

  /** The normalised chars; only the first {@link #length()} are meaningful. Do not modify. */
  char[] chars() {
    return chars;
  }

  int length() {
    return length;
  }

  char charAt(int i) {
    return chars[i];
  }

  /**
   * Original offset where normalised char {@code i} comes from; {@code i == length()} maps to the
   * end.
   */
  int originalStart(int i) {
    if (i >= length) {
      return original.length();
    }
    return from == null ? i : from[i];
  }

  /** Original offset just past the text that normalised char {@code i} comes from. */
  int originalEnd(int i) {
    if (from == null) {
      return i + 1;
    }
    int start = from[i];
    // chars of one expanded cluster share a start; the next cluster's start is this one's end
    for (int k = i + 1; k < length; k++) {
      if (from[k] != start) {
        return from[k];
      }
    }
    return original.length();
  }

  /** The original span of normalised chars {@code [start, end)}. */
  Span span(int start, int end) {
    if (start >= end) {
      int at = originalStart(start);
      return new Span(at, at);
    }
    return new Span(originalStart(start), originalEnd(end - 1));
  }

  static boolean isLineBreak(char c) {
    if (c > '\r' && c < 0x85) {
      return false;
    }
    return c == '\n'
        || c == '\r'
        || c == '\u000B'
        || c == '\u000C'
        || c == '\u0085'
        || c == '\u2028'
        || c == '\u2029';
  }

  static boolean isWhitespace(char c) {
    if (c < 0x80) {
      return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static final class Builder {
    private final String in;
    private char[] out;
    private int[] from;
    private int k;

    Builder(String in) {
      this.in = in;
      this.out = new char[in.length() + 8];
    }

    NormalizedText build() {
      int n = in.length();
      int i = 0;
      while (i < n) {
        if (from == null) {
          // the common case, plain ASCII kept one to one: a tight loop without emit()'s checks
          while (i < n) {
            char c = in.charAt(i);
            if (c >= 0x80
                || (i + 1 < n && in.charAt(i + 1) >= 0x300 && composesBackward(in.charAt(i + 1)))) {
              break;
            }
            out[i] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            i++;
          }
          k = i;
          if (i == n) {
            break;
          }
        }
        char c = in.charAt(i);
        if (c < 0x80 && (i + 1 == n || !composesBackward(in.charAt(i + 1)))) {
          emit(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c, i);
          i++;
          continue;
        }
        int cp = in.codePointAt(i);
        int single = i + Character.charCount(cp);
        int j = single;
        // at most 30 marks per cluster (Unicode's stream-safe limit) keeps NFKC's reordering linear
        int marks = 0;
        while (j < n && marks++ < 30) {
          int next = in.codePointAt(j);
          if (!composesBackward(next)) {
            break;
          }
          j += Character.charCount(next);
        }
        if (j == single && emitWithoutNormalizer(cp, i)) {
          i = j;
          continue;
        }
        String normal = Normalizer.normalize(in.substring(i, j), Normalizer.Form.NFKC);
        for (int p = 0; p < normal.length(); ) {
          int q = normal.codePointAt(p);
          emitCodePoint(fold(q), i);
          p += Character.charCount(q);
        }
        if (from == null && k != j) {
          // a contraction ("e" + accent -> "é") ends the one-to-one mapping
          materialize();
        }
        i = j;
      }
      return new NormalizedText(in, out, k, from == null ? null : Arrays.copyOf(from, k));
    }

    /** The characters known to be NFKC-stable or with a one-to-one NFKC image. */
    private boolean emitWithoutNormalizer(int cp, int at) {
      if (cp < 0x80) {
        emit((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp), at);
        return true;
      }
      if ((cp >= 0x4E00 && cp <= 0x9FFF)
          || (cp >= 0x3041 && cp <= 0x3096)
          || (cp >= 0x30A1 && cp <= 0x30FA)
          || (cp >= 0xAC00 && cp <= 0xD7A3)
          || cp == 0x3001
          || cp == 0x3002
          || (cp >= 0x3008 && cp <= 0x3011)
          || cp == 0x30FC
          || cp == 0x2013
          || cp == 0x2014) {
        emit((char) cp, at);
        return true;
      }
      if (cp >= 0xFF01 && cp <= 0xFF5E) {
        // full-width ASCII: its NFKC image is the ASCII char
        int ascii = cp - 0xFEE0;
        emit((char) (ascii >= 'A' && ascii <= 'Z' ? ascii + 32 : ascii), at);
        return true;
      }
      if (cp >= 0x2018 && cp <= 0x201F) {
        emit(quote(cp), at);
        return true;
      }
      if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
        // a lone surrogate is not text; keep it so offsets stay one to one
        emit((char) cp, at);
        return true;
      }
      return false;
    }

    private static int fold(int cp) {
      if (cp >= 0x2018 && cp <= 0x201F || cp == 0x2032 || cp == 0x2033 || cp == 0xFF07) {
        return quote(cp);
      }
      return Character.toLowerCase(cp);
    }

    private static char quote(int cp) {
      switch (cp) {
        case 0x2018:
        case 0x2019:
        case 0x201A:
        case 0x201B:
        case 0x2032:
        case 0xFF07:
          return '\'';
        default:
          return '"';
      }
    }

    /** Whether a code point may merge with the one before it under NFKC composition. */
    private static boolean composesBackward(int cp) {
      if (cp < 0x300) {
        return false;
      }
      if (cp == 0xFF9E
          || cp == 0xFF9F
          || (cp >= 0x1160 && cp <= 0x11FF)
          || (cp >= 0xD7B0 && cp <= 0xD7FF)) {
        return true;
      }
      int type = Character.getType(cp);
      return type == Character.NON_SPACING_MARK
          || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK;
    }

    private void emitCodePoint(int cp, int at) {
      if (Character.isBmpCodePoint(cp)) {
        emit((char) cp, at);
      } else {
        emit(Character.highSurrogate(cp), at);
        emit(Character.lowSurrogate(cp), at);
      }
    }

    /** Starts the explicit offset map; until now normalised char p came from original char p. */
    private void materialize() {
      from = new int[out.length];
      for (int p = 0; p < k; p++) {
        from[p] = p;
      }
    }

    private void emit(char c, int at) {
      if (k == out.length) {
        out = Arrays.copyOf(out, out.length + (out.length >> 1) + 16);
        if (from != null) {
          from = Arrays.copyOf(from, out.length);
        }
      }
      if (from == null && at != k) {
        materialize();
      }
      if (from != null) {
        from[k] = at;
      }
      out[k++] = c;
    }
  }
}
