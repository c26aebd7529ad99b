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
    if (paths.isEmpty()) {
      // The jar's banks cannot change while it runs: the shell reads them once, not per command.
      return context.builtIns().loaded();
    }
    return new BankLoader().load(sources(context, paths));
  }

  static List<BankSource> sources(Context context, List<String> paths) {
    if (paths.isEmpty()) {
      return BankSource.builtIn();
    }
    List<BankSource> sources = new ArrayList<>();
    for (String path : paths) {
      Path given = Path.of(path);
      Path absolute = context.workDir().resolve(given);
      if (!Files.exists(absolute)) {
        throw new ExitException(ExitCode.USAGE, "no such file or folder: " + path);
      }
      try {
        for (BankSource s : BankSource.fromPaths(List.of(absolute))) {
          // Messages name files the way the user named them: relative stays relative.
          String name =
              given.isAbsolute()
                  ? s.name()
                  : context.workDir().relativize(Path.of(s.name())).toString();
          sources.add(new BankSource(name, s.bytes(), s.refused()));
        }
      } catch (IOException e) {
        throw new ExitException(ExitCode.USAGE, "cannot read " + path + ": " + e.getMessage());
      }
    }
    return sources;
  }
}
