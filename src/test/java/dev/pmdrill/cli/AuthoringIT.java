package dev.pmdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bank author's path, run against the packaged jar: from an empty folder to a checked bank, the
 * pre-commit hook on a scratch git repository, and every CI command docs/authoring.md shows.
 */
class AuthoringIT {
  private static Path jar;
  private static final Path SAMPLE = Path.of("src/test/resources/golden/calibrate/team.yaml");

  /** A second question as an author writes it into the scaffold 'new question' added. */
  private static final Path PRICING = Path.of("src/test/resources/authoring/pricing-1.yaml");

  private static final String BROKEN =
      "format: 1\nbank: broken\ntitle: Broken\nquestions:\n  - id: q\n    category: c\n"
          + "    prompt: P\n    modelanswer: x\n    rubric:\n      - quantified: n\n";

  @TempDir Path dir;

  record Result(int code, String out, String err) {}

  @BeforeAll
  static void findJar() {
    jar = Path.of(System.getProperty("pmdrill.jar", "target/pmdrill.jar")).toAbsolutePath();
    assertThat(jar).exists();
  }

  @Test
  void fromAnEmptyFolderToACleanBankAndItsCalibration() throws Exception {
    Result made = pmdrill(dir, "new", "bank", "team");
    assertThat(made.code()).as(made.err()).isZero();
    assertThat(made.out()).contains("created team/team.yaml");
    Result placeholders = pmdrill(dir, "validate", "team");
    assertThat(placeholders.code()).isZero();
    assertThat(placeholders.err()).contains("0 errors, 7 warnings").contains(":22:19: warning:");

    // The author writes every TODO: the sample bank is this scaffold with its TODO lines written,
    // so each placeholder line takes the sample's line at the same place.
    List<String> sample = Files.readAllLines(SAMPLE);
    List<String> scaffold = Files.readAllLines(dir.resolve("team/team.yaml"));
    assertThat(scaffold).hasSameSizeAs(sample);
    Map<String, String> writtenFor = new LinkedHashMap<>();
    for (int i = 0; i < sample.size(); i++) {
      if (scaffold.get(i).strip().startsWith("TODO")
          || scaffold.get(i).strip().startsWith("- TODO")) {
        writtenFor.put(scaffold.get(i), sample.get(i));
      }
    }
    assertThat(writtenFor).hasSize(7);
    String written =
        String.join("\n", scaffold.stream().map(l -> writtenFor.getOrDefault(l, l)).toList())
            + "\n";
    assertThat(written).doesNotContain("TODO");
    Files.writeString(dir.resolve("team/team.yaml"), written);
    // Filled in as docs/authoring.md says, the scaffold is clean: no error, and none of bank
    // format revision 2's gaming attempts gets past its rubric.
    Result filled = pmdrill(dir, "validate", "team");
    assertThat(filled.code()).as(filled.err()).isZero();
    assertThat((filled.out() + filled.err()).strip())
        .isEqualTo("validated 1 file, 1 question, 0 loops: 0 errors, 0 warnings");

    Result added = pmdrill(dir, "new", "question", "--bank", "team/team.yaml", "-c", "pricing");
    assertThat(added.code()).as(added.err()).isZero();
    assertThat(added.out()).contains("added question 'pricing-1'");
    Result more = pmdrill(dir, "validate", "team");
    assertThat(more.err()).contains("0 errors, 7 warnings").contains(":83:13: warning:");
    // The second question is the author's own: its prompt, terms, examples and grades.
    String withQuestion = Files.readString(dir.resolve("team/team.yaml"));
    written =
        withQuestion.substring(0, withQuestion.indexOf("  - id: pricing-1"))
            + Files.readString(PRICING);
    Files.writeString(dir.resolve("team/team.yaml"), written);
    Result clean = pmdrill(dir, "validate", "team");
    assertThat(clean.code()).as(clean.err()).isZero();
    assertThat((clean.out() + clean.err()).strip())
        .isEqualTo("validated 1 file, 2 questions, 0 loops: 0 errors, 0 warnings");

    Result calibrated = pmdrill(dir, "calibrate", "team");
    assertThat(calibrated.code()).as(calibrated.err()).isZero();
    assertThat(calibrated.out())
        .contains("general-1 (general)")
        .contains("example  grade  expect     score")
        .contains("criterion")
        .contains("strong")
        .contains("pricing-1 (pricing)")
        .contains("total, 1 file, 2 questions: in-range 6/6");
    Result json = pmdrill(dir, "calibrate", "--format", "json", "team");
    assertThat(new ObjectMapper().readTree(json.out()).path("total").path("examples").asInt())
        .isEqualTo(6);
    assertThat(written.lines().findFirst())
        .hasValue("# yaml-language-server: $schema=./pmdrill-bank.schema.json");
    assertThat(dir.resolve("team/pmdrill-bank.schema.json")).exists();
  }

