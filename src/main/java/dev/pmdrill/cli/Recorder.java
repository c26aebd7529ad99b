package dev.pmdrill.cli;

import dev.pmdrill.history.HistoryException;
import dev.pmdrill.history.HistoryStore;
import dev.pmdrill.history.StoredAttempt;
import dev.pmdrill.session.Attempt;
import dev.pmdrill.session.DraftStore;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Stores attempts before their feedback is shown. The database is opened on the first attempt,
 * never on the way to a prompt. When it cannot be written, the user is told where and the answer is
 * kept in the draft store, so nothing typed is lost.
 */
final class Recorder implements AutoCloseable {
  private final Context context;
  private final HistoryOptions options;
  private HistoryStore store;
  private boolean broken;
  private boolean lost;

  Recorder(Context context, HistoryOptions options) {
    this.context = context;
    this.options = options;
  }

  void record(
      List<Attempt> attempts, String mode, Optional<String> loop, List<Optional<String>> rounds) {
    if (options.noHistory || attempts.isEmpty()) {
      return;
    }
    Optional<HistoryStore> open = open();
    if (open.isPresent() && !open.get().stillOnDisk()) {
      // The file was deleted or replaced while pmdrill ran: writing on would store into a file
      // nobody can open again. Start over in the named place, and say so.
      Path gone = open.get().path();
      open.get().close();
      store = null;
      open = open();
      if (open.isPresent()) {
        context
            .err()
            .println(
                "pmdrill: " + gone + " was removed while pmdrill ran; a new history is started");
      }
    }
    try {
      if (open.isPresent()) {
        List<StoredAttempt> stored = new java.util.ArrayList<>();
        for (int i = 0; i < attempts.size(); i++) {
          stored.add(
              StoredAttempt.of(
                  attempts.get(i),
                  mode,
                  loop,
                  rounds.isEmpty() ? Optional.empty() : rounds.get(i)));
        }
        open.get().recordAll(stored);
        return;
      }
    } catch (HistoryException e) {
      context
          .err()
          .println(
              "pmdrill: could not store the attempt in "
                  + open.get().path()
                  + ": "
                  + e.getMessage());
    }
    keepInDrafts(attempts);
  }

  /** Whether an attempt could not be stored (it is in the drafts, and the user was told). */
  boolean lostAny() {
    return lost;
  }

  void record(Attempt attempt, String mode, Optional<String> loop, Optional<String> round) {
    record(List.of(attempt), mode, loop, List.of(round));
  }

  Optional<HistoryStore> open() {
    if (store == null && !broken) {
      try {
        store = options.open(context);
        store.notice().ifPresent(n -> context.err().println("pmdrill: " + n));
      } catch (HistoryException | UncheckedIOException e) {
        broken = true;
        context.err().println("pmdrill: history is not kept this time: " + e.getMessage());
      }
    }
    return Optional.ofNullable(store);
  }

  private void keepInDrafts(List<Attempt> attempts) {
    lost = true;
    DraftStore drafts = new DraftStore(StateDirectory.of(context), context.clock());
    for (Attempt a : attempts) {
      if (!a.answer().isBlank()) {
        try {
          drafts.save(a.question().id(), a.answer());
          drafts.keepAside();
        } catch (UncheckedIOException e) {
          context.err().println("pmdrill: " + e.getMessage());
        }
      }
    }
    context.err().println("pmdrill: the answers are kept in " + StateDirectory.of(context));
  }

  @Override
  public void close() {
    if (store != null) {
      store.close();
    }
  }
}
