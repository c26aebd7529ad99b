package dev.pmdrill.text;

/**
 * Tells numbers that name something from numbers that count something: festivals ({@code 11.11},
 * {@code 双11}, {@code 618}), dates ({@code 11 November}, {@code Nov 11}, {@code the 11th}, {@code
 * 11月11日}, {@code 2023-11-11}), years ({@code 2023}, {@code 2023年}), clock times ({@code 20:00},
 * {@code 9:30pm}, {@code 晚上8点}), versions and ids ({@code ap-southeast-1}, {@code HTTP/2}, {@code
 * Java 17}, {@code 5G}, {@code 1688}, {@code 第3}). Expects the normalised (lower-case) chars of
 * {@link NormalizedText}. Every check looks at most a few words around the number, so the scan that
 * calls it stays linear.
 */
final class NumberNames {

  private static final String[] MONTHS = {
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec"
  };

  /** Words that a version number or an id follows: "Java 17", "iPhone 15", "step 2". */
  private static final String[] VERSIONED = {
    "java",
    "jdk",
    "jre",
    "python",
    "mysql",
    "postgresql",
    "postgres",
    "php",
    "kotlin",
    "scala",
    "swift",
    "iphone",
    "ipad",
    "pixel",
    "galaxy",
    "android",
    "ios",
    "windows",
    "macos",
    "ubuntu",
    "centos",
    "debian",
    "rhel",
    "linux",
    "node",
    "nodejs",
    "spring",
    "vue",
    "react",
    "angular",
    "kafka",
    "redis",
    "hadoop",
    "spark",
    "flink",
    "hbase",
    "hive",
    "tomcat",
    "nginx",
    "dubbo",
    "mongodb",
    "elasticsearch",
    "kubernetes",
    "http",
    "html",
    "css",
    "tls",
    "ssl",
    "gpt",
    "qwen",
    "llama",
    "chrome",
    "firefox",
    "oracle",
    "iso",
    "covid",
    "version",
    "ver",
    "release",
    "level",
    "tier",
    "step",
    "phase",
    "stage",
    "option",
    "round",
    "chapter",
    "section",
    "part",
    "day",
    "week",
    "id",
    "model",
    "series"
  };

  /** Words after which a year, 618 or 1688 is a count, not a name: "about 2000", "than 618". */
  private static final String[] COUNT_CUES = {
    "about",
    "around",
    "roughly",
    "approximately",
    "approx",
    "nearly",
    "almost",
    "over",
    "under",
    "than",
    "only",
    "just",
    "some",
    "exactly",
    "total",
    "times",
    "is",
    "are",
    "be"
  };

  /** Words before a number that make it a year or a festival whatever follows: "in 2023 orders". */
  private static final String[] NAME_CUES = {
    "in", "since", "during", "until", "till", "fy", "year", "jd", "tmall", "taobao", "alibaba"
  };

  /** Words after a year, 618 or 1688 that keep it a name: "the 618 sale", "2023 was". */
  private static final String[] NAME_FOLLOWERS = {
    "sale",
    "sales",
    "festival",
    "shopping",
    "promotion",
    "promotions",
    "promo",
    "campaign",
    "event",
    "day",
    "period",
    "season",
    "peak",
    "presale",
    "gala",
    "rush",
    "weekend",
    "anniversary",
    "deal",
    "deals",
    "discount",
    "discounts",
    "com",
    "platform",
    "marketplace",
    "app",
    "site",
    "website",
    "suppliers",
    "supplier",
    "and",
    "or",
    "to",
    "through",
    "vs",
    "versus",
    "we",
    "i",
    "our",
    "the",
    "was",
    "is",
    "will",
    "were",
    "had",
    "has",
    "saw",
    "brought",
    "showed",
    "it",
    "they",
    "when",
    "onwards",
    "onward",
    "alone",
    "q1",
    "q2",
    "q3",
    "q4",
    "h1",
    "h2"
  };

  /** Chinese that keeps a year, 618 or 1688 a name: "618大促", "2023年", "618期间". */
  private static final String[] CJK_NAME_FOLLOWERS = {
    "年", "大促", "期间", "当天", "活动", "购物节", "节", "狂欢", "预售", "前", "后", "的", "年中", "大战", "促销", "平台", "上",
    "假期", "黄金周", "长假"
  };

  private static final String[] CJK_COUNT_CUES = {"约", "大约", "近", "超过", "共", "总共", "合计", "达", "达到"};

  private static final String[] DAYTIME = {"凌晨", "早上", "上午", "中午", "下午", "晚上", "晚", "早", "夜里", "夜"};

