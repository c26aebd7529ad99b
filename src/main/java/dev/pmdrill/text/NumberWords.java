package dev.pmdrill.text;

/**
 * Numbers written in words, English ("six hundred and forty million", "two thirds", "half a
 * million", "three point five billion", "twelve percent", "a dozen") and Chinese ("六亿四千万", "三分之一",
 * "百分之十二", "两千万", "十二", "一半"). A word that is a number only in passing ("one", "a", "一个", "第一") is
 * not read: a phrase counts when it holds a scale word, a fraction or a percentage, or at least two
 * number words or characters ("twenty" and "三十" count, "one" and "一" do not). Reads forward from a
 * given start over at most a few dozen words or characters, so the scan that calls it stays linear.
 * Expects the normalised (lower-case) chars of {@link NormalizedText}.
 *
 * <p>Not thread-safe: one instance per scan; after a successful read, {@link #value}, {@link
 * #percent}, {@link #multiplier} and {@link #end} describe what was read.
 */
final class NumberWords {

  /** The longest phrase read, in words or characters; no real number is longer. */
  private static final int MOST_PARTS = 32;

  // English word kinds
  private static final int UNIT = 1; // zero..nine
  private static final int TEEN = 2; // ten..nineteen
  private static final int TENS = 3; // twenty..ninety
  private static final int HUNDRED = 4;
  private static final int SCALE = 5; // thousand..trillion
  private static final int DOZEN = 6;
  private static final int FRACTION = 7; // third, quarters, ...: the value is the denominator
  private static final int FRACTIONS = 8; // the plural forms
  private static final int ARTICLE = 9; // a, an
  private static final int AND = 10;
  private static final int POINT = 11;
  private static final int PERCENT = 12;
  private static final int PER = 13;
  private static final int HALF = 14;
  private static final int OF = 15;

  /** Open-addressing table of the packed words: a word is looked up with one hash and a compare. */
  private static final int SLOTS = 256;

  private static final long[] KEYS = new long[SLOTS];
  private static final int[] KINDS = new int[SLOTS];
  private static final double[] VALUES = new double[SLOTS];

  static {
    Object[][] words = {
      {"zero", UNIT, 0},
      {"one", UNIT, 1},
      {"two", UNIT, 2},
      {"three", UNIT, 3},
      {"four", UNIT, 4},
      {"five", UNIT, 5},
      {"six", UNIT, 6},
      {"seven", UNIT, 7},
      {"eight", UNIT, 8},
      {"nine", UNIT, 9},
      {"ten", TEEN, 10},
      {"eleven", TEEN, 11},
      {"twelve", TEEN, 12},
      {"thirteen", TEEN, 13},
      {"fourteen", TEEN, 14},
      {"fifteen", TEEN, 15},
      {"sixteen", TEEN, 16},
      {"seventeen", TEEN, 17},
      {"eighteen", TEEN, 18},
      {"nineteen", TEEN, 19},
      {"twenty", TENS, 20},
      {"thirty", TENS, 30},
      {"forty", TENS, 40},
      {"fourty", TENS, 40},
      {"fifty", TENS, 50},
      {"sixty", TENS, 60},
      {"seventy", TENS, 70},
      {"eighty", TENS, 80},
      {"ninety", TENS, 90},
      {"hundred", HUNDRED, 100},
      {"thousand", SCALE, 1e3},
      {"million", SCALE, 1e6},
      {"billion", SCALE, 1e9},
      {"trillion", SCALE, 1e12},
      {"dozen", DOZEN, 12},
      {"third", FRACTION, 3},
      {"thirds", FRACTIONS, 3},
      {"quarter", FRACTION, 4},
      {"quarters", FRACTIONS, 4},
      {"fourth", FRACTION, 4},
      {"fourths", FRACTIONS, 4},
      {"fifth", FRACTION, 5},
      {"fifths", FRACTIONS, 5},
      {"sixth", FRACTION, 6},
      {"sixths", FRACTIONS, 6},
      {"seventh", FRACTION, 7},
      {"sevenths", FRACTIONS, 7},
      {"eighth", FRACTION, 8},
      {"eighths", FRACTIONS, 8},
      {"ninth", FRACTION, 9},
      {"ninths", FRACTIONS, 9},
      {"tenth", FRACTION, 10},
      {"tenths", FRACTIONS, 10},
      {"halves", FRACTIONS, 2},
      {"a", ARTICLE, 1},
      {"an", ARTICLE, 1},
      {"and", AND, 0},
      {"point", POINT, 0},
      {"percent", PERCENT, 0},
      {"per", PER, 0},
      {"half", HALF, 2},
      {"of", OF, 0}
    };
    for (Object[] w : words) {
      long key = pack((String) w[0]);
      int slot = slot(key);
      while (KEYS[slot] != 0) {
        slot = (slot + 1) & (SLOTS - 1);
      }
      KEYS[slot] = key;
      KINDS[slot] = (Integer) w[1];
      VALUES[slot] = ((Number) w[2]).doubleValue();
    }
  }

