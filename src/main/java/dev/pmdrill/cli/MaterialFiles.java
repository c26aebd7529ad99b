package dev.pmdrill.cli;

import dev.pmdrill.bank.Catalog;
import dev.pmdrill.bank.LoadResult;
import dev.pmdrill.bank.Problem;
import dev.pmdrill.bank.Suggestions;
import dev.pmdrill.material.MaterialException;
import dev.pmdrill.material.MaterialReader;
import dev.pmdrill.material.Offer;
import dev.pmdrill.material.Packet;
import dev.pmdrill.material.Piece;
import dev.pmdrill.material.StoryBank;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads a candidate's story bank or packet for a command: a missing file is a usage error, a file
 * that cannot be read gives every problem with its line, warnings are shown and reading goes on.
 * The file is only read, never copied.
 */
final class MaterialFiles {
  private MaterialFiles() {}

  /** How one kind of material is read from a file's bytes. */
  private interface Reading<T> {
    MaterialReader.Read<T> read(String file, byte[] bytes) throws MaterialException;
  }

  static StoryBank stories(Context context, String file) {
    return read(context, file, MaterialReader::stories);
  }

  static Packet packet(Context context, String file) {
    return read(context, file, MaterialReader::packet);
  }

  /** The offers of one file, or of standard input for {@code -}. */
  static List<Offer> offers(Context context, String file) {
    String name = file.equals("-") ? "<stdin>" : file;
    byte[] bytes;
    if (file.equals("-")) {
      try {
        bytes = context.in().readNBytes(MaterialReader.MAX_BYTES + 1);
      } catch (IOException e) {
        throw new ExitException(ExitCode.USAGE, "cannot read standard input: " + e.getMessage());
      }
    } else {
      bytes = bytes(context, file);
    }
    try {
      MaterialReader.Read<List<Offer>> read = MaterialReader.offers(name, bytes);
      warn(context, read.warnings());
      return read.value();
    } catch (MaterialException e) {
      throw problemsIn(context, e, name + "; nothing was compared");
    }
  }

  private static <T> T read(Context context, String file, Reading<T> reading) {
    try {
      MaterialReader.Read<T> read = reading.read(file, bytes(context, file));
      warn(context, read.warnings());
      return read.value();
    } catch (MaterialException e) {
      throw problems(context, e);
    }
  }

  /** The built-in banks, whose rubrics and review board the reviews are built on. */
  static Catalog builtIns(Context context) {
    LoadResult loaded = BankPaths.load(context, List.of());
    if (loaded.hasErrors()) {
      throw new ExitException(ExitCode.ERRORS, "the built-in banks do not load");
    }
    return loaded.catalog();
  }

  /**
   * The piece a title names: the same title ignoring case, else its number in the file ("2"), else
   * the one piece whose title starts with or contains it.
   */
  static Piece find(List<Piece> pieces, String title, String noun, String file) {
    String want = title.strip().toLowerCase(Locale.ROOT);
    for (Piece p : pieces) {
      if (p.title().toLowerCase(Locale.ROOT).equals(want)) {
        return p;
      }
    }
    if (want.matches("[0-9]{1,3}")) {
      int n = Integer.parseInt(want);
      if (n >= 1 && n <= pieces.size()) {
        return pieces.get(n - 1);
      }
    }
    List<Piece> containing =
        pieces.stream().filter(p -> p.title().toLowerCase(Locale.ROOT).contains(want)).toList();
    if (containing.size() == 1) {
      return containing.get(0);
    }
    List<String> titles = pieces.stream().map(Piece::title).toList();
    String which =
        containing.size() > 1
            ? "'" + title + "' matches " + containing.size() + " " + noun + " titles in " + file
            : "no "
                + noun
                + " titled '"
                + title
                + "' in "
                + file
                + Suggestions.hint(title, titles).replaceFirst("^; ", ": ");
    StringBuilder b = new StringBuilder(which).append("\nthe ").append(noun).append(" titles are:");
    for (int i = 0; i < titles.size(); i++) {
      b.append("\n  ").append(i + 1).append(". ").append(titles.get(i));
    }
    return throwUsage(b.toString());
  }

  private static Piece throwUsage(String message) {
    throw new ExitException(ExitCode.USAGE, message);
  }

  static int width(Context context) {
    int columns =
        context.terminal() ? context.tty().terminal().map(t -> t.getWidth()).orElse(0) : 0;
    if (columns <= 0) {
      try {
        columns = Integer.parseInt(context.env().getOrDefault("COLUMNS", "80").strip());
      } catch (NumberFormatException e) {
        columns = 80;
      }
    }
    return Math.max(40, columns);
  }

  private static byte[] bytes(Context context, String file) {
    Path path = context.resolve(file);
    if (!Files.exists(path) || Files.isDirectory(path)) {
      throw new ExitException(
          ExitCode.USAGE,
          Files.isDirectory(path) ? file + " is a folder; give the file" : "no such file: " + file);
    }
    try {
      return dev.pmdrill.bank.BankSource.readAtMost(path, MaterialReader.MAX_BYTES);
    } catch (IOException e) {
      throw new ExitException(ExitCode.USAGE, "cannot read " + file + ": " + e.getMessage());
    }
  }

  private static void warn(Context context, List<Problem> warnings) {
    warnings.forEach(w -> context.err().println(w));
    context.err().flush();
  }

  private static ExitException problems(Context context, MaterialException e) {
    e.problems().forEach(p -> context.err().println(p));
    long errors = e.problems().stream().filter(Problem::isError).count();
    return new ExitException(
        ExitCode.ERRORS,
        errors + (errors == 1 ? " problem" : " problems") + " in the file; nothing was reviewed");
  }

  /** The same, for a command that compares rather than reviews. */
  static ExitException problemsIn(Context context, MaterialException e, String what) {
    e.problems().forEach(p -> context.err().println(p));
    long errors = e.problems().stream().filter(Problem::isError).count();
    return new ExitException(
        ExitCode.ERRORS, errors + (errors == 1 ? " problem" : " problems") + " in " + what);
  }
}