  /**
   * pre-commit's convention for a hook of {@code language: script}: the staged files that match
   * {@code files} and not {@code exclude} are passed as arguments to {@code entry}, whose first
   * word is a path in the hook's repository ({@code pmdrill}, the launcher, which runs this jar),
   * from the root of the repository being committed to.
   */
  @Test
  void thePreCommitHookValidatesTheStagedBankFiles() throws Exception {
    JsonNode hooks = new YAMLMapper().readTree(Path.of(".pre-commit-hooks.yaml").toFile());
    assertThat(hooks).hasSize(1);
    JsonNode hook = hooks.get(0);
    assertThat(hook.path("id").asText()).isEqualTo("pmdrill-validate");
    assertThat(hook.path("language").asText()).isEqualTo("script");
    assertThat(hook.path("require_serial").asBoolean()).isTrue();
    List<String> entry = Arrays.asList(hook.path("entry").asText().split(" "));
    assertThat(entry.get(0)).isEqualTo("pmdrill");
    assertThat(Path.of(entry.get(0))).isExecutable();

    Path repo = gitRepo();
    Files.createDirectories(repo.resolve("banks"));
    Files.createDirectories(repo.resolve(".github/workflows"));
    Files.copy(SAMPLE, repo.resolve("banks/team.yaml"));
    Files.writeString(repo.resolve(".github/workflows/banks.yml"), "on: push\njobs: {}\n");
    Files.writeString(repo.resolve("README.md"), "banks\n");
    git(repo, "add", "-A");
    List<String> staged = selected(hook, git(repo, "diff", "--cached", "--name-only"));
    assertThat(staged).containsExactly("banks/team.yaml");
    Result ok = hookRun(repo, entry, staged);
    assertThat(ok.code()).as(ok.err()).isZero();
    git(repo, "commit", "-q", "-m", "a bank");

    Files.writeString(repo.resolve("banks/broken.yaml"), BROKEN);
    git(repo, "add", "-A");
    staged = selected(hook, git(repo, "diff", "--cached", "--name-only"));
    assertThat(staged).containsExactly("banks/broken.yaml");
    Result refused = hookRun(repo, entry, staged);
    assertThat(refused.code()).isEqualTo(ExitCode.ERRORS);
    assertThat(refused.err())
        .contains(
            "banks/broken.yaml:8:5: error: unknown key 'modelanswer' in a question; did you mean"
                + " 'model_answer'?");
  }

  /** The same hook definition run by pre-commit itself, where it is installed. */
  @Test
  void preCommitItselfRunsTheHookDefinition() throws Exception {
    assumeThat(onPath("pre-commit")).as("pre-commit is installed").isTrue();
    JsonNode hook = new YAMLMapper().readTree(Path.of(".pre-commit-hooks.yaml").toFile()).get(0);
    Path repo = gitRepo();
    Files.createDirectories(repo.resolve("banks"));
    Files.copy(SAMPLE, repo.resolve("banks/team.yaml"));
    Files.writeString(repo.resolve("banks/broken.yaml"), BROKEN);
    // The hook as published, except that the entry runs this jar instead of a fresh checkout's
    // launcher (which would build pmdrill again): pre-commit still picks and passes the files.
    String config =
        "repos:\n  - repo: local\n    hooks:\n      - id: "
            + hook.path("id").asText()
            + "\n        name: "
            + hook.path("name").asText()
            + "\n        entry: "
            + javaBinary()
            + " -jar "
            + jar
            + " validate\n        language: system\n        files: '"
            + hook.path("files").asText()
            + "'\n        exclude: '"
            + hook.path("exclude").asText()
            + "'\n        require_serial: true\n";
    Files.writeString(repo.resolve(".pre-commit-config.yaml"), config);
    git(repo, "add", "-A");
    Result refused = run(repo, List.of("pre-commit", "run", "--color", "never"));
    assertThat(refused.code()).as(refused.out() + refused.err()).isEqualTo(1);
    assertThat(refused.out())
        .contains("banks/broken.yaml:8:5: error: unknown key 'modelanswer'")
        .doesNotContain(".pre-commit-config.yaml:");
    Files.delete(repo.resolve("banks/broken.yaml"));
    git(repo, "add", "-A");
    Result passed = run(repo, List.of("pre-commit", "run", "--color", "never"));
    assertThat(passed.code()).as(passed.out() + passed.err()).isZero();
    assertThat(passed.out()).contains("Passed");
  }

