package dev.pmdrill.bank;

import dev.pmdrill.bank.DeclaredFile.DeclaredLoop;
import dev.pmdrill.bank.DeclaredFile.DeclaredQuestion;
import dev.pmdrill.bank.DeclaredFile.DeclaredRound;
import dev.pmdrill.bank.DeclaredFile.DeclaredRubric;
import dev.pmdrill.scoring.Rubric;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/** Binds one bank file's YAML to the model, noting every problem with its place. */
final class BankFileReader {
  static final Set<String> FILE_KEYS =
      Fields.keys(
          "format", "bank", "title", "description", "language", "rubrics", "questions", "loops");
  static final Set<String> QUESTION_KEYS =
      Fields.keys(
          "id",
          "category",
          "prompt",
          "time",
          "difficulty",
          "tags",
          "hints",
          "model_answer",
          "follow_ups",
          "rubric",
          "examples");
  static final Set<String> EXAMPLE_KEYS = Fields.keys("answer", "expect", "why");
  static final Set<String> LOOP_KEYS = Fields.keys("id", "title", "rounds", "pass", "panel");
  static final Set<String> ROUND_KEYS =
      Fields.keys("name", "categories", "tags", "questions", "time", "gate", "weight");
  static final Set<String> PANEL_KEYS = Fields.keys("votes", "reviewers");
  static final Set<String> REVIEWER_KEYS = Fields.keys("name", "focus", "bar");

  static final double DEFAULT_BAR = 70;

  private final String file;
  private final Problems problems;
  private final CriterionReader criteria;

  BankFileReader(String file, Problems problems) {
    this.file = file;
    this.problems = problems;
    this.criteria = new CriterionReader(problems);
  }

  Optional<DeclaredFile> read(byte[] bytes) {
    YamlReader reader = new YamlReader(file, problems);
    Optional<YamlNode> root = reader.read(bytes);
    if (root.isEmpty()) {
      return Optional.empty();
    }
    int before = problems.size();
    Optional<DeclaredFile> declared = bind(root);
    problems.dropAfter(before, reader.aliasLocations());
    return declared;
  }

  private Optional<DeclaredFile> bind(Optional<YamlNode> root) {
    if (!(root.get() instanceof YamlNode.Mapping)) {
      problems.error(
          root.get().location(),
          "a bank file must be a mapping with 'format', 'bank' and 'title' at its top, not "
              + kindOnly(root.get()));
      return Optional.empty();
    }
    if (!isBankLike((YamlNode.Mapping) root.get())) {
      // Not a bank at all (a .env, a CI file): nothing of it is repeated back, not even its keys.
      problems.error(
          root.get().location(),
          "this is not a pmdrill bank: its top has none of 'format', 'bank', 'title' or"
              + " 'questions'");
      return Optional.empty();
    }
    Fields top = Fields.of(root.get(), "a bank file", FILE_KEYS, problems).orElseThrow();
    checkFormat(top);
    Optional<String> bankId = top.requiredId("bank");
    Optional<String> title = top.requiredText("title");
    Optional<String> description = top.text("description");
    String language = top.text("language").orElse("en");
    if (top.has("language") && !language.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
      problems.error(
          top.valueLocation("language"),
          "'language' must be a BCP 47 tag such as en, zh or zh-CN, not '" + language + "'");
    }
    Optional<Bank> bank =
        bankId.isPresent() && title.isPresent()
            ? Optional.of(
                new Bank(
                    bankId.get(),
                    title.get(),
                    description,
                    language,
                    top.keyLocation("bank").orElseThrow()))
            : Optional.empty();
    String bankName = bankId.orElse("?");
    Map<String, DeclaredRubric> rubrics = readRubrics(top);
    List<DeclaredQuestion> questions = new ArrayList<>();
    for (YamlNode node : top.list("questions")) {
      readQuestion(node, bankName).ifPresent(questions::add);
    }
    List<DeclaredLoop> loops = new ArrayList<>();
    for (YamlNode node : top.list("loops")) {
      readLoop(node, bankName).ifPresent(loops::add);
    }
    return Optional.of(new DeclaredFile(file, bank, rubrics, questions, loops));
  }

  /** What a node is, without a byte of what it holds. */
  private static String kindOnly(YamlNode node) {
    if (node instanceof YamlNode.Scalar) {
      YamlNode.Scalar scalar = (YamlNode.Scalar) node;
      return scalar.type() == YamlNode.Scalar.Type.STRING
          ? "a line of text"
          : scalar.type() == YamlNode.Scalar.Type.NULL ? "nothing" : "a single value";
    }
    return node.describe();
  }

  private static boolean isBankLike(YamlNode.Mapping top) {
    return Set.of("format", "bank", "title", "questions", "loops", "rubrics").stream()
        .anyMatch(top.entries()::containsKey);
  }

