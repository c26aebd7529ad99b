package dev.pmdrill.scoring;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.pmdrill.text.AnalyzedText;
import dev.pmdrill.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A {@code /.../} term: RE2 on the original text, case-insensitive, linear in its length. */
public record RegexTerm(String text, Pattern pattern) implements Term {
  public RegexTerm {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(pattern, "pattern");
  }

  @Override
  public List<Span> find(AnalyzedText answer) {
    List<Span> spans = new ArrayList<>();
    Matcher m = pattern.matcher(answer.original());
    while (m.find()) {
      if (m.end() > m.start()) { // an empty match quotes nothing and earns nothing
        spans.add(new Span(m.start(), m.end()));
      }
    }
    return spans;
  }
}
