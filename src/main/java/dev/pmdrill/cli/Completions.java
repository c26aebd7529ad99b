package dev.pmdrill.cli;

import dev.pmdrill.bank.BankLoader;
import dev.pmdrill.bank.BankSource;
import dev.pmdrill.bank.Catalog;
import dev.pmdrill.bank.LoadResult;
import dev.pmdrill.bank.Loop;
import java.util.Iterator;
import java.util.List;

/** Values the shell and completion scripts offer for options: ids from the built-in banks. */
final class Completions {
  private Completions() {}

  /**
   * The built-in banks, loaded on first use (the first Tab or the first command that reads them),
   * never on the way to the prompt, and once per process: the shell's commands share one load.
   */
  static final class BuiltIns {
    private LoadResult loaded;

    synchronized LoadResult loaded() {
      if (loaded == null) {
        loaded = new BankLoader().load(BankSource.builtIn());
      }
      return loaded;
    }

    Catalog catalog() {
      return loaded().catalog();
    }
  }

  static final class QuestionIds implements Iterable<String> {
    private final Context context;

    QuestionIds(Context context) {
      this.context = context;
    }

    @Override
    public Iterator<String> iterator() {
      return context.builtIns().catalog().questionIds().iterator();
    }
  }

  static final class Categories implements Iterable<String> {
    private final Context context;

    Categories(Context context) {
      this.context = context;
    }

    @Override
    public Iterator<String> iterator() {
      return context.builtIns().catalog().categories().keySet().iterator();
    }
  }

  static final class LoopIds implements Iterable<String> {
    private final Context context;

    LoopIds(Context context) {
      this.context = context;
    }

    @Override
    public Iterator<String> iterator() {
      List<String> ids =
          context.builtIns().catalog().loops().stream().map(Loop::id).sorted().toList();
      return ids.iterator();
    }
  }

  /** The two P9 tracks, for {@code loop --track}. */
  static final class Tracks implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return dev.pmdrill.material.Track.ids().iterator();
    }
  }
}
