package dev.pmdrill.bank;

/**
 * The built-in banks as {@link BankLoader} reads them, loaded once per test JVM (about a second of
 * parsing and term compiling) and shared by the tests that read them: a {@link LoadResult} is
 * immutable.
 */
public final class BuiltInBanks {
  private BuiltInBanks() {}

  private static final class Holder {
    static final LoadResult LOADED = new BankLoader().load(BankSource.builtIn());
  }

  public static LoadResult loaded() {
    return Holder.LOADED;
  }

  public static Catalog catalog() {
    return loaded().catalog();
  }
}
