package dev.pmdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged jar as a separate process, as a user or CI would, in a scratch folder with its
 * own home and NO_COLOR, and checks exit code, stdout and stderr apart.
 */
class PmdrillJarIT {
  private static Path jar;

  @TempDir Path dir;

  record Result(int code, String out, String err) {}

  @BeforeAll
  static void findJar() {
    jar = Path.of(System.getProperty("pmdrill.jar", "target/pmdrill.jar")).toAbsolutePath();
    assertThat(jar).exists();
  }

  private Result run(String stdin, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(javaBinary()));
    command.addAll(LAUNCHER_OPTIONS);
    command.addAll(List.of("-jar", jar.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    ownFolders(pb);
    pb.environment().put("NO_COLOR", "1");
    Path out = dir.resolve(".stdout");
    Path err = dir.resolve(".stderr");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("pmdrill finished").isTrue();
    return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  /**
   * The process gets this test's folder as its home and none of the user's XDG or pmdrill folders,
   * so it reads and writes only there whatever the environment of the build.
   */
  private void ownFolders(ProcessBuilder pb) {
    pb.environment().keySet().removeIf(k -> k.startsWith("XDG_") || k.startsWith("PMDRILL_"));
    pb.environment().put("HOME", dir.toString());
  }

  @Test
  void theUsersOwnFoldersAreNeverTouched() throws Exception {
    // The build sets XDG_DATA_HOME and XDG_STATE_HOME to folders of its own (see pom.xml), as a
    // user who has them set would; a run must keep to this test's folder all the same.
    List<Path> users = new ArrayList<>();
    for (String name : List.of("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")) {
      String value = System.getenv(name);
      if (value != null && !value.isBlank()) {
        users.add(Path.of(value, "pmdrill"));
      }
    }
    org.junit.jupiter.api.Assumptions.assumeFalse(
        users.isEmpty(), "the build sets no XDG folders to watch");
    Result drill = run("Revenue per visitor decides it.", "drill", "-c", "metrics", "--seed", "1");
    assertThat(drill.code()).as(drill.err()).isZero();
    assertThat(run("", "stats").out()).contains("Attempts: 1");
    for (Path user : users) {
      assertThat(user).as("the user's folder").doesNotExist();
    }
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /**
   * The JVM options the {@code pmdrill} launcher starts the jar with: C1 only, the serial
   * collector. A short run then spends about half the CPU it does with the JVM's defaults, which is
   * most of these suites' time.
   */
  static final List<String> LAUNCHER_OPTIONS =
      List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData");

  @Test
  void versionAndHelp() throws Exception {
    Result version = run("", "--version");
    assertThat(version.code()).isZero();
    assertThat(version.out()).startsWith("pmdrill ");
    Result help = run("", "--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("Usage: pmdrill").contains("validate");
    assertThat(help.err()).isEmpty();
  }

  /** Of Lucene the jar carries Snowball's stemmers alone: the stemming stage needs nothing else. */
  @Test
  void theJarCarriesSnowballAndNoOtherLuceneClass() throws Exception {
    List<String> lucene = new ArrayList<>();
    List<String> snowball = new ArrayList<>();
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
      zip.stream()
          .map(java.util.zip.ZipEntry::getName)
          .forEach(
              name -> {
                if (name.startsWith("org/apache/lucene/")) {
                  lucene.add(name);
                } else if (name.startsWith("org/tartarus/snowball/")) {
                  snowball.add(name);
                }
              });
    }
    assertThat(lucene).isEmpty();
    assertThat(snowball).contains("org/tartarus/snowball/ext/EnglishStemmer.class");
    // and stemming works from the jar: "experiments" meets the rubric term "experiment"
    Files.writeString(
        dir.resolve("bank.yaml"),
        "format: 1\nbank: b\ntitle: B\nquestions:\n  - id: q\n    category: c\n    prompt: P\n"
            + "    model_answer: x\n    examples: [{answer: x, expect: '0-100'}]\n    rubric:\n"
            + "      - concept: Tests\n        any: [experiment]\n");
    Result r = run("We ran two experiments.", "score", "--bank", "bank.yaml", "--question", "q");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("experiments");
  }

  @Test
  void validateTheBuiltInBanksFromTheJar() throws Exception {
    // the built-in banks' remaining problems are the listed debt that BuiltInBanksTest holds
    Result r = run("", "validate");
    String all = r.out() + r.err();
    assertThat(all).containsPattern("validated \\d+ files, \\d+ questions, 3 loops: \\d+ errors?");
    assertThat(r.code()).as(r.err()).isEqualTo(all.contains(": 0 errors") ? 0 : 1);
    assertThat(r.err().lines().filter(l -> !l.startsWith("validated ")))
        .allMatch(l -> l.matches("\\S+:\\d+:\\d+: (error|warning): .*"));
  }

  @Test
  void aBrokenBankGivesLineAndColumnOnStderrAndExitOne() throws Exception {
    Files.writeString(
        dir.resolve("bank.yaml"),
        "format: 1\nbank: b\ntitle: B\nquestions:\n  - id: q\n    category: c\n    prompt: P\n    modelanswer: x\n    rubric:\n      - quantified: n\n");
    Result r = run("", "validate", "bank.yaml");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .contains(
            "bank.yaml:8:5: error: unknown key 'modelanswer' in a question; did you mean 'model_answer'?")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void usageErrorsExitTwoWithoutAStackTrace() throws Exception {
    Result missing = run("", "validate", "nope.yaml");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err())
        .contains("no such file or folder: nope.yaml")
        .doesNotContain("Exception");
    Result option = run("", "--no-such-option");
    assertThat(option.code()).isEqualTo(2);
  }

  @Test
  void twoProcessesRecordingAtOnceLoseNoAttempt() throws Exception {
    String answers =
        String.join(
            "\n---\n", java.util.Collections.nCopies(30, "Revenue per visitor decides it."));
    List<Process> processes = new ArrayList<>();
    for (int seed = 1; seed <= 2; seed++) {
      List<String> command = new ArrayList<>(List.of(javaBinary()));
      command.addAll(LAUNCHER_OPTIONS);
      command.addAll(
          List.of(
              "-jar",
              jar.toString(),
              "drill",
              "-n",
              "30",
              "--seed",
              String.valueOf(seed),
              "--data-dir",
              dir.resolve("data").toString(),
              "--format",
              "json"));
      ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
      ownFolders(pb);
      pb.redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(dir.resolve("err" + seed).toFile());
      Process p = pb.start();
      p.getOutputStream().write(answers.getBytes(StandardCharsets.UTF_8));
      p.getOutputStream().close();
      processes.add(p);
    }
    for (Process p : processes) {
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue())
          .as(Files.readString(dir.resolve("err" + (processes.indexOf(p) + 1))))
          .isZero();
    }
    Result stats = run("", "stats", "--data-dir", dir.resolve("data").toString());
    assertThat(stats.out()).contains("Attempts: 60");
  }

  @Test
  void aDataDirectoryThatCannotBeWrittenKeepsTheAnswersAsDrafts() throws Exception {
    // A file where the folder should be fails for every user, root included.
    Path blocked = dir.resolve("not-a-folder");
    Files.writeString(blocked, "in the way");
    Result r =
        run(
            "My answer must not be lost.",
            "drill",
            "-c",
            "metrics",
            "--seed",
            "1",
            "--data-dir",
            blocked.toString());
    assertThat(r.code()).as("a scripted drill whose attempt was not stored fails").isEqualTo(1);
    assertThat(r.err()).contains("history is not kept").contains("the answers are kept in");
    try (var drafts = Files.list(dir.resolve(".local/state/pmdrill"))) {
      Path kept =
          drafts
              .filter(p -> p.getFileName().toString().startsWith("draft-"))
              .findFirst()
              .orElseThrow();
      assertThat(Files.readString(kept)).contains("My answer must not be lost.");
    }
  }

  @Test
  void jsonGoesToStdoutForMachines() throws Exception {
    Files.writeString(dir.resolve("b.yaml"), "format: 1\nbank: b\n");
    Result r = run("", "validate", "--format", "json", "b.yaml");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out())
        .contains("\"line\" : 1")
        .contains("\"message\" : \"a bank file needs 'title'\"");
  }

  private static String sample(String name) {
    return Path.of("docs/examples", name).toAbsolutePath().toString();
  }

  @Test
  void reviewsTheSampleStoriesAndPacketsAsJson() throws Exception {
    Result stories = run("", "stories", sample("stories.md"), "--format", "json");
    assertThat(stories.code()).as(stories.err()).isZero();
    assertThat(stories.out())
        .contains("\"coverage\"")
        .contains("\"gaps\"")
        .contains("\"rework_first\"");
    Result strong = run("", "packet", sample("packet-staff.md"), "--format", "json");
    assertThat(strong.code()).as(strong.err()).isZero();
    assertThat(strong.out()).contains("\"approved\" : true");
    Result weak = run("", "packet", sample("packet-execution.md"));
    assertThat(weak.code()).as(weak.err()).isZero();
    assertThat(weak.out()).contains("not approved").contains("Execution only");
  }

  @Test
  void aCacheThatCannotBeWrittenStillLetsHistoryWork() throws Exception {
    // A file where the cache folder should be: no folder can be made there, even by root.
    Path cache = dir.resolve("not-a-folder");
    Files.writeString(cache, "x");
    Result r = runWithEnv("XDG_CACHE_HOME", cache.toString(), "stats");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("No attempts yet");
  }

  private Result runWithEnv(String name, String value, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(javaBinary()));
    command.addAll(LAUNCHER_OPTIONS);
    command.addAll(List.of("-jar", jar.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    ownFolders(pb);
    pb.environment().put("NO_COLOR", "1");
    pb.environment().put(name, value);
    pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    Path out = dir.resolve(".stdout2");
    Path err = dir.resolve(".stderr2");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("pmdrill finished").isTrue();
    return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  @Test
  void aFileWithoutStoriesIsOneLineWithItsPlaceAndExitOne() throws Exception {
    Files.writeString(dir.resolve("mine.md"), "# My stories\n\nNothing written yet.\n");
    Result r = run("", "stories", "mine.md");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("mine.md:1:1: error: no stories found");
  }

  @Test
  void aRehearsedStoryGoesToHistoryStatsExportAndTheReport() throws Exception {
    String answer =
        "Last year I owned the live-stream tab for home goods. My goal was 20% of GMV. I stopped it"
            + " after five months when I saw conversion stuck at 0.4%, and I moved the team to"
            + " short videos. As a result GMV from video grew 35% in a quarter.";
    Result drill = run(answer, "drill", "--story", "1", "--from", sample("stories.md"));
    assertThat(drill.code()).as(drill.err()).isZero();
    assertThat(drill.out()).contains("story:");
    Result stats = run("", "stats");
    assertThat(stats.out()).contains("story");
    try (var cached = Files.walk(dir.resolve(".cache/pmdrill"))) {
      assertThat(cached.map(p -> p.getFileName().toString()))
          .as("SQLite's library is kept in the cache, not copied out of the jar on every start")
          .contains("libsqlitejdbc.so");
    }
    Result export = run("", "export", "--format", "csv");
    assertThat(export.out()).contains("story:").contains(",story,");
    Result report = run("", "report", "--html", "r.html");
    assertThat(report.code()).as(report.err()).isZero();
    assertThat(Files.readString(dir.resolve("r.html"))).contains("Your stories and packet");
  }
}
