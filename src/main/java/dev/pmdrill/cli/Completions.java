package dev.pmdrill.cli;

import dev.pmdrill.bank.BankLoader;
import dev.pmdrill.bank.BankSource;
import dev.pmdrill.bank.Catalog;
import dev.pmdrill.bank.Loop;
import java.util.Iterator;
import java.util.List;

/** Values the shell and completion scripts offer for options: ids from the built-in banks. */
final class Completions {
  private Completions() {}

  /** The built-in banks, loaded on first use (the first Tab), never on the way to the prompt. */
  static final class BuiltIns {
    private Catalog catalog;

    synchronized Catalog catalog() {
      if (catalog == null) {
        catalog = new BankLoader().load(BankSource.builtIn()).catalog();
      }
      return catalog;
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
