package dev.pmdrill.bank;

import dev.pmdrill.scoring.Rubric;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything loaded at once: the banks, their questions and loops, and the named rubrics (library
 * and banks, every {@code use} resolved) for scoring text that is not a bank's question.
 */
public record Catalog(
    List<Bank> banks, List<Question> questions, List<Loop> loops, Map<String, Rubric> rubrics) {
  public Catalog {
    banks = List.copyOf(banks);
    questions = List.copyOf(questions);
    loops = List.copyOf(loops);
    rubrics = Collections.unmodifiableMap(new LinkedHashMap<>(rubrics));
  }

  public Catalog(List<Bank> banks, List<Question> questions, List<Loop> loops) {
    this(banks, questions, loops, Map.of());
  }

  public Optional<Rubric> rubric(String name) {
    return Optional.ofNullable(rubrics.get(name));
  }

  public Optional<Question> question(String id) {
    return questions.stream().filter(q -> q.id().equals(id)).findFirst();
  }

  public Optional<Loop> loop(String id) {
    return loops.stream().filter(l -> l.id().equals(id)).findFirst();
  }

  /** Category → number of questions, sorted by name. */
  public SortedMap<String, Integer> categories() {
    SortedMap<String, Integer> counts = new TreeMap<>();
    questions.forEach(q -> counts.merge(q.category(), 1, Integer::sum));
    return counts;
  }

  public SortedSet<String> questionIds() {
    return new TreeSet<>(questions.stream().map(Question::id).toList());
  }
}
