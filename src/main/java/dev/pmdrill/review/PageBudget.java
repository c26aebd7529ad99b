package dev.pmdrill.review;

import dev.pmdrill.material.Piece;
import java.util.List;

/**
 * How many pages a packet's examples fill, against the guide's 12-page budget: a page holds about
 * {@value #WORDS_PER_PAGE} words of English prose or {@value #CHARACTERS_PER_PAGE} Chinese
 * characters (a single-spaced page of running text), counted as {@link SpokenLength} counts them.
 */
public record PageBudget(int words, int characters, double pages) {
  public static final int PAGES = 12;
  public static final int WORDS_PER_PAGE = 500;
  public static final int CHARACTERS_PER_PAGE = 800;

  static PageBudget of(List<Piece> examples) {
    int words = 0;
    int characters = 0;
    for (Piece p : examples) {
      SpokenLength l = SpokenLength.of(p.title() + "\n" + p.text());
      words += l.words();
      characters += l.characters();
    }
    return new PageBudget(
        words,
        characters,
        (double) words / WORDS_PER_PAGE + (double) characters / CHARACTERS_PER_PAGE);
  }

  public boolean within() {
    return pages <= PAGES;
  }

  /** "about 2.1 pages (1031 words at 500 a page)". */
  public String describe() {
    StringBuilder b =
        new StringBuilder(String.format(java.util.Locale.ROOT, "about %.1f pages (", pages));
    if (words > 0 || characters == 0) {
      b.append(words).append(" words at ").append(WORDS_PER_PAGE).append(" a page");
    }
    if (characters > 0) {
      b.append(words > 0 ? ", " : "")
          .append(characters)
          .append(" Chinese characters at ")
          .append(CHARACTERS_PER_PAGE)
          .append(" a page");
    }
    return b.append(')').toString();
  }
}
