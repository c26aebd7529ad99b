package dev.pmdrill.bank;

import dev.pmdrill.bank.DeclaredFile.DeclaredLoop;
import dev.pmdrill.bank.DeclaredFile.DeclaredQuestion;
import dev.pmdrill.bank.DeclaredFile.DeclaredRubric;
import dev.pmdrill.scoring.Criterion;
import dev.pmdrill.scoring.Rubric;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads a set of bank files as one catalog: reads each file strictly, then checks what spans files
 * (unique ids, {@code use} of named rubrics, rubric cycles, loops against the loaded questions).
 */
public final class BankLoader {

  public LoadResult load(List<BankSource> sources) {
    Problems problems = new Problems();
    Map<String, DeclaredRubric> library = RubricLibrary.load(problems);
    List<DeclaredFile> files = new ArrayList<>();
    for (BankSource source : sources) {
      if (source.refused().isPresent()) {
        problems.error(Location.startOf(source.name()), source.refused().get());
        continue;
      }
      new BankFileReader(source.name(), problems).read(source.bytes()).ifPresent(files::add);
    }
    Map<String, DeclaredRubric> rubrics = new LinkedHashMap<>(library);
    checkUnique(files, problems, rubrics);
    new RubricCycles(rubrics, problems).report();
    RubricResolver resolver = new RubricResolver(rubrics, problems);
    List<Question> questions = new ArrayList<>();
    Set<String> questionIds = new HashSet<>();
    for (DeclaredFile file : files) {
      for (DeclaredQuestion declared : file.questions()) {
        List<Boolean> fromLibrary = new ArrayList<>();
        List<Criterion> criteria = resolver.resolve(declared.rubric(), fromLibrary);
        Question q = declared.question();
        if (!questionIds.add(q.id())) {
          continue; // reported by checkUnique
        }
        questions.add(
            q.withRubric(
                Rubric.of(criteria, fromLibrary).forQuestion(q.prompt(), q.time().isPresent())));
      }
    }
    List<DeclaredLoop> declaredLoops = new ArrayList<>();
    Set<String> loopIds = new HashSet<>();
    files.forEach(
        f ->
            f.loops().stream().filter(l -> loopIds.add(l.loop().id())).forEach(declaredLoops::add));
    new LoopChecks(questions, problems).check(declaredLoops);
    List<Loop> loops = declaredLoops.stream().map(DeclaredLoop::loop).toList();
    List<Bank> banks = files.stream().flatMap(f -> f.bank().stream()).toList();
    Map<String, Rubric> named = new LinkedHashMap<>();
    rubrics.forEach((name, r) -> named.put(name, new Rubric(resolver.resolveQuietly(r.entries()))));
    return new LoadResult(
        new Catalog(banks, questions, loops, named),
        problems.sorted(),
        sources.stream().map(BankSource::name).toList());
  }

  /** Bank ids, question ids, rubric names and loop ids are each unique across everything loaded. */
  private static void checkUnique(
      List<DeclaredFile> files, Problems problems, Map<String, DeclaredRubric> rubrics) {
    Map<String, Location> banks = new HashMap<>();
    Map<String, Location> questions = new HashMap<>();
    Map<String, Location> loops = new HashMap<>();
    for (DeclaredFile file : files) {
      file.bank().ifPresent(b -> unique("bank id", b.id(), b.location(), banks, problems));
      for (DeclaredQuestion q : file.questions()) {
        unique("question id", q.question().id(), q.question().location(), questions, problems);
      }
      for (DeclaredRubric r : file.rubrics().values()) {
        DeclaredRubric earlier = rubrics.get(r.name());
        if (earlier != null) {
          problems.error(
              r.location(),
              "rubric name '"
                  + r.name()
                  + "' is already used at "
                  + earlier.location().describeFrom(r.location()));
        } else {
          rubrics.put(r.name(), r);
        }
      }
      for (DeclaredLoop declared : file.loops()) {
        Loop l = declared.loop();
        unique("loop id", l.id(), l.location(), loops, problems);
      }
    }
  }

  private static void unique(
      String what, String id, Location at, Map<String, Location> seen, Problems problems) {
    Location earlier = seen.putIfAbsent(id, at);
    if (earlier != null) {
      problems.error(at, what + " '" + id + "' is already used at " + earlier.describeFrom(at));
    }
  }

  /** Expands {@code use} entries in place, multiplying weights; unknown names are problems. */
  private static final class RubricResolver {
    private final Map<String, DeclaredRubric> rubrics;
    private final Problems problems;

    RubricResolver(Map<String, DeclaredRubric> rubrics, Problems problems) {
      this.rubrics = rubrics;
      this.problems = problems;
    }

    List<Criterion> resolve(List<RubricEntry> entries, List<Boolean> fromLibrary) {
      List<Criterion> out = new ArrayList<>();
      expand(entries, 1.0, new HashSet<>(), out, fromLibrary, false, true);
      return out;
    }

    /** For named rubrics: their problems are reported where questions use them. */
    List<Criterion> resolveQuietly(List<RubricEntry> entries) {
      List<Criterion> out = new ArrayList<>();
      expand(entries, 1.0, new HashSet<>(), out, new ArrayList<>(), false, false);
      return out;
    }

    private void expand(
        List<RubricEntry> entries,
        double factor,
        Set<String> path,
        List<Criterion> out,
        List<Boolean> fromLibrary,
        boolean library,
        boolean report) {
      for (RubricEntry entry : entries) {
        if (entry instanceof RubricEntry.Written) {
          Criterion c = ((RubricEntry.Written) entry).criterion();
          out.add(factor == 1.0 ? c : c.timesWeight(factor));
          fromLibrary.add(library);
          continue;
        }
        RubricEntry.Use use = (RubricEntry.Use) entry;
        DeclaredRubric target = rubrics.get(use.rubric());
        if (target == null) {
          if (report) {
            problems.error(use.nameLocation(), RubricEntry.unknown(use.rubric(), rubrics.keySet()));
          }
          continue;
        }
        if (!path.add(use.rubric())) {
          continue; // a cycle, reported once by RubricCycles
        }
        expand(
            target.entries(),
            factor * use.weight(),
            path,
            out,
            fromLibrary,
            library || use.rubric().startsWith(RubricLibrary.PREFIX),
            false);
        path.remove(use.rubric());
      }
    }
  }
}