  private static final String[] CLOCK_AFTER = {"点钟", "点半", "点整", "点开始", "点开抢", "点前", "点后", "点到"};

  private NumberNames() {}

  /**
   * The end (exclusive) of the name, date, time or id whose number starts at {@code start} (its
   * first digit or numeral) with its integer part ending at {@code intEnd}, or -1 when the number
   * there counts something. {@code value} is the integer part's value (-1 when unknown or huge).
   */
  static int nameEnd(char[] buf, int len, int start, int intEnd, long value) {
    int before = start - 1;
    char prev = before >= 0 ? buf[before] : '\n';
    // 双11, 双 11, 第3, #3
    int prevSolid = before >= 0 && prev == ' ' ? before - 1 : before;
    if (prevSolid >= 0 && (buf[prevSolid] == '双' || buf[prevSolid] == '第')) {
      return runEnd(buf, len, intEnd);
    }
    if (prev == '#') {
      return runEnd(buf, len, intEnd);
    }
    // ap-southeast-1, covid-19, http/2, cn_north_1
    if ((prev == '-' || prev == '/' || prev == '_')
        && before > 0
        && isAsciiLetter(buf[before - 1])) {
      return runEnd(buf, len, intEnd);
    }
    // 8点30分, 零点二十分: the minutes of a clock time
    if (prev == '点'
        && before > 0
        && (isDigit(buf[before - 1]) || NumberWords.isChineseNumeral(buf[before - 1]))) {
      return intEnd < len && buf[intEnd] == '分' ? intEnd + 1 : intEnd;
    }
    // 11月11日, 11月11号
    if (prev == '月' && intEnd < len && (buf[intEnd] == '日' || buf[intEnd] == '号')) {
      return intEnd + 1;
    }
    int ws = wordStartBefore(buf, start);
    if (ws >= 0) {
      int we = wordEndBefore(buf, start);
      if (isOneOf(buf, ws, we, VERSIONED)) {
        return runEnd(buf, len, intEnd);
      }
      if (value >= 1 && value <= 31 && isOneOf(buf, ws, we, MONTHS)) {
        return runEnd(buf, len, intEnd);
      }
    }
    if (intEnd >= len) {
      return -1;
    }
    char next = buf[intEnd];
    int digits = intEnd - start;
    // 20:00, 9:30pm, 00:00:59
    if (next == ':' && isDigitAt(buf, len, intEnd + 1) && isDigitAt(buf, len, intEnd + 2)) {
      int end = intEnd;
      while (end < len && buf[end] == ':' && isDigitAt(buf, len, end + 1)) {
        end++;
        while (end < len && isDigit(buf[end])) {
          end++;
        }
      }
      return amPmEnd(buf, len, end);
    }
    // 9pm, 9 a.m.
    if (value >= 0 && value <= 12) {
      int end = amPmEnd(buf, len, intEnd);
      if (end > intEnd) {
        return end;
      }
    }
    // 11th, 1st, 22nd, 3rd
    if (isOrdinalSuffix(buf, len, intEnd)) {
      return intEnd + 2;
    }
    // 11.11, 12.12, 6.18, 11/11
    if ((next == '.' || next == '/' || next == '-' && buf[start] == '1')
        && isFestival(buf, len, start, intEnd)) {
      return runEnd(buf, len, intEnd);
    }
    // 2023-11-11, 2023/11, 2023.11.11
    if (digits == 4
        && isYear(value)
        && (next == '-' || next == '/' || next == '.')
        && isDigitAt(buf, len, intEnd + 1)) {
      int p = intEnd + 1;
      int monthDigits = 0;
      long month = 0;
      while (p < len && isDigit(buf[p]) && monthDigits < 3) {
        month = month * 10 + (buf[p] - '0');
        monthDigits++;
        p++;
      }
      if (monthDigits <= 2 && month >= 1 && month <= 12) {
        return runEnd(buf, len, intEnd);
      }
    }
    // 1688.com
    if (next == '.' && intEnd + 1 < len && isAsciiLetter(buf[intEnd + 1])) {
      int p = intEnd + 1;
      while (p < len && isAsciiLetter(buf[p])) {
        p++;
      }
      if (p - intEnd - 1 >= 2 && p - intEnd - 1 <= 3 && (p == len || !isDigit(buf[p]))) {
        return p;
      }
    }
    // 5g, 4g; 2023q3 and other codes of digits and letters
    if (isAsciiLetter(next)) {
      int p = intEnd;
      while (p < len && isAsciiLetter(buf[p])) {
        p++;
      }
      if (digits == 1 && value >= 2 && value <= 6 && next == 'g' && p == intEnd + 1) {
        return p;
      }
      if (p < len && isDigit(buf[p]) && !(p == intEnd + 1 && (next == 'e' || next == 'x'))) {
        return runEnd(buf, len, p);
      }
    }
    // 11 november, 3 dec, 11nov ("5 may" is left alone: "5 may churn")
    if (value >= 1 && value <= 31) {
      int p = next == ' ' ? intEnd + 1 : intEnd;
      if (p < len && isAsciiLetter(buf[p])) {
        int we = p;
        while (we < len && isAsciiLetter(buf[we])) {
          we++;
        }
        if (isOneOf(buf, p, we, MONTHS) && !regionIs(buf, p, we, "may")) {
          return we;
        }
      }
    }
    // 11月 (a month), 3号 (a date or a number plate); 3个月 is a count
    if (next == '月' && value >= 1 && value <= 12) {
      return intEnd + 1;
    }
    if (next == '号') {
      return intEnd + 1;
    }
    // 晚上8点, 8点钟, 20点开抢
    if (next == '点') {
      if (intEnd + 1 < len
          && (isDigit(buf[intEnd + 1]) || NumberWords.isChineseNumeral(buf[intEnd + 1]))) {
        return intEnd + 1; // 8点30分: the minutes are skipped where they start
      }
      for (String after : CLOCK_AFTER) {
        if (startsWith(buf, len, intEnd, after)) {
          return intEnd + after.length();
        }
      }
      for (String daytime : DAYTIME) {
        if (endsWith(buf, start, daytime)) {
          return intEnd + 1;
        }
      }
    }
    return -1;
  }