  private static int slot(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 56);
  }

  /** The slot of a packed word, or -1 when it is not a number word. */
  private static int find(long key) {
    int slot = slot(key);
    while (KEYS[slot] != 0) {
      if (KEYS[slot] == key) {
        return slot;
      }
      slot = (slot + 1) & (SLOTS - 1);
    }
    return -1;
  }

  /**
   * Whether the lower-case ASCII word {@code [start, end)} can open a number ("one", "twenty", "a",
   * "half"): the cheap test the scan runs on every word before trying {@link #readEnglish}.
   */
  static boolean opensANumber(char[] buf, int start, int end) {
    if (end - start > 9) {
      return false;
    }
    long key = 0;
    for (int i = start; i < end; i++) {
      key = key * 27 + (buf[i] - 'a' + 1);
    }
    int slot = find(key);
    if (slot < 0) {
      return false;
    }
    int kind = KINDS[slot];
    return kind == UNIT || kind == TEEN || kind == TENS || kind == ARTICLE || kind == HALF;
  }

  /** Words before "half" that make it a part of something, not a number: "the first half of". */
  private static final String[] HALF_OF_A_PERIOD = {
    "first", "second", "other", "latter", "back", "front", "top", "bottom", "and", "a", "an"
  };

  private static final String[] UNIT_ORDINALS = {
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"
  };

  private final char[] buf;
  private final int len;

  double value;
  boolean percent;
  boolean multiplier;
  int end;

  // the word under the cursor
  private int kind;
  private double wordValue;

  NumberWords(char[] buf, int len) {
    this.buf = buf;
    this.len = len;
  }

  /** Whether a char may start a Chinese number (the caller checks what stands before it). */
  static boolean startsChinese(char c) {
    return digitOf(c) >= 0 || c == '十' || c == '百' || c == '千';
  }

  /** Whether a char belongs to a Chinese number: a digit, a unit or 万 亿. */
  static boolean isChineseNumeral(char c) {
    return startsChinese(c) || c == '万' || c == '亿';
  }

  // ---------------------------------------------------------------- English

  /**
   * Reads the English number whose first word starts at {@code start}; false when there is none
   * there or it is not a claim.
   */
  boolean readEnglish(int start) {
    percent = false;
    multiplier = false;
    int we = wordEnd(start);
    lookup(start, we);
    if (kind == 0) {
      return false;
    }
    if (kind == HALF) {
      return half(start, we);
    }
    double total = 0;
    double current = 0;
    double fraction = 0;
    double lastScale = Double.MAX_VALUE;
    int last = 0;
    int numberWords = 0;
    boolean scaled = false;
    boolean hundred = false;
    boolean point = false;
    int accepted = -1;
    int w = start;
    int wEnd = we;
    int parts = 0;
    while (w >= 0 && parts++ < MOST_PARTS) {
      lookup(w, wEnd);
      int k = kind;
      double v = wordValue;
      if (k == ARTICLE) {
        if (last != 0) {
          break;
        }
        // "a hundred", "a million", "a dozen", "a third of"
        int next = nextWord(wEnd);
        if (next < 0) {
          return false;
        }
        int nextEnd = wordEnd(next);
        lookup(next, nextEnd);
        if (kind == FRACTION) {
          return fraction(w, next, nextEnd, 1, wordValue);
        }
        if (kind != HUNDRED && kind != SCALE && kind != DOZEN) {
          return false;
        }
        current = 1;
        last = ARTICLE;
      } else if (k == UNIT || k == TEEN) {
        if (last == TENS && k == UNIT && v > 0) {
          current += v;
          last = UNIT + 100; // tens and units: "forty-two"
        } else if (last == 0 || last == HUNDRED || last == SCALE || last == AND) {
          current += v;
          last = k;
        } else {
          break;
        }
        numberWords++;
      } else if (k == TENS) {
        if (last == 0 || last == HUNDRED || last == SCALE || last == AND) {
          current += v;
          last = TENS;
          numberWords++;
        } else {
          break;
        }
      } else if (k == HUNDRED) {
        if (hundred || point || !(isCount(last) || last == ARTICLE) || current <= 0) {
          break;
        }
        current *= 100;
        hundred = true;
        scaled = true;
        last = HUNDRED;
        numberWords++;
      } else if (k == SCALE || k == DOZEN) {
        boolean after = isCount(last) || last == ARTICLE || last == HUNDRED || last == POINT;
        if (!after || v >= lastScale || current + fraction <= 0) {
          break;
        }
        total += (current + fraction) * v;
        current = 0;
        fraction = 0;
        lastScale = v;
        hundred = false;
        scaled = true;
        last = SCALE;
        numberWords++;
        if (point) {
          accepted = wEnd;
          break;
        }
      } else if (k == AND) {
        int next = nextWord(wEnd);
        if (next < 0) {
          break;
        }
        int nextEnd = wordEnd(next);
        lookup(next, nextEnd);
        if ((last == HUNDRED || last == SCALE) && (kind == UNIT || kind == TEEN || kind == TENS)) {
          last = AND;
          w = next;
          wEnd = nextEnd;
          continue;
        }
        // "one and a half", "two and a half million"
        if (isCount(last) && total == 0 && !hundred && kind == ARTICLE) {
          int half = nextWord(nextEnd);
          if (half >= 0) {
            int halfEnd = wordEnd(half);
            lookup(half, halfEnd);
            if (kind == HALF) {
              fraction = 0.5;
              point = true;
              accepted = halfEnd;
              last = POINT;
              numberWords++;
              w = nextWord(halfEnd);
              if (w >= 0) {
                wEnd = wordEnd(w);
                lookup(w, wEnd);
                if (kind == SCALE) {
                  continue;
                }
              }
              break;
            }
          }
        }
        break;
      } else if (k == POINT) {
        if (!isCount(last) || point || hundred || total > 0) {
          break;
        }
        // "three point five", "one point two five"
        int d = nextWord(wEnd);
        double scale = 0.1;
        int digits = 0;
        int digitsEnd = -1;
        while (d >= 0 && digits < 15) {
          int dEnd = wordEnd(d);
          lookup(d, dEnd);
          if (kind != UNIT) {
            break;
          }
          fraction += wordValue * scale;
          scale /= 10;
          digits++;
          digitsEnd = dEnd;
          d = nextWord(dEnd);
        }
        if (digits == 0) {
          break;
        }
        point = true;
        last = POINT;
        numberWords += digits;
        accepted = digitsEnd;
        w = d;
        if (w >= 0) {
          wEnd = wordEnd(w);
        }
        continue;
      } else if (k == PERCENT) {
        if (numberWords == 0 || !(isCount(last) || last == POINT || last == HUNDRED)) {
          break;
        }
        percent = true;
        accepted = wEnd;
        break;
      } else if (k == PER) {
        int next = nextWord(wEnd);
        if (numberWords > 0 && next >= 0 && regionIs(next, wordEnd(next), "cent")) {
          percent = true;
          accepted = wordEnd(next);
        }
        break;
      } else if (k == FRACTION || k == FRACTIONS) {
        // "two thirds", "one quarter of"
        if (!(last == UNIT || last == TEEN && current == 10) || total > 0 || hundred) {
          break;
        }
        return fraction(start, w, wEnd, current, v);
      } else {
        break;
      }
      if (last != AND && last != POINT) {
        accepted = wEnd;
      }
      int next = nextWord(wEnd);
      if (next < 0) {
        break;
      }
      if (buf[next - 1] == '-' && isOrdinal(next, wordEnd(next))) {
        // "twenty-first" is a rank; "one-third" a fraction
        lookup(next, wordEnd(next));
        if (!((kind == FRACTION || kind == FRACTIONS) && last == UNIT)) {
          return false;
        }
      }
      w = next;
      wEnd = wordEnd(w);
    }
    if (accepted < 0 || numberWords == 0) {
      return false;
    }
    value = total + current + fraction;
    boolean claim =
        scaled || percent || point || numberWords >= 2 || (numberWords == 1 && value >= 11);
    if (!claim) {
      return false;
    }
    end = accepted;
    return true;
  }

  /** "half a million", "half a dozen", "half of the users"; not "the first half of". */
  private boolean half(int start, int we) {
    int before = wordBefore(start);
    if (before >= 0 && isOneOf(before, start - 1, HALF_OF_A_PERIOD)) {
      return false;
    }
    int next = nextWord(we);
    if (next < 0) {
      return false;
    }
    int nextEnd = wordEnd(next);
    lookup(next, nextEnd);
    if (kind == OF) {
      value = 0.5;
      end = we;
      return true;
    }
    if (kind != ARTICLE) {
      return false;
    }
    int scale = nextWord(nextEnd);
    if (scale < 0) {
      return false;
    }
    int scaleEnd = wordEnd(scale);
    lookup(scale, scaleEnd);
    if (kind == SCALE || kind == DOZEN || kind == HUNDRED) {
      value = 0.5 * wordValue;
      end = scaleEnd;
      return true;
    }
    if (kind == PERCENT) {
      value = 0.5;
      percent = true;
      end = scaleEnd;
      return true;
    }
    return false;
  }

  /**
   * A fraction whose denominator word stands at {@code [den, denEnd)}: plural forms ("two thirds")
   * always count, except quarters (also a period of time); a singular one ("a third", "one
   * quarter") only before "of" or at the end of a clause, so "a third party" and "one quarter
   * later" do not.
   */
  private boolean fraction(int start, int den, int denEnd, double numerator, double denominator) {
    lookup(den, denEnd);
    boolean plural = kind == FRACTIONS;
    int next = nextWord(denEnd);
    boolean ofOrEnd;
    if (next < 0) {
      int p = denEnd;
      while (p < len && buf[p] == ' ') {
        p++;
      }
      ofOrEnd = p == len || !isLetterOrDigit(buf[p]);
    } else {
      lookup(next, wordEnd(next));
      ofOrEnd = kind == OF;
    }
    if (denominator == 4 ? kind != OF || next < 0 : !ofOrEnd && !plural) {
      return false;
    }
    if (numerator <= 0 || start < 0) {
      return false;
    }
    value = numerator / denominator;
    end = denEnd;
    return true;
  }

  private static boolean isCount(int last) {
    return last == UNIT || last == TEEN || last == TENS || last == UNIT + 100;
  }

  /** The ordinals that follow a tens word after a hyphen: "twenty-first" to "twenty-ninth". */
  private boolean isOrdinal(int start, int end) {
    return isOneOf(start, end, UNIT_ORDINALS);
  }

  /**
   * Sets {@link #kind} and {@link #wordValue} for the word {@code [start, end)}; kind 0 if none.
   */
  private void lookup(int start, int end) {
    kind = 0;
    wordValue = 0;
    if (end - start > 12 || end <= start) {
      return;
    }
    long key = 0;
    for (int i = start; i < end; i++) {
      key = key * 27 + (buf[i] - 'a' + 1);
    }
    int at = find(key);
    if (at >= 0) {
      kind = KINDS[at];
      wordValue = VALUES[at];
    }
  }

  private static long pack(String word) {
    long key = 0;
    for (int i = 0; i < word.length(); i++) {
      key = key * 27 + (word.charAt(i) - 'a' + 1);
    }
    return key;
  }

  /** The end of the lower-case ASCII word at {@code start}. */
  private int wordEnd(int start) {
    int p = start;
    while (p < len && buf[p] >= 'a' && buf[p] <= 'z') {
      p++;
    }
    return p;
  }

  /**
   * The start of the next word after a word ending at {@code end}, when only one or two spaces or
   * one hyphen stand between them; -1 otherwise.
   */
  private int nextWord(int end) {
    if (end >= len || end < 0) {
      return -1;
    }
    int p = end;
    if (buf[p] == '-') {
      p++;
    } else {
      while (p < len && p - end < 2 && buf[p] == ' ') {
        p++;
      }
      if (p == end) {
        return -1;
      }
    }
    if (p >= len || buf[p] < 'a' || buf[p] > 'z') {
      return -1;
    }
    return p;
  }

  /** The start of the word before {@code start} (one space between), or -1. */
  private int wordBefore(int start) {
    int p = start - 1;
    if (p < 1 || buf[p] != ' ') {
      return -1;
    }
    int ws = p;
    while (ws > 0 && buf[ws - 1] >= 'a' && buf[ws - 1] <= 'z') {
      ws--;
    }
    return ws < p ? ws : -1;
  }

  private boolean isOneOf(int start, int end, String[] words) {
    for (String word : words) {
      if (regionIs(start, end, word)) {
        return true;
      }
    }
    return false;
  }

  private boolean regionIs(int start, int end, String word) {
    if (end - start != word.length()) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if (buf[start + k] != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLetterOrDigit(char c) {
    return Character.isLetterOrDigit(c);
  }

  // ---------------------------------------------------------------- Chinese

  /**
   * Reads the Chinese number starting at {@code start}; false when there is none there or it is not
   * a claim.
   */
  boolean readChinese(int start) {
    percent = false;
    multiplier = false;
    if (NumberNames.startsWith(buf, len, start, "百分百")
        || NumberNames.startsWith(buf, len, start, "百分之百")) {
      value = 100;
      percent = true;
      end = start + (buf[start + 2] == '之' ? 4 : 3);
      return true;
    }
    if (NumberNames.startsWith(buf, len, start, "百分之")
        || NumberNames.startsWith(buf, len, start, "千分之")) {
      boolean perCent = buf[start] == '百';
      if (!integer(start + 3, true) || value < 0) {
        return false;
      }
      if (perCent) {
        percent = true;
      } else {
        value /= 1000;
      }
      return true;
    }
    if (NumberNames.startsWith(buf, len, start, "一半")) {
      value = 0.5;
      end = start + 2;
      return true;
    }
    if (!integer(start, false)) {
      return false;
    }
    int numberEnd = end;
    int chars = numberEnd - start;
    boolean units = hasUnit(start, numberEnd);
    // 三分之一, 十分之三
    if (NumberNames.startsWith(buf, len, numberEnd, "分之")) {
      double denominator = value;
      if (denominator > 0 && integer(numberEnd + 2, true) && value >= 0) {
        value = value / denominator;
        return true;
      }
      return false;
    }
    // 三成, 两成半, 七八成: tenths, read as a share like 十分之三 (not 一成不变, "unchanging")
    if (numberEnd < len
        && buf[numberEnd] == '成'
        && value <= 10
        && !NumberNames.startsWith(buf, len, start, "一成不变")) {
      value /= 10;
      end = numberEnd + 1;
      if (end < len && buf[end] == '半') {
        value += 0.05;
        end++;
      }
      return true;
    }
    // 一个亿, 两个亿
    if (chars == 1 && NumberNames.startsWith(buf, len, numberEnd, "个亿")) {
      value *= 1e8;
      end = numberEnd + 2;
      return true;
    }
    if (numberEnd < len && buf[numberEnd] == '倍') {
      multiplier = true;
      end = numberEnd + 1;
      return true;
    }
    if (chars < 2 || !units) {
      return false;
    }
    // 千万不要: "by all means", not ten million
    if (buf[start] == '千' && chars == 2 && numberEnd < len) {
      char next = buf[numberEnd];
      if (next == '不' || next == '别' || next == '要' || next == '记' || next == '注' || next == '小') {
        return false;
      }
    }
    long whole = (long) value;
    if (whole == value && NumberNames.wordsAreName(buf, len, start, numberEnd, whole)) {
      return false;
    }
    return true;
  }

  private boolean hasUnit(int start, int end) {
    for (int i = start; i < end; i++) {
      char c = buf[i];
      if (c == '十' || c == '百' || c == '千' || c == '万' || c == '亿') {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads a Chinese integer (with a decimal part before 万 or 亿, or anywhere when {@code decimals})
   * at {@code start} into {@link #value} and {@link #end}; false when none is there.
   */
  private boolean integer(int start, boolean decimals) {
    double total = 0; // the part in 亿
    double tenThousands = 0; // the part in 万 below 亿
    double section = 0; // below 万
    int digit = -1;
    double half = 0; // 0.5 after a rough pair of digits such as 四五
    int lastUnit = 0; // the unit just before a trailing digit: 三万五 is 35,000
    boolean zero = false;
    int p = start;
    int parts = 0;
    while (p < len && parts++ < MOST_PARTS) {
      char c = buf[p];
      int d = digitOf(c);
      if (d >= 0) {
        if (d == 0) {
          if (p == start) {
            break;
          }
          zero = true;
          lastUnit = 0;
          p++;
          continue;
        }
        if (digit >= 0) {
          // 四五十万, 三四千, 一两百: two neighbouring digits before a unit are a rough number,
          // read as the middle of the two; 五一 and 三五百 are not one number
          if (half == 0
              && d == digit + 1
              && p + 1 < len
              && (isUnit(buf[p + 1]) || buf[p + 1] == '成')) {
            half = 0.5;
            p++;
            continue;
          }
          break;
        }
        digit = d;
        p++;
        continue;
      }
      int unit = smallUnit(c);
      if (unit > 0) {
        if (digit < 0) {
          boolean leading = p == start;
          if (unit == 10 && (leading || lastUnit > 10 || zero)) {
            digit = 1; // 十二, 一百一十 written 一百十
          } else if (leading && p + 1 < len && (buf[p + 1] == '万' || buf[p + 1] == '亿')) {
            digit = 1; // 百万, 千万
          } else {
            break;
          }
        }
        if (lastUnit != 0 && lastUnit <= unit && section > 0 && lastUnit < 10000) {
          break; // 三十百
        }
        section += (digit + half) * unit;
        half = 0;
        digit = -1;
        zero = false;
        lastUnit = unit;
        p++;
        continue;
      }
      if (c == '多' && p + 1 < len && (buf[p + 1] == '万' || buf[p + 1] == '亿') && digit < 0) {
        p++; // 三千多万: read as 3,000万
        continue;
      }
      if (c == '万' || c == '亿') {
        double below = section + Math.max(digit, 0) + (digit >= 0 ? half : 0);
        half = 0;
        if (c == '万') {
          if (below <= 0 || tenThousands > 0) {
            break;
          }
          tenThousands = below;
          lastUnit = 10000;
        } else {
          double all = tenThousands * 1e4 + below;
          if (all <= 0) {
            break;
          }
          total = (total + all) * 1e8;
          tenThousands = 0;
          lastUnit = 100_000_000;
        }
        section = 0;
        digit = -1;
        zero = false;
        p++;
        continue;
      }
      if (c == '点' && total == 0 && tenThousands == 0) {
        // 三点五亿, 百分之十二点五
        int q = p + 1;
        double fraction = 0;
        double scale = 0.1;
        while (q < len && digitOf(buf[q]) >= 0 && q - p < 16) {
          fraction += digitOf(buf[q]) * scale;
          scale /= 10;
          q++;
        }
        if (q == p + 1 || p == start) {
          break;
        }
        double whole = section + Math.max(digit, 0);
        if (q < len && (buf[q] == '万' || buf[q] == '亿')) {
          double big = buf[q] == '万' ? 1e4 : 1e8;
          q++;
          if (big == 1e4 && q < len && buf[q] == '亿') {
            big = 1e12;
            q++;
          }
          value = (whole + fraction) * big;
          end = q;
          return true;
        }
        if (decimals) {
          value = whole + fraction;
          end = q;
          return true;
        }
        break;
      }
      break;
    }
    if (p == start) {
      return false;
    }
    double tail = 0;
    if (digit >= 0) {
      tail = lastUnit >= 100 && !zero ? digit * (lastUnit / 10.0) : digit + half;
    }
    value = total + tenThousands * 1e4 + section + tail;
    // a trailing 零 belongs to no number
    int e = p;
    while (e > start && digitOf(buf[e - 1]) == 0) {
      e--;
    }
    end = e;
    return value > 0 || e > start;
  }

  private static int digitOf(char c) {
    switch (c) {
      case '零':
      case '〇':
        return 0;
      case '一':
        return 1;
      case '二':
      case '两':
        return 2;
      case '三':
        return 3;
      case '四':
        return 4;
      case '五':
        return 5;
      case '六':
        return 6;
      case '七':
        return 7;
      case '八':
        return 8;
      case '九':
        return 9;
      default:
        return -1;
    }
  }

  private static boolean isUnit(char c) {
    return smallUnit(c) > 0 || c == '万' || c == '亿';
  }

  private static int smallUnit(char c) {
    switch (c) {
      case '十':
        return 10;
      case '百':
        return 100;
      case '千':
        return 1000;
      default:
        return 0;
    }
  }
}
