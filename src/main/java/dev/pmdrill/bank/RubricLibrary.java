package dev.pmdrill.bank;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** pmdrill's own named rubrics, usable as {@code use: pmdrill/NAME} whatever else is loaded. */
public final class RubricLibrary {
  static final String PREFIX = "pmdrill/";
  static final String RESOURCE = "dev/pmdrill/bank/library.yaml";

  private RubricLibrary() {}

  /** The library's rubrics by their {@code pmdrill/} names, for help and documentation. */
  public static java.util.SortedMap<String, dev.pmdrill.scoring.Rubric> rubrics() {
    java.util.SortedMap<String, dev.pmdrill.scoring.Rubric> rubrics = new java.util.TreeMap<>();
    load(new Problems())
        .forEach(
            (name, declared) ->
                rubrics.put(
                    name,
                    new dev.pmdrill.scoring.Rubric(
                        declared.entries().stream()
                            .filter(e -> e instanceof RubricEntry.Written)
                            .map(e -> ((RubricEntry.Written) e).criterion())
                            .toList())));
    return rubrics;
  }

  /** The library's rubrics under their {@code pmdrill/} names, with any problems in it. */
  static Map<String, DeclaredFile.DeclaredRubric> load(Problems problems) {
    byte[] bytes;
    try (InputStream in = RubricLibrary.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the rubric library is missing from the jar: " + RESOURCE);
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, DeclaredFile.DeclaredRubric> library = new LinkedHashMap<>();
    new BankFileReader("pmdrill:" + RESOURCE, problems)
        .read(bytes)
        .ifPresent(
            file ->
                file.rubrics()
                    .forEach(
                        (name, rubric) ->
                            library.put(
                                PREFIX + name,
                                new DeclaredFile.DeclaredRubric(
                                    PREFIX + name, rubric.entries(), rubric.location()))));
    return library;
  }
}
