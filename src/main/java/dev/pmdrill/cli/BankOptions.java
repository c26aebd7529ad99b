package dev.pmdrill.cli;

import dev.pmdrill.bank.Catalog;
import dev.pmdrill.bank.LoadResult;
import dev.pmdrill.tui.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --bank PATH...}: load exactly these files and folders instead of the built-in banks. */
final class BankOptions {
  @Option(
      names = "--bank",
      paramLabel = "PATH",
      description = "Load only these bank files or folders (default: the built-in banks).")
  List<String> banks = new ArrayList<>();

  /** The catalog, or an exit with the load's problems when a bank does not load. */
  Catalog load(Context context) {
    LoadResult loaded = BankPaths.load(context, banks);
    if (loaded.hasErrors()) {
      context.err().print(ValidationReport.text(loaded, context.color()));
      throw new ExitException(
          ExitCode.ERRORS, "the banks do not load; run 'pmdrill validate' on them");
    }
    return loaded.catalog();
  }
}
