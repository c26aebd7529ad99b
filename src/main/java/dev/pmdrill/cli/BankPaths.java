package dev.pmdrill.cli;

import dev.pmdrill.bank.BankLoader;
import dev.pmdrill.bank.BankSource;
import dev.pmdrill.bank.LoadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Loads what a command names: exactly the given files and folders, or the built-in banks. */
final class BankPaths {
  private BankPaths() {}

  static LoadResult load(Context context, List<String> paths) {
    return new BankLoader().load(sources(context, paths));
  }

  static List<BankSource> sources(Context context, List<String> paths) {
    if (paths.isEmpty()) {
      return BankSource.builtIn();
    }
    List<Path> resolved = new ArrayList<>();
    for (String path : paths) {
      Path p = Path.of(path);
      Path absolute = p.isAbsolute() ? p : context.resolve(path);
      if (!Files.exists(absolute)) {
        throw new ExitException(ExitCode.USAGE, "no such file or folder: " + path);
      }
      resolved.add(p.isAbsolute() ? p : absolute);
    }
    try {
      List<BankSource> sources = new ArrayList<>();
      for (BankSource s : BankSource.fromPaths(resolved)) {
        sources.add(new BankSource(relative(context, s.name()), s.bytes()));
      }
      return sources;
    } catch (IOException e) {
      throw new ExitException(ExitCode.USAGE, "cannot read " + e.getMessage());
    }
  }

  /** Messages name files as the user would type them: relative to where pmdrill was started. */
  private static String relative(Context context, String name) {
    Path p = Path.of(name);
    if (p.isAbsolute() && p.startsWith(context.workDir())) {
      return context.workDir().relativize(p).toString();
    }
    return name;
  }
}