  private void checkFormat(Fields top) {
    Optional<YamlNode> format = top.node("format");
    if (format.isEmpty()) {
      problems.error(top.location(), "a bank file needs 'format: 1' (the format version)");
      return;
    }
    YamlNode node = format.get();
    boolean one =
        node instanceof YamlNode.Scalar
            && ((YamlNode.Scalar) node).isNumber()
            && ((YamlNode.Scalar) node).number() == 1;
    if (!one) {
      problems.error(
          node.location(),
          "'format' must be 1 (the only format this pmdrill reads), not " + node.describe());
    }
  }

  private Map<String, DeclaredRubric> readRubrics(Fields top) {
    Map<String, DeclaredRubric> rubrics = new LinkedHashMap<>();
    Optional<YamlNode> node = top.node("rubrics");
    if (node.isEmpty()) {
      return rubrics;
    }
    if (!(node.get() instanceof YamlNode.Mapping)) {
      problems.error(
          node.get().location(),
          "'rubrics' must map rubric names to lists of criteria, not " + node.get().describe());
      return rubrics;
    }
    for (YamlNode.Entry entry : ((YamlNode.Mapping) node.get()).entries().values()) {
      if (!Fields.ID.matcher(entry.key()).matches()) {
        problems.error(entry.keyLocation(), Fields.badId("rubric name", entry.key()));
        continue;
      }
      if (!(entry.value() instanceof YamlNode.Sequence)
          || ((YamlNode.Sequence) entry.value()).items().isEmpty()) {
        problems.error(
            entry.value().location(),
            "rubric '" + entry.key() + "' must be a list of at least one criterion");
        continue;
      }
      List<RubricEntry> entries = criteria.readAll(((YamlNode.Sequence) entry.value()).items());
      rubrics.put(entry.key(), new DeclaredRubric(entry.key(), entries, entry.keyLocation()));
    }
    return rubrics;
  }

  private Optional<DeclaredQuestion> readQuestion(YamlNode node, String bank) {
    Optional<Fields> fields = Fields.of(node, "a question", QUESTION_KEYS, problems);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields q = fields.get();
    Optional<String> id = q.requiredId("id");
    Optional<String> category = q.requiredId("category");
    Optional<String> prompt = q.requiredText("prompt");
    Optional<Duration> time = time(q, "time");
    OptionalInt difficulty = q.integer("difficulty", 1, 5);
    List<String> tags = q.textList("tags");
    List<String> hints = q.textList("hints");
    Optional<String> modelAnswer = q.text("model_answer");
    List<String> followUps = q.textList("follow_ups");
    List<RubricEntry> rubric = criteria.readAll(q.requiredList("rubric"));
    List<Example> examples = new ArrayList<>();
    for (YamlNode item : q.list("examples")) {
      readExample(item).ifPresent(examples::add);
    }
    if (id.isEmpty() || category.isEmpty() || prompt.isEmpty()) {
      return Optional.empty();
    }
    Location at = q.keyLocation("id").orElse(q.location());
    if (!q.has("model_answer")) {
      problems.warning(
          at,
          "question '"
              + id.get()
              + "' has no model_answer, so a candidate has nothing to compare with");
    }
    if (!q.has("examples")) {
      problems.warning(
          at, "question '" + id.get() + "' has no examples, so validate cannot test its rubric");
    }
    Placeholders.check(q, id.get(), problems);
    Question question =
        new Question(
            id.get(),
            bank,
            category.get(),
            prompt.get(),
            time,
            difficulty,
            tags,
            hints,
            modelAnswer,
            followUps,
            new Rubric(List.of()),
            examples,
            at);
    return Optional.of(new DeclaredQuestion(question, rubric));
  }

  private Optional<Example> readExample(YamlNode node) {
    Optional<Fields> fields = Fields.of(node, "an example", EXAMPLE_KEYS, problems);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields e = fields.get();
    Optional<String> answer = e.requiredText("answer");
    Optional<String> why = e.text("why");
    Optional<Expect> expect = Optional.empty();
    Optional<YamlNode> expectNode = e.node("expect");
    if (expectNode.isEmpty()) {
      problems.error(
          e.location(),
          "an example needs 'expect', the range its score must fall in (e.g. 70-100)");
    } else {
      YamlNode n = expectNode.get();
      String text = n instanceof YamlNode.Scalar ? ((YamlNode.Scalar) n).text() : "";
      expect = Expect.parse(text);
      if (expect.isEmpty()) {
        problems.error(
            n.location(),
            "'expect' must be a range on the 0-100 scale written 'A-B', '>= A' or '<= B' (quote it when it starts with > or <), not "
                + n.describe());
      }
    }
    if (answer.isEmpty() || expect.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Example(answer.get(), expect.get(), why, e.location()));
  }

