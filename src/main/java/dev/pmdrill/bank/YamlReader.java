package dev.pmdrill.bank;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.pmdrill.text.ControlCharacters;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads one YAML document into {@link YamlNode}s, strictly: UTF-8 only, no anchors or aliases, no
 * duplicate keys, bounded size and depth, scalars typed by the YAML 1.2 core schema.
 */
public final class YamlReader {
  /** Far above any real bank, low enough that a hostile file is refused at once. */
  static final int MAX_BYTES = 5 * 1024 * 1024;

  static final int MAX_DEPTH = 64;

  // Jackson types plain scalars by YAML 1.1 (yes/off are booleans, 1_000 a number); the contract
  // says 1.2 core, so its verdicts are checked against the core schema's own patterns.
  private static final Pattern CORE_INT = Pattern.compile("[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+");
  private static final Pattern CORE_FLOAT =
      Pattern.compile(
          "[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");
  private static final Pattern CORE_BOOL = Pattern.compile("true|True|TRUE|false|False|FALSE");

  private static final YAMLFactory FACTORY = newFactory();

  private final String file;
  private final Problems problems;
  private final String document;
  private final List<Sharing> sharing = new ArrayList<>();
  private final java.util.Set<Location> aliases = new java.util.HashSet<>();

  YamlReader(String file, Problems problems) {
    this(file, problems, "bank");
  }

  private YamlReader(String file, Problems problems, String document) {
    this.file = file;
    this.problems = problems;
    this.document = document;
  }

  /** What a YAML text outside a bank reads as: its root, or the problems that stopped it. */
  public record Parsed(Optional<YamlNode> root, List<Problem> problems) {
    public Parsed {
      java.util.Objects.requireNonNull(root, "root");
      problems = List.copyOf(problems);
    }
  }

