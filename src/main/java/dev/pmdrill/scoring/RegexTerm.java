package dev.pmdrill.scoring;

import com.google.re2j.Pattern;
import java.util.Objects;

/** A {@code /.../} term: RE2, case-insensitive, linear in the answer's length. */
public record RegexTerm(String text, Pattern pattern) implements Term {
  public RegexTerm {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(pattern, "pattern");
  }
}
