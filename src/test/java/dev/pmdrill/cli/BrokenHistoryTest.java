package dev.pmdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pmdrill.bank.Question;
import dev.pmdrill.history.HistoryStore;
import dev.pmdrill.session.Attempt;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A history that cannot be read or written: every command that reads it says which file and what to
 * do, with no stack trace; nothing typed is lost; the candidate's files are private.
 */
class BrokenHistoryTest {
  private static final List<List<String>> READERS =
      List.of(
          List.of("history"),
          List.of("history", "show", "1"),
          List.of("stats"),
          List.of("export", "--format", "csv"),
          List.of("report", "--html", "r.html"));

  @TempDir Path dir;

  private Map<String, String> env() {
    Map<String, String> env = new HashMap<>(CliRun.scratchEnvironment(dir.resolve("scratch")));
    env.put("NO_COLOR", "1");
    return env;
  }

  private CliRun run(Path dataDir, List<String> args) {
    List<String> all = new java.util.ArrayList<>(args);
    all.add("--data-dir");
    all.add(dataDir.toString());
    return CliRun.run(dir, env(), all.toArray(new String[0]));
  }

  private static void noTrace(CliRun run) {
    assertThat(run.out() + run.err())
        .doesNotContain("Exception")
        .doesNotContain("\tat ")
        .doesNotContain("No attempts yet");
  }

  @Test
  void aFolderWhereTheFileShouldBeIsNamedWithWhatToDo() throws IOException {
    Path data = Files.createDirectories(dir.resolve("data/history.db")).getParent();
    for (List<String> args : READERS) {
      CliRun run = run(data, args).expectCode(ExitCode.ERRORS);
      noTrace(run);
      assertThat(run.err())
          .as(String.join(" ", args))
          .contains(data.resolve("history.db").toString())
          .contains("or name another folder with --data-dir");
    }
  }

  @Test
  void aDataDirectoryThatIsAFileIsNamedWithWhatToDo() throws IOException {
    Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
    for (List<String> args : READERS) {
      CliRun run = run(file, args).expectCode(ExitCode.ERRORS);
      noTrace(run);
      assertThat(run.err()).contains("a file is in the way of a folder");
    }
  }

  private Path historyWithAttempts() {
    Path data = dir.resolve("data");
    CliRun.runWithInput(
            dir,
            env(),
            "Revenue per visitor.\n---\nConversion rate.\n---\nOrder value.",
            "drill",
            "-n",
            "3",
            "--seed",
            "3",
            "--data-dir",
            data.toString())
        .expectCode(ExitCode.OK);
    return data;
  }

  @Test
  void pagesOverwrittenInTheMiddleGiveAMessageNotATrace() throws IOException {
    Path data = historyWithAttempts();
    // Fold the write-ahead log in first, so the damage is in the file itself.
    try (HistoryStore store = HistoryStore.open(data, Clock.systemUTC())) {
      assertThat(store.count()).isEqualTo(3);
    }
    try (RandomAccessFile f = new RandomAccessFile(data.resolve("history.db").toFile(), "rw")) {
      f.seek(4096);
      f.write(new byte[(int) Math.min(f.length() - 4096, 40_000)]);
      f.seek(4096 * 2);
      byte[] junk = new byte[8192];
      java.util.Arrays.fill(junk, (byte) 0xff);
      f.write(junk);
    }
    for (List<String> args : READERS) {
      CliRun run = run(data, args);
      noTrace(run);
      if (run.code() != ExitCode.OK) {
        assertThat(run.err()).contains("history").contains("--data-dir");
      }
    }
  }

  @Test
  void aFileThatIsNotAHistoryIsMovedAsideWithAWordAndExportFails() throws IOException {
    for (List<String> args : READERS) {
      Path data = Files.createDirectories(dir.resolve("data-" + args.hashCode()));
      Files.writeString(data.resolve("history.db"), "this is not a database at all, ".repeat(100));
      CliRun run = run(data, args);
      assertThat(run.err()).as(String.join(" ", args)).contains("it was moved to " + data);
      assertThat(run.out() + run.err()).doesNotContain("Exception");
      if (args.get(0).equals("export")) {
        assertThat(run.code()).isEqualTo(ExitCode.ERRORS);
        assertThat(run.out()).isEmpty();
      }
    }
  }

  @Test
  void aScriptedDrillWhoseAttemptCannotBeStoredKeepsItAndExitsOne() throws IOException {
    Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
    CliRun run =
        CliRun.runWithInput(
                dir,
                env(),
                "My answer must not be lost.",
                "drill",
                "-c",
                "metrics",
                "--seed",
                "1",
                "--data-dir",
                file.toString())
            .expectCode(ExitCode.ERRORS);
    assertThat(run.err()).contains("the answers are kept in");
    Path state = Path.of(env().get("PMDRILL_STATE"));
    try (var kept = Files.list(state)) {
      assertThat(kept.map(p -> readQuietly(p)).anyMatch(t -> t.contains("must not be lost")))
          .isTrue();
    }
  }

  private static String readQuietly(Path p) {
    try {
      return Files.isRegularFile(p) ? Files.readString(p) : "";
    } catch (IOException e) {
      return "";
    }
  }

  @Test
  void aHistoryDeletedWhileOpenIsStartedAgainAndSaysSo() throws IOException {
    Path data = dir.resolve("data");
    StringWriter err = new StringWriter();
    Context context =
        new Context(
            java.io.InputStream.nullInputStream(),
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true),
            false,
            env(),
            dir,
            Tty.none(),
            CliRun.BUILT_INS,
            new ColorChoice(),
            java.time.Clock.systemUTC());
    HistoryOptions options = new HistoryOptions();
    options.dataDir = data.toString();
    Question q = context.builtIns().catalog().questions().get(0);
    try (Recorder recorder = new Recorder(context, options)) {
      recorder.record(
          Attempt.answered(q, "first answer", Duration.ofSeconds(5)),
          "drill",
          Optional.empty(),
          Optional.empty());
      Files.delete(data.resolve("history.db"));
      Files.deleteIfExists(data.resolve("history.db-wal"));
      Files.deleteIfExists(data.resolve("history.db-shm"));
      recorder.record(
          Attempt.answered(q, "second answer", Duration.ofSeconds(5)),
          "drill",
          Optional.empty(),
          Optional.empty());
      assertThat(recorder.lostAny()).isFalse();
    }
    assertThat(err.toString()).contains("was removed while pmdrill ran");
    try (HistoryStore store = HistoryStore.open(data, Clock.systemUTC())) {
      assertThat(store.count()).isEqualTo(1);
      assertThat(store.attempts(1).get(0).attempt().answer()).isEqualTo("second answer");
    }
  }

  @Test
  void theCandidatesFilesArePrivate() throws IOException {
    assumeTrue(
        java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
        "the file system has no POSIX permissions");
    Path data = historyWithAttempts();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data)))
        .isEqualTo("rwx------");
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(data.resolve("history.db"))))
        .isEqualTo("rw-------");
  }
}
