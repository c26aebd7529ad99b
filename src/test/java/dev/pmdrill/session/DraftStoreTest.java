package dev.pmdrill.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftStoreTest {
  @TempDir Path dir;

  private static Clock at(String instant) {
    return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
  }

  @Test
  void twoRunningDrillsKeepADraftEachAndNeverOfferTheOthers() {
    Set<Long> running = Set.of(1L, 2L);
    DraftStore first = new DraftStore(dir, at("2026-01-01T10:00:00Z"), 1, running::contains);
    DraftStore second = new DraftStore(dir, at("2026-01-01T10:01:00Z"), 2, running::contains);
    first.save("q-one", "first terminal", Duration.ofSeconds(70));
    second.save("q-two", "second terminal", Duration.ofSeconds(5));
    assertThat(first.path()).isNotEqualTo(second.path());
    assertThat(second.load().drafts()).as("the first is still typing").isEmpty();
    // The first terminal is closed: its draft is offered, with its time, to the next run.
    DraftStore next = new DraftStore(dir, at("2026-01-01T11:00:00Z"), 3, Set.of(2L)::contains);
    DraftStore.Draft left = next.load().drafts().get(0);
    assertThat(left.questionId()).isEqualTo("q-one");
    assertThat(left.text()).isEqualTo("first terminal");
    assertThat(left.elapsed()).isEqualTo(Duration.ofSeconds(70));
  }

  @Test
  void theNewestComesFirstAndNothingIsOverwritten() {
    new DraftStore(dir, at("2026-01-01T10:00:00Z"), 1, p -> false)
        .save("old", "older", Duration.ZERO);
    new DraftStore(dir, at("2026-01-01T12:00:00Z"), 2, p -> false)
        .save("new", "newer", Duration.ZERO);
    DraftStore next = new DraftStore(dir, at("2026-01-01T13:00:00Z"), 3, p -> false);
    next.save("mine", "typing", Duration.ZERO);
    assertThat(next.load().drafts())
        .extracting(DraftStore.Draft::questionId)
        .containsExactly("new", "old");
  }

  @Test
  void anUnreadableDraftIsKeptAsideNotOverwritten() throws IOException {
    Files.writeString(dir.resolve("draft.77.txt"), "garbage without a header");
    DraftStore store = new DraftStore(dir, at("2026-01-01T10:00:00Z"), 3, p -> false);
    DraftStore.Left left = store.load();
    assertThat(left.drafts()).isEmpty();
    assertThat(left.keptAside()).hasSize(1);
    assertThat(Files.readString(left.keptAside().get(0))).isEqualTo("garbage without a header");
    store.save("q", "new text", Duration.ZERO);
    assertThat(Files.readString(left.keptAside().get(0))).isEqualTo("garbage without a header");
  }

  @Test
  void aDraftFromAnOlderReleaseIsStillOffered() throws IOException {
    Files.writeString(
        dir.resolve("draft.txt"), "question: q\nsaved: 2026-01-01T10:00:00Z\n---\nold text");
    DraftStore store = new DraftStore(dir, at("2026-01-01T10:00:00Z"), 3, p -> false);
    assertThat(store.load().drafts())
        .extracting(DraftStore.Draft::text)
        .containsExactly("old text");
  }

  @Test
  void aFolderInTheDraftsPlaceIsNamedOnceAndLeftAlone() throws IOException {
    DraftStore store = new DraftStore(dir, at("2026-01-01T10:00:00Z"), 5, p -> false);
    Files.createDirectories(store.path().resolve("kept"));
    assertThatThrownBy(() -> store.save("q", "typed", Duration.ofSeconds(3)))
        .isInstanceOf(java.io.UncheckedIOException.class)
        .hasMessage(
            "cannot save the draft: "
                + store.path()
                + " is a folder, not a file (move it away to have drafts kept again)");
    store.clear(); // the answer is done with: the folder is not a draft, and stays
    assertThat(store.path().resolve("kept")).isDirectory();
  }
}