  /**
   * Every {@code pmdrill/pmdrill ...} command in docs/authoring.md's CI examples, run as written
   * (the launcher replaced by this jar) on a sample bank in {@code banks/}: clean, then broken.
   */
  @Test
  void theCiCommandsOfTheAuthoringGuidePassOnASampleBankAndFailOnABrokenOne() throws Exception {
    Map<String, List<String>> commands = ciCommands();
    assertThat(commands.keySet())
        .contains(
            "validate --format github banks/",
            "validate --format junit banks/",
            "validate --format sarif banks/",
            "calibrate banks/");
    Files.createDirectories(dir.resolve("banks"));
    Files.copy(SAMPLE, dir.resolve("banks/team.yaml"));
    for (Map.Entry<String, List<String>> c : commands.entrySet()) {
      Result r = pmdrill(dir, c.getValue().toArray(new String[0]));
      assertThat(r.code()).as("%s\n%s", c.getKey(), r.err()).isZero();
    }
    Result junitClean =
        pmdrill(dir, commands.get("validate --format junit banks/").toArray(new String[0]));
    assertThat(junitClean.out()).contains("tests=\"1\" failures=\"0\"");

    Files.writeString(dir.resolve("banks/broken.yaml"), BROKEN);
    Result github =
        pmdrill(dir, commands.get("validate --format github banks/").toArray(new String[0]));
    assertThat(github.code()).isEqualTo(ExitCode.ERRORS);
    assertThat(github.out())
        .contains("::error file=banks/broken.yaml,line=8,col=5::unknown key 'modelanswer'");
    Result junit =
        pmdrill(dir, commands.get("validate --format junit banks/").toArray(new String[0]));
    assertThat(junit.code()).isEqualTo(ExitCode.ERRORS);
    var xml =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new java.io.ByteArrayInputStream(junit.out().getBytes(StandardCharsets.UTF_8)));
    assertThat(xml.getDocumentElement().getAttribute("tests")).isEqualTo("2");
    assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo("1");
    Result sarif =
        pmdrill(dir, commands.get("validate --format sarif banks/").toArray(new String[0]));
    assertThat(sarif.code()).isEqualTo(ExitCode.ERRORS);
    JsonNode result = null;
    for (JsonNode r :
        new ObjectMapper().readTree(sarif.out()).path("runs").get(0).path("results")) {
      if (r.path("level").asText().equals("error")) {
        result = r;
      }
    }
    assertThat(result).isNotNull();
    assertThat(result.path("ruleId").asText()).isEqualTo("unknown-key");
    assertThat(
            result
                .path("locations")
                .get(0)
                .path("physicalLocation")
                .path("artifactLocation")
                .path("uri")
                .asText())
        .isEqualTo("banks/broken.yaml");
    Result calibrate = pmdrill(dir, commands.get("calibrate banks/").toArray(new String[0]));
    assertThat(calibrate.code()).isEqualTo(ExitCode.ERRORS);
    assertThat(calibrate.out()).contains("banks/team.yaml");
  }

  /** The pmdrill commands of the guide's CI examples, without redirections: text to arguments. */
  private static Map<String, List<String>> ciCommands() throws IOException {
    Map<String, List<String>> commands = new LinkedHashMap<>();
    Pattern command = Pattern.compile("(?:run:|-)\\s+pmdrill/pmdrill\\s+(.*)");
    for (String line : Files.readAllLines(Path.of("docs/authoring.md"))) {
      var m = command.matcher(line.strip());
      if (m.matches()) {
        String args = m.group(1).replaceAll("\\s*(\\|\\|.*|>.*)$", "").strip();
        commands.put(args, List.of(args.split("\\s+")));
      }
    }
    return commands;
  }

  private static List<String> selected(JsonNode hook, String stagedNames) {
    Pattern files = Pattern.compile(hook.path("files").asText());
    Pattern exclude = Pattern.compile(hook.path("exclude").asText());
    return stagedNames
        .lines()
        .filter(f -> files.matcher(f).find() && !exclude.matcher(f).find())
        .toList();
  }

  /** The hook's entry as pre-commit runs it: the launcher is this jar, then the file names. */
  private Result hookRun(Path repo, List<String> entry, List<String> files) throws Exception {
    List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", jar.toString()));
    command.addAll(entry.subList(1, entry.size()));
    command.addAll(files);
    return run(repo, command);
  }

  private Path gitRepo() throws Exception {
    Path repo = dir.resolve("repo");
    Files.createDirectories(repo);
    git(repo, "init", "-q", ".");
    git(repo, "config", "user.email", "author@example.org");
    git(repo, "config", "user.name", "Bank Author");
    git(repo, "config", "commit.gpgsign", "false");
    return repo;
  }

  private String git(Path repo, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    Result r = run(repo, command);
    assertThat(r.code()).as("git %s: %s", String.join(" ", args), r.err()).isZero();
    return r.out();
  }

  private Result pmdrill(Path workDir, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(javaBinary()));
    command.addAll(PmdrillJarIT.LAUNCHER_OPTIONS);
    command.addAll(List.of("-jar", jar.toString()));
    command.addAll(List.of(args));
    return run(workDir, command);
  }

  private Result run(Path workDir, List<String> command) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile());
    pb.environment().put("NO_COLOR", "1");
    pb.environment().put("HOME", dir.toString());
    pb.environment().put("XDG_CACHE_HOME", dir.resolve(".cache").toString());
    pb.environment().put("PRE_COMMIT_HOME", dir.resolve(".cache/pre-commit").toString());
    pb.environment().put("PMDRILL_HOME", dir.resolve(".data").toString());
    pb.environment().put("PMDRILL_STATE", dir.resolve(".state").toString());
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    pb.redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .redirectInput(ProcessBuilder.Redirect.PIPE);
    Process p = pb.start();
    p.getOutputStream().close();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
    return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    return path != null
        && Arrays.stream(path.split(java.io.File.pathSeparator))
            .anyMatch(d -> Files.isExecutable(Path.of(d, program)));
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