  /**
   * Reads YAML that is not a bank (a candidate's stories or packet, or their front matter) by the
   * same strict rules. {@code firstLine} is where the text starts in {@code file}, so front matter
   * is reported at the lines the user sees; {@code document} names it in messages ("packet").
   */
  public static Parsed readText(String file, String text, int firstLine, String document) {
    Problems problems = new Problems();
    YamlReader reader = new YamlReader(file, problems, document);
    Optional<YamlNode> root =
        reader.read(
            ("\n".repeat(Math.max(0, firstLine - 1)) + text)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return new Parsed(root, problems.sorted());
  }

  private static YAMLFactory newFactory() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true); // reported by us, with both places
    options.setMaxAliasesForCollections(0);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(MAX_BYTES);
    return YAMLFactory.builder()
        .loaderOptions(options)
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH)
                .maxStringLength(MAX_BYTES)
                .maxNumberLength(100)
                .build())
        .build();
  }

  /** The document's root, or empty when the file cannot be read as YAML (the problem is noted). */
  Optional<YamlNode> read(byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      problems.error(
          Location.startOf(file),
          String.format(
              "the file is larger than %d MB, the most a %s file may be",
              MAX_BYTES / 1048576, document));
      return Optional.empty();
    }
    Optional<String> text = decodeUtf8(bytes);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String source = text.get();
    if (source.startsWith("\uFEFF")) {
      source = source.substring(1);
    }
    if (source.isBlank() || onlyComments(source)) {
      problems.error(
          Location.startOf(file),
          document.equals("bank")
              ? "the file is empty; a bank needs at least 'format', 'bank' and 'title'"
              : "the " + document + " is empty");
      return Optional.empty();
    }
    YAMLParser parser = null;
    try {
      parser = (YAMLParser) FACTORY.createParser(source);
      JsonToken first = parser.nextToken();
      if (first == null) {
        problems.error(Location.startOf(file), "the file is empty");
        return Optional.empty();
      }
      YamlNode root = readValue(parser, first);
      if (parser.nextToken() != null) {
        problems.error(
            at(parser.currentTokenLocation()),
            "a " + document + " file holds one YAML document; remove the second one");
      }
      reportSharing();
      return Optional.of(root);
    } catch (StreamConstraintsException e) {
      problems.error(
          parser == null ? Location.startOf(file) : at(parser.currentLocation()),
          e.getMessage().contains("nesting depth")
              ? "the YAML nests deeper than "
                  + MAX_DEPTH
                  + " levels; no "
                  + document
                  + " needs that"
              : "the YAML is too large: " + firstLine(e.getMessage()));
      return Optional.empty();
    } catch (JsonProcessingException e) {
      reportSharing();
      problems.error(syntaxLocation(e), syntaxMessage(e));
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      // SnakeYAML reports some limits as unchecked exceptions without a position.
      problems.error(
          parser == null ? Location.startOf(file) : at(parser.currentLocation()),
          "cannot read the YAML: " + firstLine(e.getMessage()));
      return Optional.empty();
    } finally {
      closeQuietly(parser);
    }
  }

  private static void closeQuietly(YAMLParser parser) {
    if (parser != null) {
      try {
        parser.close();
      } catch (IOException ignored) {
        // nothing was written, so nothing can be lost
      }
    }
  }

  /**
   * Anchors and aliases are errors; one report per file says where the first is and how many more
   * there are, so an alias bomb gives one line, not thousands.
   */
  private void reportSharing() {
    if (sharing.isEmpty()) {
      return;
    }
    Location first = sharing.get(0).location();
    String what = sharing.get(0).what();
    int more = sharing.size() - 1;
    problems.error(
        first,
        what
            + " is not allowed: anchors (&) and aliases (*) are errors in "
            + (document.equals("bank") ? "a bank" : "this file")
            + ", which is read as written;"
            + (document.equals("bank")
                ? " repeat the value, or share criteria with a named rubric and 'use'"
                : " repeat the value")
            + (more > 0
                ? " ("
                    + more
                    + " more anchor"
                    + (more == 1 ? "" : "s")
                    + " or alias"
                    + (more == 1 ? "" : "es")
                    + " in this file)"
                : ""));
  }

  private record Sharing(Location location, String what) {}

  /** Where aliases stood: the binder's complaints about their empty values there are noise. */
  java.util.Set<Location> aliasLocations() {
    return java.util.Collections.unmodifiableSet(aliases);
  }

  private YamlNode readValue(YAMLParser parser, JsonToken token) throws IOException {
    Location here = at(parser.currentTokenLocation());
    rejectAnchor(parser, here);
    switch (token) {
      case START_OBJECT:
        return readMapping(parser, here);
      case START_ARRAY:
        return readSequence(parser, here);
      default:
        return readScalar(parser, token, here);
    }
  }

  private YamlNode.Mapping readMapping(YAMLParser parser, Location here) throws IOException {
    Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_OBJECT) {
      if (token == null) {
        throw new IllegalStateException("the document ended inside a mapping");
      }
      String key = ControlCharacters.strip(parser.currentName());
      Location keyLocation = at(parser.currentTokenLocation());
      YamlNode value = readValue(parser, parser.nextToken());
      YamlNode.Entry earlier = entries.get(key);
      if (earlier != null) {
        problems.error(
            keyLocation,
            "duplicate key '"
                + key
                + "' (first at "
                + earlier.keyLocation().describeFrom(keyLocation)
                + "); YAML keeps only one of them, so remove or rename one");
      } else {
        entries.put(key, new YamlNode.Entry(key, keyLocation, value));
      }
    }
    return new YamlNode.Mapping(here, entries);
  }

  private YamlNode.Sequence readSequence(YAMLParser parser, Location here) throws IOException {
    List<YamlNode> items = new ArrayList<>();
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token == null) {
        throw new IllegalStateException("the document ended inside a list");
      }
      items.add(readValue(parser, token));
    }
    return new YamlNode.Sequence(here, items);
  }

  private YamlNode.Scalar readScalar(YAMLParser parser, JsonToken token, Location here)
      throws IOException {
    String text = parser.getText();
    if (parser.isCurrentAlias()) {
      sharing.add(new Sharing(here, "alias '*" + text + "'"));
      aliases.add(here);
      return new YamlNode.Scalar(here, "", YamlNode.Scalar.Type.NULL);
    }
    // Text from a bank is data: what a terminal would obey is dropped as the file is read.
    return new YamlNode.Scalar(
        here, text == null ? "" : ControlCharacters.strip(text), coreType(token, text));
  }

  private static YamlNode.Scalar.Type coreType(JsonToken token, String text) {
    String t = text == null ? "" : text;
    switch (token) {
      case VALUE_NULL:
        return YamlNode.Scalar.Type.NULL;
      case VALUE_TRUE:
      case VALUE_FALSE:
        return CORE_BOOL.matcher(t).matches()
            ? YamlNode.Scalar.Type.BOOLEAN
            : YamlNode.Scalar.Type.STRING;
      case VALUE_NUMBER_INT:
        return CORE_INT.matcher(t).matches()
            ? YamlNode.Scalar.Type.INTEGER
            : YamlNode.Scalar.Type.STRING;
      case VALUE_NUMBER_FLOAT:
        if (CORE_INT.matcher(t).matches()) {
          return YamlNode.Scalar.Type.INTEGER;
        }
        return CORE_FLOAT.matcher(t).matches()
            ? YamlNode.Scalar.Type.FLOAT
            : YamlNode.Scalar.Type.STRING;
      default:
        return YamlNode.Scalar.Type.STRING;
    }
  }

  private void rejectAnchor(YAMLParser parser, Location here) throws IOException {
    String anchor = parser.getObjectId();
    if (anchor != null) {
      sharing.add(new Sharing(here, "anchor '&" + anchor + "'"));
    }
  }

  private Optional<String> decodeUtf8(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(ByteBuffer.wrap(bytes), out, true);
    if (result.isError()) {
      // What decoded before the bad byte tells its line and column.
      out.flip();
      String good = out.toString();
      int lineStart = good.lastIndexOf('\n') + 1;
      int line = (int) good.chars().filter(c -> c == '\n').count() + 1;
      int column = good.codePointCount(lineStart, good.length()) + 1;
      problems.error(
          new Location(file, line, column),
          "the file is not UTF-8 (an invalid byte here); save it as UTF-8");
      return Optional.empty();
    }
    decoder.flush(out);
    out.flip();
    return Optional.of(out.toString());
  }

  private static boolean onlyComments(String source) {
    return source
        .lines()
        .map(String::strip)
        .allMatch(l -> l.isEmpty() || l.startsWith("#") || l.equals("---") || l.equals("..."));
  }

  private Location at(JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return Location.startOf(file);
    }
    return new Location(file, location.getLineNr(), Math.max(1, location.getColumnNr()));
  }

  private Location syntaxLocation(JsonProcessingException e) {
    if (e.getCause() instanceof MarkedYAMLException) {
      Mark mark = ((MarkedYAMLException) e.getCause()).getProblemMark();
      if (mark != null) {
        return new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
      }
    }
    return at(e.getLocation());
  }

  /** SnakeYAML's problem and context, without its echo of the source lines. */
  private static String syntaxMessage(JsonProcessingException e) {
    if (e.getCause() instanceof MarkedYAMLException) {
      MarkedYAMLException m = (MarkedYAMLException) e.getCause();
      String problem = firstLine(m.getProblem());
      String context = m.getContext();
      Mark contextMark = m.getContextMark();
      String indentation = indentation(problem, contextMark);
      if (!indentation.isEmpty()) {
        return "YAML syntax: " + indentation;
      }
      String where =
          context == null
              ? ""
              : " ("
                  + context.strip()
                  + (contextMark == null
                      ? ""
                      : " started at line "
                          + (contextMark.getLine() + 1)
                          + ", column "
                          + (contextMark.getColumn() + 1))
                  + ")";
      return "YAML syntax: " + problem + where;
    }
    return "YAML syntax: " + firstLine(e.getOriginalMessage());
  }

  /**
   * SnakeYAML's words for the usual indentation mistakes, said as what to fix; "" for any other
   * problem.
   */
  private static String indentation(String problem, Mark started) {
    if (problem.startsWith("mapping values are not allowed")) {
      return "a key where a value should go: this line is indented deeper than the keys above"
          + " it, or the value before it holds ': ' and needs quotes";
    }
    if (problem.startsWith("expected <block end>")) {
      return "this line does not line up with the lines above it"
          + (started == null
              ? ""
              : " (in the block that starts at line "
                  + (started.getLine() + 1)
                  + ", column "
                  + (started.getColumn() + 1)
                  + ")")
          + ": indent it as far as the keys it belongs with";
    }
    return "";
  }

  private static String firstLine(String message) {
    if (message == null || message.isBlank()) {
      return "unreadable";
    }
    return message.strip().lines().findFirst().orElse(message).strip();
  }
}