  private Optional<DeclaredLoop> readLoop(YamlNode node, String bank) {
    Optional<Fields> fields = Fields.of(node, "a loop", LOOP_KEYS, problems);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields l = fields.get();
    Optional<String> id = l.requiredId("id");
    Optional<String> title = l.requiredText("title");
    List<DeclaredRound> rounds = new ArrayList<>();
    for (YamlNode item : l.requiredList("rounds")) {
      readRound(item).ifPresent(rounds::add);
    }
    OptionalDouble pass = l.number("pass", 0, false, 100);
    Optional<Panel> panel = l.node("panel").flatMap(n -> readPanel(n, pass));
    if (!l.has("pass") && !l.has("panel")) {
      problems.error(
          l.location(), "a loop needs 'pass' (the average to reach), a 'panel', or both");
    }
    if (id.isEmpty() || title.isEmpty()) {
      return Optional.empty();
    }
    Loop loop =
        new Loop(
            id.get(),
            bank,
            title.get(),
            rounds.stream().map(DeclaredRound::round).toList(),
            pass,
            panel,
            l.keyLocation("id").orElse(l.location()));
    return Optional.of(new DeclaredLoop(loop, rounds));
  }

  private Optional<DeclaredRound> readRound(YamlNode node) {
    Optional<Fields> fields = Fields.of(node, "a round", ROUND_KEYS, problems);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields r = fields.get();
    Optional<String> name = r.requiredText("name");
    List<DeclaredFile.Item> categories = sources(r, "categories", "category");
    List<DeclaredFile.Item> tags = sources(r, "tags", "tag");
    if (!r.has("categories") && !r.has("tags")) {
      problems.error(
          r.location(),
          "a round needs 'categories', 'tags' or both: what its questions are drawn from");
    }
    OptionalInt questions = r.requiredInteger("questions", 1, 1000);
    Optional<Duration> time = time(r, "time");
    OptionalDouble gate = r.number("gate", 0, false, 100);
    double weight = r.number("weight", 0, true, Double.MAX_VALUE).orElse(1);
    if (name.isEmpty() || questions.isEmpty()) {
      return Optional.empty();
    }
    Round round =
        new Round(
            name.get(),
            categories.stream().map(DeclaredFile.Item::id).toList(),
            tags.stream().map(DeclaredFile.Item::id).toList(),
            questions.getAsInt(),
            time,
            gate,
            weight,
            r.location());
    return Optional.of(new DeclaredRound(round, categories, tags, r.valueLocation("questions")));
  }

  /** A round's {@code categories} or {@code tags}: a list of at least one id, when present. */
  private static List<DeclaredFile.Item> sources(Fields r, String key, String one) {
    Optional<YamlNode> node = r.node(key);
    if (node.isEmpty()) {
      return List.of();
    }
    if (node.get() instanceof YamlNode.Sequence
        && ((YamlNode.Sequence) node.get()).items().isEmpty()) {
      r.error(node.get().location(), "'" + key + "' needs at least one " + one);
    }
    return r.idItems(key);
  }

  private Optional<Panel> readPanel(YamlNode node, OptionalDouble pass) {
    Optional<Fields> fields = Fields.of(node, "a panel", PANEL_KEYS, problems);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields p = fields.get();
    OptionalInt votes = p.requiredInteger("votes", 1, 1000);
    List<Reviewer> reviewers = new ArrayList<>();
    for (YamlNode item : p.requiredList("reviewers")) {
      Fields.of(item, "a reviewer", REVIEWER_KEYS, problems)
          .ifPresent(
              r -> {
                Optional<String> name = r.requiredText("name");
                List<String> focus = r.idList("focus");
                // Without its own bar a reviewer holds the loop's pass mark, else the band "solid"
                // starts.
                double bar = r.number("bar", 0, false, 100).orElse(pass.orElse(DEFAULT_BAR));
                name.ifPresent(n -> reviewers.add(new Reviewer(n, focus, bar)));
              });
    }
    int listed = p.list("reviewers").size();
    if (votes.isPresent() && votes.getAsInt() > listed) {
      problems.error(
          p.valueLocation("votes"),
          "the panel needs "
              + votes.getAsInt()
              + " votes but has only "
              + listed
              + " reviewer"
              + (listed == 1 ? "" : "s"));
    }
    if (votes.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Panel(votes.getAsInt(), reviewers));
  }

  private Optional<Duration> time(Fields fields, String key) {
    Optional<YamlNode> node = fields.node(key);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    YamlNode n = node.get();
    if (n instanceof YamlNode.Scalar
        && ((YamlNode.Scalar) n).type() == YamlNode.Scalar.Type.STRING) {
      Optional<Duration> d = Durations.parse(((YamlNode.Scalar) n).text());
      if (d.isPresent()) {
        return d;
      }
    }
    String hint =
        n instanceof YamlNode.Scalar
                && ((YamlNode.Scalar) n).isNumber()
                && Double.isFinite(((YamlNode.Scalar) n).number())
                && ((YamlNode.Scalar) n).number() > 0
            ? "; a bare number is ambiguous: write "
                + Fields.format(((YamlNode.Scalar) n).number())
                + "s or "
                + Fields.format(((YamlNode.Scalar) n).number())
                + "m"
            : "";
    problems.error(
        n.location(),
        "'" + key + "' must be a time such as 90s, 6m, 1m30s or 1h, not " + n.describe() + hint);
    return Optional.empty();
  }
}
