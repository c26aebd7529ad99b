package dev.pmdrill.scoring;

/**
 * What a regex term costs before RE2J is asked to compile it: the size of its program once every
 * counted repetition is written out, and the product of nested repetition counts.
 *
 * <p>RE2J matches in time linear in the answer, but the constant is the size of the program: each
 * character of the answer may step every instruction. {@code (.{100}){10}} is a thousand
 * instructions and takes about half a second over a 100 KB answer; {@code ((a{1000}){1000}){1000}}
 * would be a billion, and RE2J would run out of memory building it. RE2 itself refuses nested
 * repetitions whose counts multiply past 1000; RE2J does not, so the check is made here, on the
 * text, before RE2J sees it. The estimate is an upper bound: classes and escapes count one each.
 */
public record RegexCost(long instructions, long repetition) {
  /** The largest program one term may have (about 0.5 s over a 100 KB answer). */
  public static final long MAX_INSTRUCTIONS = 1000;

  /** The largest product of nested repetition counts, RE2's own limit. */
  public static final long MAX_REPETITION = 1000;

  /**
   * The cost of an RE2 pattern (without its slashes). Syntax errors are left to RE2J: a pattern it
   * would refuse gets some estimate here, never an exception.
   */
  public static RegexCost of(String pattern) {
    Scan scan = new Scan(pattern);
    Scan.Size size = scan.alternation(1);
    return new RegexCost(size.instructions, scan.deepest);
  }

  /**
   * Why the pattern may not be a term, or empty when it may.
   *
   * @param written the term as the bank wrote it, slashes included
   */
  public java.util.Optional<String> refusal(String written) {
    if (repetition > MAX_REPETITION) {
      return java.util.Optional.of(
          "the regex term "
              + written
              + " nests repetitions that multiply to "
              + repetition
              + " (at most "
              + MAX_REPETITION
              + "): write the count once, as in {1,"
              + MAX_REPETITION
              + "}");
    }
    if (instructions > MAX_INSTRUCTIONS) {
      return java.util.Optional.of(
          "the regex term "
              + written
              + " is too large to match quickly: about "
              + instructions
              + " steps for each character of an answer (at most "
              + MAX_INSTRUCTIONS
              + "); use smaller counts such as {0,50}");
    }
    return java.util.Optional.empty();
  }

  /** A small recursive reader of RE2 syntax, enough to size it. */
  private static final class Scan {
    private static final long CAP = Long.MAX_VALUE / 4;
    private final String p;
    private int at;
    long deepest = 1;

    Scan(String pattern) {
      this.p = pattern;
    }

    record Size(long instructions) {}

    /** Alternatives up to ')' or the end; {@code outer} is the product of enclosing counts. */
    Size alternation(long outer) {
      long total = 0;
      int branches = 0;
      do {
        total = add(total, concatenation(outer));
        branches++;
      } while (at < p.length() && p.charAt(at) == '|' && ++at > 0);
      return new Size(add(total, branches - 1));
    }

    private long concatenation(long outer) {
      long total = 0;
      while (at < p.length() && p.charAt(at) != '|' && p.charAt(at) != ')') {
        int start = at;
        long[] inner = {1}; // the deepest product of counts inside this atom
        long size = atom(outer, inner);
        long count = quantifiers(outer, inner);
        total = add(total, mul(size, count));
        if (at == start) {
          at++; // never stall on syntax RE2J will refuse
        }
      }
      return total;
    }

    /** Reads one atom and returns its size. */
    private long atom(long outer, long[] innerProduct) {
      char c = p.charAt(at);
      if (c == '(') {
        at++;
        if (at < p.length() && p.charAt(at) == '?') {
          // (?:...), (?i), (?i:...), (?P<name>...)
          int close = at;
          while (close < p.length() && p.charAt(close) != ':' && p.charAt(close) != ')') {
            if (p.charAt(close) == '>') {
              break;
            }
            close++;
          }
          if (close < p.length() && p.charAt(close) == ')') {
            at = close + 1;
            return 0; // a flag group
          }
          at = Math.min(p.length(), close + 1);
        }
        long before = deepest;
        deepest = 1;
        Size inside = alternation(1);
        innerProduct[0] = deepest;
        deepest = Math.max(before, deepest);
        if (at < p.length() && p.charAt(at) == ')') {
          at++;
        }
        return inside.instructions;
      }
      if (c == '[') {
        at++;
        if (at < p.length() && p.charAt(at) == '^') {
          at++;
        }
        if (at < p.length() && p.charAt(at) == ']') {
          at++;
        }
        while (at < p.length() && p.charAt(at) != ']') {
          if (p.startsWith("[:", at)) {
            int end = p.indexOf(":]", at + 2);
            at = end < 0 ? p.length() : end + 2;
          } else {
            at += p.charAt(at) == '\\' ? 2 : 1;
          }
        }
        at = Math.min(p.length(), at + 1);
        return 1;
      }
      if (c == '\\') {
        at++;
        if (at >= p.length()) {
          return 1;
        }
        char e = p.charAt(at++);
        if (e == 'Q') {
          int end = p.indexOf("\\E", at);
          int stop = end < 0 ? p.length() : end;
          long n = stop - at;
          at = end < 0 ? p.length() : end + 2;
          return Math.max(1, n);
        }
        if ((e == 'p' || e == 'P' || e == 'x') && at < p.length() && p.charAt(at) == '{') {
          int end = p.indexOf('}', at);
          at = end < 0 ? p.length() : end + 1;
        } else if (e == 'x') {
          at = Math.min(p.length(), at + 2);
        } else if (e == 'p' || e == 'P') {
          at = Math.min(p.length(), at + 1);
        }
        return 1;
      }
      at++;
      return 1;
    }

    /** Reads the quantifiers after an atom and returns how many times its program is written. */
    private long quantifiers(long outer, long[] innerProduct) {
      long times = 1;
      while (at < p.length()) {
        char c = p.charAt(at);
        if (c == '*' || c == '+' || c == '?') {
          at++;
          times = add(times, 1);
        } else if (c == '{') {
          int end = p.indexOf('}', at);
          String body = end < 0 ? "" : p.substring(at + 1, end);
          if (!body.matches("\\d{1,9}(,\\d{0,9})?")) {
            return times; // a literal '{'
          }
          at = end + 1;
          String[] parts = body.split(",", -1);
          long min = Long.parseLong(parts[0]);
          long max =
              parts.length == 1 ? min : parts[1].isEmpty() ? min + 1 : Long.parseLong(parts[1]);
          long count = Math.max(1, Math.max(min, max));
          times = mul(times, count);
          long product = mul(innerProduct[0], Math.max(min, max));
          innerProduct[0] = product;
          deepest = Math.max(deepest, product);
        } else {
          return times;
        }
        if (at < p.length() && p.charAt(at) == '?') {
          at++; // lazy
        }
      }
      return times;
    }

    private static long add(long a, long b) {
      return Math.min(CAP, a + b);
    }

    private static long mul(long a, long b) {
      return a != 0 && b > CAP / a ? CAP : Math.min(CAP, a * b);
    }
  }
}
