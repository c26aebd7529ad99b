package dev.pmdrill.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Data flows one way: cli -> session -> scoring -> text, with bank beside scoring; a candidate's
 * own material is read beside the banks and reviewed on top of the session. The core never uses cli
 * or tui, only cli uses picocli, only cli drives the terminal (jline's terminal and line reader),
 * tui may use jline's text utilities alone (widths, attributed strings), and text uses nothing of
 * ours. Every reference counts, whether imported or written out in full in the code; comments and
 * string literals do not.
 */
class PackageArrowsTest {
  private static final Path SOURCES = Path.of("src/main/java/dev/pmdrill");

  /** A name of one of our packages, a jline package or picocli, imported or written in full. */
  private static final Pattern REFERENCE =
      Pattern.compile("\\b(dev\\.pmdrill\\.\\w+|org\\.jline(?:\\.\\w+)?|picocli)\\.\\w");

  /** Comments, text blocks, string and character literals: no reference can hide in them. */
  private static final Pattern NOT_CODE =
      Pattern.compile(
          "/\\*.*?\\*/|//[^\\n]*|\"\"\".*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*'",
          Pattern.DOTALL);

  private static final Pattern PACKAGE =
      Pattern.compile("^package dev\\.pmdrill\\.(\\w+)", Pattern.MULTILINE);

  /** Which of our packages each package may use. */
  private static final Map<String, Set<String>> ALLOWED =
      Map.ofEntries(
          Map.entry("text", Set.of()),
          Map.entry("semantic", Set.of()),
          Map.entry("scoring", Set.of("text", "semantic")),
          Map.entry("bank", Set.of("scoring", "text")),
          Map.entry("session", Set.of("bank", "scoring", "text")),
          Map.entry("history", Set.of("bank", "scoring", "text", "session")),
          Map.entry("material", Set.of("bank", "text")),
          Map.entry("review", Set.of("bank", "scoring", "text", "session", "history", "material")),
          Map.entry(
              "prep",
              Set.of("bank", "scoring", "text", "session", "history", "material", "review")),
          Map.entry(
              "tui",
              Set.of(
                  "bank", "scoring", "text", "session", "history", "material", "review", "prep")),
          Map.entry(
              "cli",
              Set.of(
                  "bank",
                  "scoring",
                  "text",
                  "semantic",
                  "session",
                  "history",
                  "material",
                  "review",
                  "prep",
                  "tui")));

  /** The jline packages each package may use: the terminal is driven from cli alone. */
  private static final Map<String, Set<String>> JLINE =
      Map.of(
          "cli",
          Set.of("org.jline.reader", "org.jline.terminal", "org.jline.utils", "org.jline.builtins"),
          "tui",
          Set.of("org.jline.utils"));

  @Test
  void everyReferenceFollowsTheArrows() throws IOException {
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String pkg = SOURCES.relativize(file).getName(0).toString();
        assertThat(ALLOWED).as("package %s is not on the map of arrows", pkg).containsKey(pkg);
        violations.addAll(violations(file.toString(), Files.readString(file)));
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void aMisplacedFullyQualifiedReferenceFails() {
    String session =
        """
        package dev.pmdrill.session;

        import java.util.List;

        /** Mentions {@link dev.pmdrill.cli.ScriptOptions} in a comment, which is fine. */
        final class Misplaced {
          String s = "dev.pmdrill.tui.Text in a string is fine too";
          dev.pmdrill.cli.ScriptOptions options; // written out in full: not fine
          List<dev.pmdrill.tui.ScoreReport> reports;
        }
        """;
    assertThat(violations("Misplaced.java", session))
        .containsExactly(
            "Misplaced.java uses dev.pmdrill.cli", "Misplaced.java uses dev.pmdrill.tui");

    String tui =
        """
        package dev.pmdrill.tui;

        import org.jline.utils.WCWidth;

        final class Drawing {
          int w = WCWidth.wcwidth('x');
          org.jline.terminal.Terminal terminal;
          picocli.CommandLine line;
        }
        """;
    assertThat(violations("Drawing.java", tui))
        .containsExactly(
            "Drawing.java uses org.jline.terminal outside the packages that drive the terminal",
            "Drawing.java uses picocli outside cli");

    String text =
        """
        package dev.pmdrill.text;

        import static dev.pmdrill.scoring.Band.of;
        """;
    assertThat(violations("Text.java", text)).containsExactly("Text.java uses dev.pmdrill.scoring");
  }

  /** What {@code source} (the file {@code name}) uses that its package may not. */
  static List<String> violations(String name, String source) {
    String code = NOT_CODE.matcher(source).replaceAll(" ");
    Matcher declared = PACKAGE.matcher(code);
    assertThat(declared.find()).as("%s declares a package of ours", name).isTrue();
    String pkg = declared.group(1);
    List<String> violations = new ArrayList<>();
    Matcher m = REFERENCE.matcher(code);
    while (m.find()) {
      String used = m.group(1);
      String problem = null;
      if (used.startsWith("dev.pmdrill.")) {
        String target = used.substring("dev.pmdrill.".length());
        if (!target.equals(pkg) && !ALLOWED.getOrDefault(pkg, Set.of()).contains(target)) {
          problem = name + " uses " + used;
        }
      } else if (used.startsWith("org.jline")) {
        if (!JLINE.getOrDefault(pkg, Set.of()).contains(used)) {
          problem = name + " uses " + used + " outside the packages that drive the terminal";
        }
      } else if (!pkg.equals("cli")) {
        problem = name + " uses picocli outside cli";
      }
      if (problem != null && !violations.contains(problem)) {
        violations.add(problem);
      }
    }
    return violations;
  }
}
