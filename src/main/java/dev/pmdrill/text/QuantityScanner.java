package dev.pmdrill.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the numbers of an answer in one pass over the normalised text, in the forms the bank format
 * lists: sign, thousands separators, decimals, scientific notation, scale words and suffixes,
 * currencies and the Chinese units 千 万 亿, and numbers written in words ({@link NumberWords}).
 * Numbers that name rather than count (festivals, dates, years, times, versions, ids: {@link
 * NumberNames}), list markers and digits inside terminal escape sequences are not quantities. A
 * hand-written scanner rather than a regex because it runs for every answer and must stay linear on
 * any input.
 */
final class QuantityScanner {

  /** More integer digits than a finite double can hold. */
  private static final int MOST_DIGITS = 310;

  private static final double[] POWERS_OF_TEN = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22
  };

  private final NormalizedText text;
  private final char[] buf;
  private final int len;
  private final List<Quantity> found = new ArrayList<>();

  private final NumberWords words;

  private QuantityScanner(NormalizedText text) {
    this.text = text;
    this.len = text.length();
    this.buf = withoutEscapes(text.chars(), len);
    this.words = new NumberWords(buf, len);
  }

  /**
   * The chars with terminal escape sequences (CSI such as {@code ESC[31m}, OSC such as a hyperlink,
   * and two-char escapes) blanked out, so their digits are not read; the same array when there are
   * none. Blanking keeps every offset where it was.
   */
  private static char[] withoutEscapes(char[] chars, int len) {
    char[] out = chars;
    int i = 0;
    while (i < len) {
      char c = chars[i];
      if (c != '\u001b' && c != '\u009b') {
        i++;
        continue;
      }
      if (out == chars) {
        out = java.util.Arrays.copyOf(chars, chars.length);
      }
      int end;
      if (c == '\u009b' || i + 1 < len && chars[i + 1] == '[') {
        // CSI: parameters and intermediates, then one final byte
        end = c == '\u009b' ? i + 1 : i + 2;
        while (end < len && chars[end] >= 0x20 && chars[end] <= 0x3F) {
          end++;
        }
        if (end < len && chars[end] >= 0x40 && chars[end] <= 0x7E) {
          end++;
        }
      } else if (i + 1 < len && chars[i + 1] == ']') {
        // OSC: up to BEL or ESC \
        end = i + 2;
        while (end < len && chars[end] != '\u0007' && chars[end] != '\u001b') {
          end++;
        }
        if (end < len && chars[end] == '\u0007') {
          end++;
        } else if (end + 1 < len && chars[end + 1] == '\\') {
          end += 2;
        }
      } else {
        end = Math.min(len, i + 2);
      }
      for (int k = i; k < end; k++) {
        out[k] = ' ';
      }
      i = end;
    }
    return out;
  }

  static List<Quantity> scan(NormalizedText text) {
    QuantityScanner scanner = new QuantityScanner(text);
    scanner.run();
    return List.copyOf(scanner.found);
  }

  private void run() {
    int i = 0;
    while (i < len) {
      char c = buf[i];
      if (isDigit(c)) {
        i = i > 0 && isDigit(buf[i - 1]) ? i + 1 : Math.max(readAt(i), i + 1);
      } else if (c >= 'a' && c <= 'z') {
        int wordEnd = i + 1;
        while (wordEnd < len && buf[wordEnd] >= 'a' && buf[wordEnd] <= 'z') {
          wordEnd++;
        }
        boolean number =
            NumberWords.opensANumber(buf, i, wordEnd) && startsAWord(i) && words.readEnglish(i);
        i = number ? addWords(i) : wordEnd;
      } else if (c >= 0x4E00 && NumberWords.startsChinese(c) && startsAChineseNumber(i)) {
        if (words.readChinese(i)) {
          i = addWords(i);
        } else {
          i++;
          while (i < len && NumberWords.isChineseNumeral(buf[i])) {
            i++;
          }
        }
      } else {
        i++;
      }
    }
  }

  /** A word that stands alone: not inside "seven-eleven" or "3four". */
  private boolean startsAWord(int i) {
    if (i == 0) {
      return true;
    }
    char prev = buf[i - 1];
    if (isLetterAt(i - 1) || isDigit(prev) || prev == '\'') {
      return false;
    }
    return !(prev == '-' && i > 1 && isLetterOrDigitAt(i - 2));
  }

  private boolean startsAChineseNumber(int i) {
    if (i == 0) {
      return true;
    }
    char prev = buf[i - 1];
    return !NumberWords.isChineseNumeral(prev) && !isDigit(prev) && prev != '.';
  }

  /**
   * Adds the number {@link #words} just read from {@code start}; returns where scanning goes on.
   */
  private int addWords(int start) {
    int end = currencySuffixEnd(words.end);
    double value = words.value;
    if (Double.isFinite(value)) {
      Span span = text.span(start, end);
      found.add(
          new Quantity(
              value,
              span,
              text.original().substring(span.start(), span.end()),
              words.percent,
              words.multiplier));
    }
    return Math.max(end, start + 1);
  }

  /** Reads the quantity whose digits start at {@code digits}; returns where scanning goes on. */
  private int readAt(int digits) {
    int marker = ListMarker.endAt(buf, len, digits);
    if (marker > 0) {
      return marker;
    }
    // ".5" is a number, but "v1.2" and "1.2.3" are not numbers at their second part
    int start = digits;
    boolean leadingDot =
        digits > 0
            && buf[digits - 1] == '.'
            && (digits == 1 || !isDigit(buf[digits - 2]) && !isLetterAt(digits - 2));
    if (digits > 0 && buf[digits - 1] == '.' && !leadingDot) {
      return skipNumberRun(digits);
    }
    if (leadingDot) {
      start = digits - 1;
    }

    // letters glued before make a code ("Q3", "P7", "B2B") unless they are a currency ("RMB800")
    if (start > 0 && isLetterAt(start - 1)) {
      int wordStart = letterRunStart(start);
      if (!isCurrencyWord(wordStart, start)
          || (wordStart > 0 && isLetterOrDigitAt(wordStart - 1))) {
        return skipNumberRun(digits);
      }
      start = wordStart;
    } else {
      start = currencyPrefixStart(start);
    }

    // the mantissa
    int j = digits;
    long integer = 0;
    while (j < len && isDigit(buf[j])) {
      if (integer >= 0) {
        integer = j - digits < 18 ? integer * 10 + (buf[j] - '0') : -1;
      }
      j++;
    }
    int integerEnd = j;
    if (!leadingDot) {
      int nameEnd = NumberNames.nameEnd(buf, len, digits, integerEnd, integer);
      if (nameEnd >= 0) {
        return Math.max(nameEnd, integerEnd);
      }
    }
    if (j - digits > MOST_DIGITS) {
      // beyond any double; parsing thousands of digits would only cost time
      return skipNumberRun(j);
    }
    int numberStart = leadingDot ? digits - 1 : digits;
    if (!leadingDot && j - digits <= 3) {
      while (j + 3 < len
          && buf[j] == ','
          && isDigit(buf[j + 1])
          && isDigit(buf[j + 2])
          && isDigit(buf[j + 3])
          && (j + 4 == len || !isDigit(buf[j + 4]))) {
        j += 4;
      }
    }
    if (!leadingDot && j + 1 < len && buf[j] == '.' && isDigit(buf[j + 1])) {
      j++;
      while (j < len && isDigit(buf[j])) {
        j++;
      }
    }
    if (j + 1 < len && buf[j] == '.' && isDigit(buf[j + 1])) {
      // a version or an address, not a number
      return skipNumberRun(j);
    }
    int mantissaEnd = j;
    j = exponentEnd(j);
    double value = parse(numberStart, mantissaEnd, j);
    if (Double.isNaN(value)) {
      return skipNumberRun(j);
    }

    boolean percent = false;
    boolean multiplier = false;
    int end = j;
    int afterSpaces = skipSpaces(j);
    if (afterSpaces < len && buf[afterSpaces] == '%') {
      percent = true;
      end = afterSpaces + 1;
    } else if (j < len && isLetterAt(j)) {
      int wordEnd = letterRunEnd(j);
      String suffix = new String(buf, j, wordEnd - j);
      double scale = suffixScale(suffix);
      if (scale > 0 && !(wordEnd < len && isDigit(buf[wordEnd]))) {
        value *= scale;
        end = wordEnd;
      } else if (suffix.equals("x") && !(wordEnd < len && isDigit(buf[wordEnd]))) {
        multiplier = true;
        end = wordEnd;
      } else if (suffix.equals("percent")) {
        percent = true;
        end = wordEnd;
      } else if (isCurrencyWord(j, wordEnd)) {
        end = wordEnd;
      }
    } else {
      int unitsEnd = afterSpaces;
      double scale = 1;
      while (unitsEnd < len && chineseUnit(buf[unitsEnd]) > 0) {
        scale *= chineseUnit(buf[unitsEnd]);
        unitsEnd++;
      }
      if (unitsEnd > afterSpaces) {
        value *= scale;
        end = unitsEnd;
      } else if (afterSpaces > j && afterSpaces < len && isLetterAt(afterSpaces)) {
        int wordEnd = letterRunEnd(afterSpaces);
        String word = new String(buf, afterSpaces, wordEnd - afterSpaces);
        double wordScale = scaleWord(word);
        if (wordScale > 0) {
          value *= wordScale;
          end = wordEnd;
        } else if (word.equals("percent")) {
          percent = true;
          end = wordEnd;
        } else if (isCurrencyWord(afterSpaces, wordEnd)) {
          end = wordEnd;
        }
      }
    }
    end = currencySuffixEnd(end);
    boolean plain =
        !leadingDot && start == digits && mantissaEnd == integerEnd && end == integerEnd;
    if (plain
        && !(start > 0 && isSign(buf[start - 1]))
        && NumberNames.isNameLike(buf, len, digits, integerEnd, integer)) {
      return end;
    }

    if (start > 0
        && isSign(buf[start - 1])
        && (start == 1 || NormalizedText.isWhitespace(buf[start - 2]) || buf[start - 2] == '(')) {
      start--;
      if (buf[start] != '+') {
        value = -value;
      }
    }
    if (Double.isFinite(value)) {
      Span span = text.span(start, end);
      found.add(
          new Quantity(
              value,
              span,
              text.original().substring(span.start(), span.end()),
              percent,
              multiplier));
    }
    return end;
  }

  /**
   * The end of a scientific exponent ("e9", "E+9") at {@code j}, or {@code j} when there is none.
   */
  private int exponentEnd(int j) {
    if (j >= len || buf[j] != 'e') {
      return j;
    }
    int k = j + 1;
    if (k < len && (buf[k] == '+' || buf[k] == '-')) {
      k++;
    }
    int digitsStart = k;
    while (k < len && isDigit(buf[k]) && k - digitsStart < 4) {
      k++;
    }
    if (k == digitsStart || (k < len && (isLetterAt(k) || isDigit(buf[k])))) {
      return j;
    }
    return k;
  }

  /**
   * The value of {@code buf[start, end)}: digits, commas, one dot and an exponent from {@code
   * mantissaEnd}. Up to 15 significant digits without exponent take the exact fast path (an integer
   * divided by a power of ten rounds as {@link Double#parseDouble} does); others are parsed. NaN
   * when unparsable.
   */
  private double parse(int start, int mantissaEnd, int end) {
    long mantissa = 0;
    int significant = 0;
    int fraction = -1;
    for (int i = start; i < mantissaEnd; i++) {
      char c = buf[i];
      if (c == '.') {
        fraction = 0;
      } else if (c != ',') {
        mantissa = mantissa * 10 + (c - '0');
        if (mantissa != 0) {
          significant++;
        }
        if (fraction >= 0) {
          fraction++;
        }
        if (significant > 15) {
          break;
        }
      }
    }
    if (end == mantissaEnd && significant <= 15 && fraction < POWERS_OF_TEN.length) {
      return fraction <= 0 ? mantissa : mantissa / POWERS_OF_TEN[fraction];
    }
    StringBuilder number = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      if (buf[i] != ',') {
        number.append(buf[i]);
      }
    }
    try {
      return Double.parseDouble(number.toString());
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private int currencyPrefixStart(int start) {
    int p = start - 1;
    if (p >= 0 && buf[p] == ' ') {
      p--;
    }
    if (p >= 0 && isCurrencySymbol(buf[p])) {
      return p;
    }
    if (p >= 0 && p < start - 1 && isLetterAt(p)) {
      int wordStart = letterRunStart(p + 1);
      if (isCurrencyWord(wordStart, p + 1)) {
        return wordStart;
      }
    }
    return start;
  }

  private int currencySuffixEnd(int end) {
    int p = end < len && buf[end] == ' ' ? end + 1 : end;
    if (p < len && (isCurrencySymbol(buf[p]) || buf[p] == '元')) {
      return p + 1;
    }
    if (p < len && isLetterAt(p)) {
      int wordEnd = letterRunEnd(p);
      if (isCurrencyWord(p, wordEnd)) {
        return wordEnd;
      }
    }
    return end;
  }

  /** Skips the rest of a run of digits, dots and commas that is not a quantity. */
  private int skipNumberRun(int i) {
    int j = i;
    while (j < len
        && (isDigit(buf[j])
            || ((buf[j] == '.' || buf[j] == ',') && j + 1 < len && isDigit(buf[j + 1])))) {
      j++;
    }
    while (j < len && isLetterAt(j)) {
      j++;
    }
    return Math.max(j, i + 1);
  }

  private int skipSpaces(int i) {
    int j = i;
    while (j < len && j - i < 2 && (buf[j] == ' ' || buf[j] == '\t')) {
      j++;
    }
    return j;
  }

  private int letterRunStart(int end) {
    int p = end;
    while (p > 0 && isLetterAt(p - 1)) {
      p--;
    }
    return p;
  }

  private int letterRunEnd(int start) {
    int p = start;
    while (p < len && isLetterAt(p)) {
      p++;
    }
    return p;
  }

  /** A letter that is not CJK: "增长15%" is a quantity, "Q3" is not. */
  private boolean isLetterAt(int i) {
    char c = buf[i];
    if (c < 0x80) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
    if (Character.isSurrogate(c)) {
      return false;
    }
    return Character.isLetter(c) && !Script.isCjk(c);
  }

  private boolean isLetterOrDigitAt(int i) {
    return isDigit(buf[i]) || isLetterAt(i);
  }

  private boolean isCurrencyWord(int start, int end) {
    int n = end - start;
    if (n != 3) {
      return false;
    }
    return regionIs(start, "rmb")
        || regionIs(start, "usd")
        || regionIs(start, "cny")
        || regionIs(start, "eur");
  }

  private boolean regionIs(int start, String word) {
    for (int i = 0; i < word.length(); i++) {
      if (buf[start + i] != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static double suffixScale(String suffix) {
    switch (suffix) {
      case "k":
        return 1e3;
      case "m":
      case "mm":
        return 1e6;
      case "b":
      case "bn":
        return 1e9;
      default:
        return scaleWord(suffix);
    }
  }

  private static double scaleWord(String word) {
    switch (word) {
      case "thousand":
        return 1e3;
      case "million":
        return 1e6;
      case "billion":
        return 1e9;
      case "trillion":
        return 1e12;
      default:
        return 0;
    }
  }

  private static double chineseUnit(char c) {
    switch (c) {
      case '百':
        return 1e2;
      case '千':
        return 1e3;
      case '万':
        return 1e4;
      case '亿':
        return 1e8;
      default:
        return 0;
    }
  }

  private static boolean isCurrencySymbol(char c) {
    return c == '$' || c == '¥' || c == '€' || c == '£';
  }

  private static boolean isSign(char c) {
    return c == '-' || c == '+' || c == '\u2212';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