  /**
   * Whether a plain integer (no sign, separator, decimals, scale, percent or currency) from {@code
   * start} to {@code end} is a year (19xx or 20xx), the 618 festival or the 1688 platform standing
   * as a name: alone, before a festival word or after "in"; "2023 orders" and "about 618" count.
   */
  static boolean isNameLike(char[] buf, int len, int start, int end, long value) {
    boolean year = end - start == 4 && isYear(value);
    if (!year && !(end - start == 3 && value == 618) && !(end - start == 4 && value == 1688)) {
      return false;
    }
    int after = end < len && buf[end] == ' ' ? end + 1 : end;
    if (after < len && Script.isCjk(buf[after])) {
      for (String follower : CJK_NAME_FOLLOWERS) {
        if (startsWith(buf, len, after, follower)) {
          return true;
        }
      }
    }
    int followerEnd = after;
    while (followerEnd < len && isAsciiLetterOrDigit(buf[followerEnd])) {
      followerEnd++;
    }
    boolean wordFollows = followerEnd > after && isAsciiLetter(buf[after]);
    if (wordFollows && isOneOf(buf, after, followerEnd, NAME_FOLLOWERS)) {
      return true;
    }
    // arithmetic around it: "2000 x 3", "= 618"
    if (isOperatorNear(buf, len, start, end)) {
      return false;
    }
    int ws = wordStartBefore(buf, start);
    if (ws >= 0) {
      int we = wordEndBefore(buf, start);
      if (isOneOf(buf, ws, we, COUNT_CUES)) {
        return false;
      }
      if (isOneOf(buf, ws, we, NAME_CUES)) {
        return true;
      }
    }
    int p = start - 1;
    if (p >= 0 && buf[p] == ' ') {
      p--;
    }
    if (p >= 0 && buf[p] == '~') {
      return false;
    }
    for (String cue : CJK_COUNT_CUES) {
      if (endsWith(buf, p + 1, cue)) {
        return false;
      }
    }
    if (p >= 0 && (buf[p] == '在' || buf[p] == '于')) {
      return true;
    }
    if (wordFollows || after < len && Script.isCjk(buf[after])) {
      // "2023 orders", "618单"
      return false;
    }
    return true;
  }

