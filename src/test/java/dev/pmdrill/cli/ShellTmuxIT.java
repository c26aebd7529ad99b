package dev.pmdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interactive shell in a real terminal: the packaged jar runs in a tmux pane, keys are sent
 * with send-keys and the screen is read with capture-pane. Skipped where tmux is not installed.
 */
class ShellTmuxIT {
  private static final long WAIT_MS = 15_000;

  // Deleted here rather than by JUnit: a pmdrill killed with its pane may still be writing its
  // draft for a moment after tmux returns.
  @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.NEVER)
  Path home;

  private String session;

  @BeforeEach
  void needTmux() {
    assumeTrue(
        run("tmux", "-V").startsWith("tmux"), "tmux is not installed: the terminal tests need it");
    session = "pmdrill-it-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
  }

  /** tmux on a socket of this test's own, so no other tmux server's environment leaks in. */
  private String[] tmux(String... args) {
    List<String> command = new ArrayList<>(List.of("tmux", "-L", session));
    command.addAll(List.of(args));
    return command.toArray(new String[0]);
  }

  @AfterEach
  void killSession() throws InterruptedException {
    run(tmux("kill-server"));
    for (int attempt = 0; attempt < 20; attempt++) {
      try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(home)) {
        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          java.nio.file.Files.deleteIfExists(p);
        }
        return;
      } catch (java.io.IOException | java.io.UncheckedIOException e) {
        Thread.sleep(250);
      }
    }
  }

  private void start() {
    start(100, 40);
  }

  private void start(int width, int height) {
    // The pane's shell stays after pmdrill ends (or is killed), so it can be started again there.
    String command = "cd " + home + " && " + command() + "; stty sane; exec sh";
    run(
        tmux(
            "new-session",
            "-d",
            "-s",
            session,
            "-x",
            String.valueOf(width),
            "-y",
            String.valueOf(height),
            command));
  }

  /** pmdrill with this test's folders and none of the user's. */
  private String command() {
    String jar =
        Path.of(System.getProperty("pmdrill.jar", "target/pmdrill.jar"))
            .toAbsolutePath()
            .toString();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return "unset XDG_DATA_HOME XDG_STATE_HOME XDG_CACHE_HOME XDG_CONFIG_HOME PMDRILL_HOME;"
        + " HOME="
        + home
        + " PMDRILL_STATE="
        + home.resolve("state")
        + " NO_COLOR=1 "
        + java
        + " "
        + String.join(" ", PmdrillJarIT.LAUNCHER_OPTIONS)
        + " -jar "
        + jar;
  }

  private void keys(String... keys) {
    List<String> command = new ArrayList<>(List.of(tmux("send-keys", "-t", session)));
    command.addAll(List.of(keys));
    run(command.toArray(new String[0]));
  }

  private void type(String line) {
    keys("-l", line);
    keys("Enter");
  }

  private String screen() {
    return run(tmux("capture-pane", "-p", "-S", "-400", "-t", session));
  }

  private String waitFor(Predicate<String> ready, String what) {
    long end = System.currentTimeMillis() + WAIT_MS;
    String text = "";
    while (System.currentTimeMillis() < end) {
      text = screen();
      if (ready.test(text)) {
        return text;
      }
      sleep(200);
    }
    throw new AssertionError("timed out waiting for " + what + "; the screen was:\n" + text);
  }

  @Test
  void drillWithALiveCountdownAndFeedback() {
    start();
    waitFor(s -> s.contains("pmdrill>"), "the prompt");
    type("drill -q ab-ctr-up-aov-down --time 1m");
    String first = waitFor(s -> s.contains(" left "), "the countdown");
    String clock = lastClock(first);
    type(
        "Revenue per visitor is CTR x conversion x order value: 1.10 x 0.95 = 1.045, a 4.5% lift!");
    type(
        "I would check significance and segment new and returning users, then launch with a holdout.");
    String later = waitFor(s -> !lastClock(s).equals(clock), "the countdown to change");
    assertThat(lastClock(later)).isNotEqualTo(clock);
    type(".");
    waitFor(s -> s.contains("rate your answer"), "the self-rating");
    type("4");
    String feedback = waitFor(s -> s.contains("/100"), "the feedback");
    assertThat(feedback)
        .contains("ab-ctr-up-aov-down")
        .contains("found:")
        .contains("you rated it 4/5");
    assertThat(feedback).as("'!' is text, not history expansion").contains("4.5% lift!");
  }

  @Test
  void thePacketChecklistAsksForWhatTheFrontMatterLeavesOutAndTheStoryIsRehearsed()
      throws IOException {
    Path packet = home.resolve("packet.md");
    Files.writeString(
        packet,
        "---\ntrack: staff\n---\n## Pricing\nNobody asked me. Eight months before anyone, I saw"
            + " merchants leaving over pricing; Ele.me and Fliggy adopted my template.\n");
    Files.copy(Path.of("docs/examples/stories.md"), home.resolve("stories.md"));
    start();
    waitFor(s -> s.contains("pmdrill>"), "the prompt");
    type("packet packet.md");
    waitFor(s -> s.contains("Your sponsor"), "the sponsor question");
    type("Zhang Min, CPO");
    waitFor(s -> s.contains("Since when"), "the sponsor date");
    type("2026-13-40");
    waitFor(s -> s.contains("a date is written YYYY-MM-DD"), "the date hint");
    type("2026-09-01");
    waitFor(s -> s.contains("board you are aiming for"), "the board date");
    type("");
    waitFor(s -> s.contains("Other teams"), "the adopting teams");
    type("");
    waitFor(s -> s.contains("talent-multiplier artefact"), "the artefact");
    type("");
    String review = waitFor(s -> s.contains("Readiness checklist"), "the review");
    assertThat(review).contains("Zhang Min, CPO").contains("Approved:");
    waitFor(s -> lastLine(s).startsWith("pmdrill>"), "the prompt again");
    type("drill --story coupon --from stories.md --no-timer");
    waitFor(s -> s.contains("The coupon bug on 11.11"), "the story prompt");
    type(
        "Last year I owned coupons. It was my mistake. As a result the loss stayed at 410,000 RMB.");
    type(".");
    waitFor(s -> s.contains("rate your answer"), "the self-rating");
    type("");
    String feedback = waitFor(s -> s.contains("/100"), "the feedback");
    assertThat(feedback)
        .contains("story:the-coupon-bug-on-11-11")
        .contains("Long enough to tell in 2-3 minutes");
  }

  @Test
  void offersAreAskedForFieldByFieldAndKeptAsAFile() throws IOException {
    start();
    waitFor(s -> s.contains("pmdrill>"), "the prompt");
    type("offer");
    waitFor(s -> s.contains("Company:"), "the first question");
    for (String field : List.of("Alibaba", "P7", "40k x 16", "3 months", "400k", "4 years", "")) {
      type(field);
    }
    waitFor(s -> s.contains("Another offer? [Y/n]"), "the question for another offer");
    type("");
    waitFor(s -> s.contains("Offer 2:"), "the second offer");
    for (String field : List.of("ByteDance", "", "650k", "15%", "")) {
      type(field);
    }
    waitFor(s -> s.contains("Sign-on bonus"), "the sign-on");
    type("100kk");
    waitFor(s -> s.contains("'sign-on' must be an amount in CNY"), "the sign-on rejected");
    keys("BSpace");
    keys("Enter");
    waitFor(s -> s.contains("Another offer? [y/N]"), "the question for a third offer");
    type("");
    waitFor(s -> s.contains("Save these offers"), "the offer to save");
    type("offers.yaml");
    String report = waitFor(s -> s.contains("Who leads"), "the comparison");
    assertThat(report)
        .contains("Saved: pmdrill offer offers.yaml")
        .contains("Year 1: 847,500 = base 650,000 + bonus 97,500 + sign-on 100,000");
    assertThat(Files.readString(home.resolve("offers.yaml")))
        .startsWith("offers:\n  - company: Alibaba\n")
        .contains("sign-on: 100k\n");
  }

  @Test
  void aKilledDrillIsRestoredOnTheNextStartWithItsClock() throws IOException {
    start(100, 35);
    waitFor(s -> s.contains("pmdrill>"), "the prompt");
    type("drill -q ab-ctr-up-aov-down --time 7m");
    waitFor(s -> s.contains(" left "), "the countdown");
    type("My first line survives a kill -9.");
    waitFor(s -> draft().contains("elapsed: 3"), "three seconds on the draft's clock");
    assertThat(draft()).contains("My first line survives");
    String pid = run(tmux("list-panes", "-t", session, "-F", "#{pane_pid}")).strip();
    run("pkill", "-9", "-P", pid, "java");
    // Restart in the same pane, as a user would: the killed run left its scroll region behind.
    sleep(1000);
    keys("-l", command());
    keys("Enter");
    String offer = waitFor(s -> lastLine(s).startsWith("Restore it?"), "the offer to restore");
    assertThat(offer).contains("An unfinished answer to 'ab-ctr-up-aov-down' (1 line, 3s in)");
    assertThat(lastLine(offer)).isEqualTo("Restore it? [Y/n]");
    assertThat(offer.lines().filter(l -> l.contains("pmdrill - drill interview")).toList())
        .as("the banner has a row of its own")
        .allMatch(l -> l.startsWith("pmdrill - drill"));
    type("y");
    String restored = waitFor(s -> s.contains("(restored draft)"), "the restored draft");
    assertThat(restored).contains("My first line survives a kill -9.");
    String clock = lastClock(waitFor(s -> !lastClock(s).isEmpty(), "the countdown"));
    assertThat(clock).as("the clock goes on from the draft's time").isNotIn("7:00", "6:59", "6:58");
  }

  @Test
  void aDraftPathThatIsAFolderGivesOneMessageAndTheAnswerIsStillScoredAndStored()
      throws IOException {
    start(100, 35);
    waitFor(s -> s.contains("pmdrill>"), "the prompt");
    String pane = run(tmux("list-panes", "-t", session, "-F", "#{pane_pid}")).strip();
    long pid =
        ProcessHandle.of(Long.parseLong(pane))
            .orElseThrow()
            .children()
            .findFirst()
            .orElseThrow()
            .pid();
    // This run's draft file is a folder (with something in it, so it cannot be removed either).
    Files.createDirectories(home.resolve("state").resolve("draft." + pid + ".txt").resolve("x"));
    type("drill -q ab-ctr-up-aov-down --time 7m");
    waitFor(s -> s.contains(" left "), "the countdown");
    type("Revenue per visitor is CTR x conversion x order value.");
    sleep(3500); // three ticks of the clock, each of which tries to save the draft
    type("I would check significance before launch.");
    type(".");
    waitFor(s -> lastLine(s).startsWith("How would you rate"), "the self-rating");
    type("");
    String feedback = waitFor(s -> s.contains("/100"), "the feedback");
    backToThePrompt();
    String screen = screen();
    assertThat(screen).doesNotContain("Exception").doesNotContain("\tat dev.pmdrill");
    assertThat(screen.split("is a folder", -1).length - 1)
        .as("one message about the draft, not one a second:\n%s", screen)
        .isEqualTo(1);
    assertThat(feedback).contains("ab-ctr-up-aov-down").contains("found:");
    type("history show 1");
    String stored = waitFor(s -> s.contains("Attempt 1"), "the stored attempt");
    assertThat(stored).contains("check significance before launch");
  }

  @Test
  void filesAnOlderVersionLeftReadableByOthersAreMadePrivate() throws IOException {
    assumeTrue(
        java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
        "the file system has no POSIX permissions");
    // An older pmdrill made these 0644 in 0755 folders: a history with its WAL files, the shell
    // history, a draft and a draft kept aside.
    Path data = home.resolve(".local/share/pmdrill");
    Path state = home.resolve("state");
    Files.createDirectories(data);
    Files.createDirectories(state);
    try (var history = dev.pmdrill.history.HistoryStore.open(data, java.time.Clock.systemUTC())) {
      history.count();
    }
    List<Path> files =
        List.of(
            data.resolve("history.db"),
            data.resolve("history.db-wal"),
            data.resolve("history.db-shm"),
            state.resolve("history"),
            state.resolve("draft.1.txt"),
            state.resolve("draft-2025-01-01T10-00-00Z.txt"));
    for (Path f : files) {
      if (!Files.exists(f)) {
        Files.writeString(f, f.getFileName().toString().startsWith("draft") ? "x" : "");
      }
      Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
    }
    for (Path d : List.of(data, state)) {
      Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    start();
    waitFor(s -> s.contains("pmdrill>"), "the prompt");
    type("history");
    waitFor(s -> s.contains("No attempts yet"), "the history");
    for (Path d : List.of(data, state)) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(d)))
          .as("%s", d)
          .isEqualTo("rwx------");
    }
    for (Path f : files) {
      if (f.getFileName().toString().matches("history\\.db-(wal|shm)") && !Files.exists(f)) {
        continue; // SQLite removes them when the last connection closes: nothing is left 0644
      }
      assertThat(f).exists();
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
          .as("%s", f)
          .isEqualTo("rw-------");
    }
  }

  private String draft() {
    try (var files = Files.list(home.resolve("state"))) {
      for (Path p : files.toList()) {
        if (p.getFileName().toString().matches("draft\\.[0-9]+\\.txt")) {
          return Files.readString(p, StandardCharsets.UTF_8);
        }
      }
    } catch (IOException e) {
      return "";
    }
    return "";
  }

  /** Answers a drill with a dozen lines, so the pane is full, and takes it to the prompt again. */
  private void fillThePaneAndFinish() {
    for (int i = 1; i <= 12; i++) {
      type("line " + i + " of an answer long enough to fill the pane");
    }
    type(".");
    waitFor(s -> lastLine(s).startsWith("How would you rate"), "the self-rating");
    type("");
    backToThePrompt();
  }

  /** Declines the model answer and ends any answer still open, until the shell's prompt shows. */
  private void backToThePrompt() {
    long end = System.currentTimeMillis() + WAIT_MS;
    while (System.currentTimeMillis() < end) {
      String last = lastLine(screen());
      if (last.startsWith("pmdrill>")) {
        return;
      } else if (last.startsWith("Show the model answer?")) {
        type("n");
      } else if (last.equals("|")) {
        type(".");
      }
      sleep(300);
    }
  }

  /** The countdown is on the last row only, and never on the row being typed. */
  private static void countdownOnlyOnTheStatusRow(String screen, String typed) {
    List<String> rows = screen.lines().toList();
    int last = rows.size() - 1;
    while (last > 0 && rows.get(last).isBlank()) {
      last--;
    }
    assertThat(rows.get(last)).as("the status row").contains(" left ");
    for (int i = 0; i < last; i++) {
      assertThat(rows.get(i)).as("row %d of\n%s", i, screen).doesNotContain(" left  ");
    }
    assertThat(rows.get(last - 1)).as("the input row").isEqualTo("  | " + typed);
  }

  @Test
  void aSecondDrillInAFullPaneKeepsTheCountdownOffTheInputRow() {
    start(100, 35);
    waitFor(s -> s.contains("pmdrill>"), "the prompt");
    type("drill -q ab-ctr-up-aov-down --time 7m");
    waitFor(s -> s.contains(" left "), "the countdown");
    fillThePaneAndFinish();
    run(tmux("clear-history", "-t", session));
    type("drill -q ab-ctr-up-aov-down --time 7m");
    waitFor(s -> s.contains(" left "), "the second countdown");
    for (int i = 1; i <= 12; i++) {
      type("again " + i);
    }
    waitFor(s -> lastLine(s).equals("|") && s.contains("| again 12"), "the twelfth line");
    keys("-l", "hello again");
    sleep(2500); // two ticks of the clock
    countdownOnlyOnTheStatusRow(screen(), "hello again");
  }

  @Test
  void atSixtyColumnsTheBannerWrapsAtWordsAndTheCountdownStaysOffTheInputRow() {
    start(60, 35);
    String banner = waitFor(s -> s.contains("pmdrill>"), "the prompt");
    assertThat(banner).contains("'help',").doesNotContain("he\nlp");
    type("drill -q ab-ctr-up-aov-down --time 7m");
    waitFor(s -> s.contains(" left "), "the countdown");
    fillThePaneAndFinish();
    run(tmux("clear-history", "-t", session));
    type("drill -q ab-ctr-up-aov-down --time 7m");
    waitFor(s -> s.contains(" left "), "the second countdown");
    for (int i = 1; i <= 12; i++) {
      type("again " + i);
    }
    waitFor(s -> lastLine(s).equals("|") && s.contains("| again 12"), "the twelfth line");
    keys("-l", "typed");
    sleep(2500);
    countdownOnlyOnTheStatusRow(screen(), "typed");
  }

  @Test
  void theSecondQuestionOfALoopKeepsTheCountdownOffTheInputRow() {
    start(100, 35);
    waitFor(s -> s.contains("pmdrill>"), "the prompt");
    type("loop p7-engineer --seed 1");
    long end = System.currentTimeMillis() + 120_000;
    boolean answeredFirst = false;
    while (System.currentTimeMillis() < end) {
      String screen = screen();
      String last = lastLine(screen);
      if (answeredFirst && screen.contains(" left ") && last.equals("|")) {
        break;
      } else if (last.startsWith("Press Enter to start the round")
          || last.startsWith("How would you rate")
          || last.startsWith("Show the model answer?")) {
        type("");
      } else if (last.equals("|") && screen.contains(" left ") && !answeredFirst) {
        for (int i = 1; i <= 12; i++) {
          type("line " + i + " of the first answer");
        }
        type(".");
        answeredFirst = true;
        sleep(1500);
        run(tmux("clear-history", "-t", session));
        continue;
      } else if (last.equals("|")) {
        type("."); // no reply to the interviewer
      } else {
        sleep(100);
        continue;
      }
      sleep(400);
    }
    assertThat(answeredFirst).isTrue();
    for (int i = 1; i <= 12; i++) {
      type("second " + i);
    }
    waitFor(s -> lastLine(s).equals("|") && s.contains("| second 12"), "the twelfth line");
    keys("-l", "abc typed");
    sleep(2500);
    countdownOnlyOnTheStatusRow(screen(), "abc typed");
  }

  @Test
  void ctrlCThenNoKeepsTheHalfTypedLine() {
    start(100, 35);
    waitFor(s -> s.contains("pmdrill>"), "the prompt");
    type("drill -q ab-ctr-up-aov-down --no-timer");
    waitFor(s -> s.contains("elapsed"), "the answer editor");
    type("Revenue per visitor is the metric.");
    waitFor(s -> lastLine(s).equals("|"), "the second line");
    keys("-l", "half typed");
    waitFor(s -> lastLine(s).equals("| half typed"), "the half-typed line");
    keys("C-c");
    String asked = waitFor(s -> lastLine(s).startsWith("Discard the"), "the question");
    assertThat(lastLine(asked)).isEqualTo("Discard the 2 lines typed so far? [y/N]");
    type("n");
    String back = waitFor(s -> lastLine(s).equals("| half typed"), "the half-typed line back");
    assertThat(back).contains("| half typed");
    type(" and finished");
    type(".");
    waitFor(s -> lastLine(s).startsWith("How would you rate"), "the self-rating");
    type("");
    backToThePrompt();
    type("history show 1");
    String stored = waitFor(s -> s.contains("Attempt 1"), "the stored attempt");
    assertThat(stored).contains("half typed and finished");
  }

  @Test
  void aTimeGivenToOneDrillDoesNotCarryOverToTheNext() {
    start(100, 40);
    waitFor(s -> s.contains("pmdrill>"), "the prompt");
    type("drill -q ab-ctr-up-aov-down --time 20s");
    waitFor(s -> s.contains(" left "), "the countdown");
    keys("-l", "/skip");
    keys("Enter");
    waitFor(s -> lastLine(s).startsWith("pmdrill>"), "the prompt again");
    run(tmux("clear-history", "-t", session));
    keys("C-l");
    type("drill -q ab-ctr-up-aov-down");
    String second = waitFor(s -> s.contains(" left "), "the second countdown");
    assertThat(lastClock(second)).as("the question's own time").startsWith("5:");
  }

  @Test
  void strictSubmitsWhatIsThereWhenTimeIsUp() {
    start();
    waitFor(s -> s.contains("pmdrill>"), "the prompt");
    type("drill -q ab-ctr-up-aov-down --time 3s --strict");
    waitFor(s -> s.contains(" left "), "the countdown");
    keys("-l", "revenue per visitor, typed but never entered");
    waitFor(
        s -> s.contains("time is up: the answer is submitted as it stands"),
        "the strict submission");
    type("");
    String feedback = waitFor(s -> s.contains("/100"), "the feedback");
    assertThat(feedback).contains("found: \"revenue per visitor\"");
  }

  @Test
  void aLoopFailsOnTheCultureFitGate() {
    start();
    waitFor(s -> s.contains("pmdrill>"), "the prompt");
    type("loop alibaba-pm --seed 4");
    long end = System.currentTimeMillis() + 120_000;
    String screen = "";
    while (System.currentTimeMillis() < end) {
      screen = screen();
      String last = lastLine(screen);
      if (screen.contains("Result:")) {
        break;
      } else if (last.startsWith("Press Enter to start the round")
          || last.startsWith("How would you rate")
          || last.startsWith("Show the model answer?")) {
        type("");
      } else if (last.equals("|")) {
        type("."); // an empty answer, or no reply to the interviewer
      } else {
        sleep(100);
        continue;
      }
      sleep(300);
    }
    assertThat(screen)
        .contains("Culture fit (bar raiser)")
        .contains("gate 70: FAILED")
        .contains("Result: not passed");
  }

  /** The last line of the screen that is not the countdown in the status line. */
  private static String lastLine(String screen) {
    String[] lines = screen.strip().split("\n");
    for (int i = lines.length - 1; i >= 0; i--) {
      String line = lines[i].strip();
      boolean status =
          (line.contains(" left ") || line.contains(" over ") || line.contains(" elapsed "))
              && line.contains("Enter: new line");
      if (!line.isEmpty() && !status) {
        return line;
      }
    }
    return "";
  }

  private static String lastClock(String screen) {
    String clock = "";
    for (String line : screen.split("\n")) {
      int at = line.indexOf(" left ");
      if (at > 0) {
        clock = line.substring(0, at).strip();
      }
    }
    return clock;
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String run(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor(20, TimeUnit.SECONDS);
      return out;
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }
}
