package dev.pmdrill.bank;

import dev.pmdrill.scoring.Avoid;
import dev.pmdrill.scoring.Concept;
import dev.pmdrill.scoring.Criterion;
import dev.pmdrill.scoring.CriterionInfo;
import dev.pmdrill.scoring.Estimate;
import dev.pmdrill.scoring.Length;
import dev.pmdrill.scoring.Prose;
import dev.pmdrill.scoring.Quantified;
import dev.pmdrill.scoring.Sequence;
import dev.pmdrill.scoring.Step;
import dev.pmdrill.scoring.Term;
import dev.pmdrill.scoring.Where;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/** Reads rubric items: one kind key each, the shared keys, and the kind's own keys. */
final class CriterionReader {
  private static final Set<String> SHARED = Set.of("weight", "tip", "probe", "dimension");

  /** Each kind's own keys; the kind key itself holds the criterion's name. */
  static final Map<String, Set<String>> KINDS = CriterionKinds.keysByKind();

  private static final Set<String> STEP_KEYS = Set.of("name", "any", "like");

  private final Problems problems;
  private final EstimateValues estimateValues;
  private final RegexBudget regexBudget = new RegexBudget();

  CriterionReader(Problems problems) {
    this.problems = problems;
    this.estimateValues = new EstimateValues();
  }

  List<RubricEntry> readAll(List<YamlNode> items) {
    List<RubricEntry> entries = new ArrayList<>();
    for (YamlNode item : items) {
      read(item).ifPresent(entries::add);
    }
    return entries;
  }

  private Optional<RubricEntry> read(YamlNode node) {
    if (!(node instanceof YamlNode.Mapping) || ((YamlNode.Mapping) node).entries().isEmpty()) {
      problems.error(
          node.location(),
          "a criterion must be a mapping that starts with its kind, such as '- concept: NAME', not "
              + node.describe());
      return Optional.empty();
    }
    YamlNode.Mapping mapping = (YamlNode.Mapping) node;
    List<YamlNode.Entry> kindEntries =
        mapping.entries().values().stream().filter(e -> KINDS.containsKey(e.key())).toList();
    if (kindEntries.isEmpty()) {
      YamlNode.Entry first = mapping.entries().values().iterator().next();
      problems.error(
          first.keyLocation(),
          "a criterion needs a kind as its first key ("
              + String.join(", ", Fields.sorted(KINDS.keySet()))
              + "), not '"
              + first.key()
              + "'"
              + Suggestions.hint(first.key(), KINDS.keySet()));
      return Optional.empty();
    }
    YamlNode.Entry kind = kindEntries.get(0);
    for (YamlNode.Entry extra : kindEntries.subList(1, kindEntries.size())) {
      problems.error(
          extra.keyLocation(),
          "a criterion has one kind, and this one is already a '"
              + kind.key()
              + "'; make '"
              + extra.key()
              + "' a criterion of its own");
    }
    Set<String> known = new HashSet<>(KINDS.get(kind.key()));
    known.add(kind.key());
    kindEntries.forEach(e -> known.add(e.key())); // reported above, not again as unknown
    if (!kind.key().equals("use")) {
      known.addAll(SHARED);
    } else {
      known.add("weight");
    }
    Fields fields =
        Fields.of(node, "a '" + kind.key() + "' criterion", known, problems).orElseThrow();
    Optional<String> name = fields.requiredText(kind.key());
    if (kind.key().equals("use")) {
      return readUse(fields, name, kind);
    }
    double weight = fields.number("weight", 0, true, Double.MAX_VALUE).orElse(1);
    Optional<String> dimension = fields.id("dimension");
    CriterionInfo info =
        new CriterionInfo(
            name.orElse("?"), weight, fields.text("tip"), fields.text("probe"), dimension);
    Optional<Criterion> criterion = kindReader(kind.key()).apply(new Item(fields, info));
    if (name.isEmpty()) {
      return Optional.empty();
    }
    return criterion.map(c -> new RubricEntry.Written(c, kind.keyLocation()));
  }