  /**
   * Whether a Chinese number written in characters names something: "第十二", "双十一", "十一月", "十一号",
   * "十一月十一日", "晚上八点", "十一假期", "二十一世纪".
   */
  static boolean wordsAreName(char[] buf, int len, int start, int end, long value) {
    if (nameEnd(buf, len, start, end, value) >= 0 || startsWith(buf, len, end, "世纪")) {
      return true;
    }
    if (value == 11) {
      for (String follower : CJK_NAME_FOLLOWERS) {
        if (!follower.equals("的") && startsWith(buf, len, end, follower)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isOperatorNear(char[] buf, int len, int start, int end) {
    int p = start - 1;
    if (p >= 0 && buf[p] == ' ') {
      p--;
    }
    if (p >= 0 && isOperator(buf[p]) && !(buf[p] == 'x' && p > 0 && isAsciiLetter(buf[p - 1]))) {
      return true;
    }
    int q = end < len && buf[end] == ' ' ? end + 1 : end;
    return q < len
        && isOperator(buf[q])
        && (buf[q] != 'x' || q + 1 == len || !isAsciiLetter(buf[q + 1]));
  }

  private static boolean isOperator(char c) {
    return c == '+' || c == '*' || c == '×' || c == '=' || c == '÷' || c == 'x';
  }

  private static boolean isFestival(char[] buf, int len, int start, int intEnd) {
    int a = intEnd - start;
    int p = intEnd + 1;
    int q = p;
    while (q < len && isDigit(buf[q])) {
      q++;
    }
    if (q < len && (buf[q] == '.' && isDigitAt(buf, len, q + 1) || isDigit(buf[q]))) {
      return false;
    }
    int b = q - p;
    if (a == 2 && b == 2) {
      char x = buf[start];
      char y = buf[start + 1];
      // 11.11, 12.12
      return x == '1' && (y == '1' || y == '2') && buf[p] == x && buf[p + 1] == y;
    }
    // 6.18
    return a == 1 && b == 2 && buf[start] == '6' && buf[p] == '1' && buf[p + 1] == '8';
  }

  private static boolean isYear(long value) {
    return value >= 1900 && value <= 2099;
  }

  /** The end of "am", "pm", "a.m.", "p.m." or "o'clock" at {@code i} (after one space at most). */
  private static int amPmEnd(char[] buf, int len, int i) {
    int p = i < len && buf[i] == ' ' ? i + 1 : i;
    if (p + 1 < len && (buf[p] == 'a' || buf[p] == 'p')) {
      if (buf[p + 1] == 'm' && (p + 2 == len || !isAsciiLetterOrDigit(buf[p + 2]))) {
        return p + 2;
      }
      if (p + 3 < len && buf[p + 1] == '.' && buf[p + 2] == 'm' && buf[p + 3] == '.') {
        return p + 4;
      }
    }
    if (startsWith(buf, len, p, "o'clock")) {
      return p + 7;
    }
    return i;
  }

  private static boolean isOrdinalSuffix(char[] buf, int len, int i) {
    if (i + 1 >= len || (i + 2 < len && isAsciiLetterOrDigit(buf[i + 2]))) {
      return false;
    }
    char a = buf[i];
    char b = buf[i + 1];
    return a == 's' && b == 't'
        || a == 'n' && b == 'd'
        || a == 'r' && b == 'd'
        || a == 't' && b == 'h';
  }

  /** The end of the run of digits, dots, dashes, slashes and letters from {@code i}. */
  private static int runEnd(char[] buf, int len, int i) {
    int j = i;
    while (j < len) {
      char c = buf[j];
      if (isAsciiLetterOrDigit(c)) {
        j++;
      } else if ((c == '.' || c == '-' || c == '/' || c == ':' || c == ',')
          && j + 1 < len
          && isAsciiLetterOrDigit(buf[j + 1])) {
        j++;
      } else {
        break;
      }
    }
    return j;
  }

  /** The start of the ASCII word just before {@code i} (one space, or ". " after "nov"), or -1. */
  private static int wordStartBefore(char[] buf, int i) {
    int we = wordEndBefore(buf, i);
    if (we < 0) {
      return -1;
    }
    int ws = we;
    while (ws > 0 && isAsciiLetterOrDigit(buf[ws - 1]) && we - ws < 16) {
      ws--;
    }
    if (ws == we || !isAsciiLetter(buf[ws]) || ws > 0 && isAsciiLetterOrDigit(buf[ws - 1])) {
      return -1;
    }
    return ws;
  }

  private static int wordEndBefore(char[] buf, int i) {
    int p = i - 1;
    if (p < 0 || buf[p] != ' ') {
      return -1;
    }
    if (p > 0 && buf[p - 1] == '.') {
      p--;
    }
    return p > 0 && isAsciiLetterOrDigit(buf[p - 1]) ? p : -1;
  }

  private static boolean isOneOf(char[] buf, int start, int end, String[] words) {
    for (String word : words) {
      if (regionIs(buf, start, end, word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean regionIs(char[] buf, int start, int end, String word) {
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

  static boolean startsWith(char[] buf, int len, int at, String s) {
    if (at < 0 || at + s.length() > len) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (buf[at + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the chars just before {@code end} spell {@code s}. */
  static boolean endsWith(char[] buf, int end, String s) {
    int at = end - s.length();
    if (at < 0) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (buf[at + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigitAt(char[] buf, int len, int i) {
    return i < len && isDigit(buf[i]);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return isAsciiLetter(c) || isDigit(c);
  }
}