  private Optional<RubricEntry> readUse(Fields fields, Optional<String> name, YamlNode.Entry kind) {
    double weight = fields.number("weight", 0, true, Double.MAX_VALUE).orElse(1);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    String rubric = name.get();
    String local =
        rubric.startsWith(RubricLibrary.PREFIX)
            ? rubric.substring(RubricLibrary.PREFIX.length())
            : rubric;
    if (!Fields.ID.matcher(local).matches()) {
      problems.error(kind.value().location(), Fields.badId("use", rubric));
      return Optional.empty();
    }
    return Optional.of(
        new RubricEntry.Use(rubric, weight, kind.keyLocation(), kind.value().location()));
  }

  record Item(Fields fields, CriterionInfo info) {}

  private Function<Item, Optional<Criterion>> kindReader(String kind) {
    return item ->
        CriterionKinds.named(kind).orElseThrow().reader().orElseThrow().apply(this, item);
  }

  Optional<Criterion> concept(Item item) {
    Fields f = item.fields();
    List<Term> any = terms(f, "any", true);
    int min = f.integer("min", 1, 1000).orElse(1);
    Where where = Where.ANYWHERE;
    Optional<String> written = f.text("where");
    if (written.isPresent()) {
      Optional<Where> parsed = Where.ofKey(written.get());
      if (parsed.isEmpty()) {
        problems.error(
            f.valueLocation("where"),
            "'where' must be start, end or anywhere, not '"
                + written.get()
                + "'"
                + Suggestions.hint(written.get(), List.of("start", "end", "anywhere")));
      } else {
        where = parsed.get();
      }
    }
    if (!any.isEmpty() && min > any.size()) {
      problems.error(
          f.valueLocation("min"),
          "'min' is "
              + min
              + " but only "
              + any.size()
              + " terms are listed, so full credit is impossible");
    }
    return any.isEmpty()
        ? Optional.empty()
        : Optional.of(new Concept(item.info(), any, min, where, like(f)));
  }

  Optional<Criterion> sequence(Item item) {
    Fields f = item.fields();
    List<Step> steps = new ArrayList<>();
    Set<String> names = new HashSet<>();
    List<YamlNode> nodes = f.requiredList("steps");
    for (YamlNode node : nodes) {
      Fields.of(node, "a step", STEP_KEYS, problems)
          .ifPresent(
              s -> {
                Optional<String> name = s.requiredText("name");
                List<Term> any = terms(s, "any", true);
                if (name.isPresent() && !names.add(name.get())) {
                  problems.error(
                      s.valueLocation("name"), "two steps are named '" + name.get() + "'");
                }
                if (name.isPresent() && !any.isEmpty()) {
                  steps.add(new Step(name.get(), any, like(s)));
                }
              });
    }
    if (nodes.size() == 1) {
      problems.error(
          f.valueLocation("steps"), "a sequence needs at least two steps; use a concept for one");
    }
    return steps.size() == nodes.size() && steps.size() >= 2
        ? Optional.of(new Sequence(item.info(), steps))
        : Optional.empty();
  }

  Optional<Criterion> quantified(Item item) {
    int min = item.fields().integer("min", 1, 1000).orElse(2);
    return Optional.of(new Quantified(item.info(), min));
  }

  Optional<Criterion> estimate(Item item) {
    Fields f = item.fields();
    OptionalDouble value = OptionalDouble.empty();
    Optional<YamlNode> node = f.node("value");
    if (node.isEmpty()) {
      problems.error(
          f.location(),
          "an estimate needs 'value', the reference answer (a number such as 1.5e9, or \"1.5 billion\")");
    } else {
      value = estimateValues.read(node.get());
      if (value.isEmpty()) {
        problems.error(
            node.get().location(),
            "'value' must be a positive number or one quantity such as \"1.5 billion\" or \"15亿\", not "
                + node.get().describe());
      }
    }
    double tolerance = f.number("tolerance", 1, true, Double.MAX_VALUE).orElse(3);
    List<Term> unit = terms(f, "unit", false);
    return value.isPresent()
        ? Optional.of(new Estimate(item.info(), value.getAsDouble(), tolerance, unit))
        : Optional.empty();
  }

  Optional<Criterion> avoid(Item item) {
    Fields f = item.fields();
    List<Term> any = terms(f, "any", true);
    double penalty = f.number("penalty", 0, true, 100).orElse(5);
    double max = f.number("max", 0, true, 100).orElse(penalty * 3);
    return any.isEmpty()
        ? Optional.empty()
        : Optional.of(new Avoid(item.info(), any, penalty, max));
  }

  Optional<Criterion> length(Item item) {
    Fields f = item.fields();
    OptionalInt min = f.integer("min", 0, 1_000_000);
    OptionalInt max = f.integer("max", 1, 1_000_000);
    if (!f.has("min") && !f.has("max")) {
      problems.error(f.location(), "a length criterion needs 'min', 'max' or both (in words)");
    }
    if (min.isPresent() && max.isPresent() && min.getAsInt() > max.getAsInt()) {
      problems.error(
          f.valueLocation("max"),
          "'max' (" + max.getAsInt() + ") is below 'min' (" + min.getAsInt() + ")");
      return Optional.empty();
    }
    return Optional.of(new Length(item.info(), min, max));
  }

  Optional<Criterion> prose(Item item) {
    Fields f = item.fields();
    double min = f.number("min", 0, false, 1).orElse(Prose.DEFAULT_MIN);
    double terms = f.number("terms", 0, false, 1).orElse(Prose.DEFAULT_TERMS);
    double cap = f.number("cap", 0, false, 100).orElse(Prose.DEFAULT_CAP);
    return Optional.of(new Prose(item.info(), min, terms, cap));
  }

  /** The longest {@code like} sentence: a sentence, not a paragraph. */
  static final int LIKE_MAX_CHARS = 400;

  /** A concept's or step's {@code like} sentences: text, one sentence each. */
  private List<String> like(Fields f) {
    List<String> sentences = new ArrayList<>();
    for (YamlNode node : f.list("like")) {
      if (!(node instanceof YamlNode.Scalar)
          || ((YamlNode.Scalar) node).type() == YamlNode.Scalar.Type.NULL
          || ((YamlNode.Scalar) node).text().isBlank()) {
        problems.error(
            node.location(),
            "each sentence of 'like' must be text, not "
                + node.describe()
                + (node instanceof YamlNode.Sequence || node instanceof YamlNode.Mapping
                    ? " (quote a sentence that holds [ ] { } or ,)"
                    : ""));
        continue;
      }
      String sentence = ((YamlNode.Scalar) node).text().strip();
      if (sentence.length() > LIKE_MAX_CHARS) {
        problems.error(
            node.location(),
            "a 'like' sentence has "
                + sentence.length()
                + " characters; keep each to one sentence of at most "
                + LIKE_MAX_CHARS);
        continue;
      }
      sentences.add(sentence);
    }
    return sentences;
  }

  private List<Term> terms(Fields f, String key, boolean required) {
    List<YamlNode> nodes = required ? f.requiredList(key) : f.list(key);
    List<Term> terms = new ArrayList<>();
    for (YamlNode node : nodes) {
      if (!(node instanceof YamlNode.Scalar)
          || ((YamlNode.Scalar) node).type() == YamlNode.Scalar.Type.NULL) {
        problems.error(
            node.location(),
            "each term of '"
                + key
                + "' must be text, not "
                + node.describe()
                + (node instanceof YamlNode.Sequence || node instanceof YamlNode.Mapping
                    ? " (quote a term that holds [ ] { } or ,)"
                    : ""));
        continue;
      }
      try {
        Term term = Term.compile(((YamlNode.Scalar) node).text());
        regexBudget.spend(term, node.location(), problems);
        terms.add(term);
      } catch (IllegalArgumentException e) {
        problems.error(node.location(), e.getMessage());
      }
    }
    return terms;
  }
}
