package dev.pmdrill.material;

import dev.pmdrill.bank.Location;
import dev.pmdrill.bank.Problem;
import dev.pmdrill.bank.Suggestions;
import dev.pmdrill.bank.YamlNode;
import dev.pmdrill.bank.YamlReader;
import dev.pmdrill.text.ControlCharacters;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a candidate's stories or packet from Markdown ({@code ## Title} per piece, optional front
 * matter) or YAML ({@code stories:} or {@code examples:} lists of title and text), reporting every
 * problem with its line. Nothing read is written anywhere.
 */
public final class MaterialReader {
  /** Real packets run to 12 pages; this is far above any, and refuses a stray binary at once. */
  public static final int MAX_BYTES = 5 * 1024 * 1024;

  private static final Set<String> PIECE_KEYS = Set.of("title", "text");
  private static final Set<String> PACKET_KEYS =
      Set.of(
          "candidate",
          "track",
          "current-level",
          "sponsor",
          "sponsor-since",
          "submission",
          "board",
          "adopting-teams",
          "artefact",
          "intent-signalled",
          "readiness-conversation",
          "examples");

  /** What was read, with the warnings that did not stop it (an unknown front-matter key). */
  public record Read<T>(T value, List<Problem> warnings) {
    public Read {
      java.util.Objects.requireNonNull(value, "value");
      warnings = List.copyOf(warnings);
    }
  }

  private final String file;
  private final List<Problem> problems = new ArrayList<>();

  private MaterialReader(String file) {
    this.file = file;
  }

  public static Read<StoryBank> stories(String file, byte[] bytes) throws MaterialException {
    MaterialReader reader = new MaterialReader(file);
    StoryBank bank = reader.readStories(bytes);
    return reader.finish(bank);
  }

  public static Read<Packet> packet(String file, byte[] bytes) throws MaterialException {
    MaterialReader reader = new MaterialReader(file);
    Packet packet = reader.readPacket(bytes);
    return reader.finish(packet);
  }

  /**
   * The offers in a file: one offer (YAML, or Markdown front matter), or several under {@code
   * offers:}.
   */
  public static Read<List<Offer>> offers(String file, byte[] bytes) throws MaterialException {
    MaterialReader reader = new MaterialReader(file);
    List<Offer> offers = reader.readOffers(bytes);
    return reader.finish(offers);
  }

  private List<Offer> readOffers(byte[] bytes) {
    Optional<String> source = decode(bytes);
    if (source.isEmpty()) {
      return null;
    }
    Optional<YamlNode.Mapping> root;
    if (isYaml() || !source.get().startsWith("---")) {
      root = yamlRoot(source.get(), 1, "offers file");
    } else {
      MarkdownDocument.Parsed doc = MarkdownDocument.parse(file, source.get(), "offer", problems);
      root = doc.front().flatMap(this::frontMatter);
      if (root.isEmpty() && problems.stream().noneMatch(Problem::isError)) {
        problems.add(
            Problem.error(
                Location.startOf(file), "the front matter holds no offer (company, base...)"));
      }
    }
    if (root.isEmpty()) {
      return null;
    }
    OfferFields fields = new OfferFields(problems);
    List<Offer> offers = new ArrayList<>();
    Optional<YamlNode.Entry> list = root.get().entry("offers");
    if (list.isEmpty()) {
      fields.read(root.get()).ifPresent(offers::add);
      return offers;
    }
    for (YamlNode.Entry e : root.get().entries().values()) {
      if (!e.key().equals("offers")) {
        problems.add(
            Problem.error(
                e.keyLocation(),
                "unknown key '" + e.key() + "' beside 'offers'; each offer's keys go in its item"));
      }
    }
    YamlNode value = list.get().value();
    if (!(value instanceof YamlNode.Sequence) || ((YamlNode.Sequence) value).items().isEmpty()) {
      problems.add(
          Problem.error(
              value.location(), "'offers' must be a list of offers, not " + value.describe()));
      return null;
    }
    for (YamlNode item : ((YamlNode.Sequence) value).items()) {
      if (item instanceof YamlNode.Mapping) {
        fields.read((YamlNode.Mapping) item).ifPresent(offers::add);
      } else {
        problems.add(
            Problem.error(
                item.location(), "an offer must be a mapping of keys, not " + item.describe()));
      }
    }
    return offers;
  }

  private <T> Read<T> finish(T value) throws MaterialException {
    List<Problem> sorted = problems.stream().sorted().distinct().toList();
    if (value == null || sorted.stream().anyMatch(Problem::isError)) {
      throw new MaterialException(sorted);
    }
    return new Read<>(value, sorted);
  }

  private boolean isYaml() {
    String lower = file.toLowerCase(Locale.ROOT);
    return lower.endsWith(".yaml") || lower.endsWith(".yml");
  }

  private StoryBank readStories(byte[] bytes) {
    Optional<String> source = decode(bytes);
    if (source.isEmpty()) {
      return null;
    }
    if (isYaml()) {
      Optional<YamlNode.Mapping> root = yamlRoot(source.get(), 1, "stories file");
      if (root.isEmpty()) {
        return null;
      }
      List<Piece> stories = pieces(root.get(), "stories", "story");
      return new StoryBank(file, about(root.get(), Set.of("stories")), stories);
    }
    MarkdownDocument.Parsed doc = MarkdownDocument.parse(file, source.get(), "story", problems);
    Map<String, String> about = Map.of();
    if (doc.front().isPresent()) {
      Optional<YamlNode.Mapping> front = frontMatter(doc.front().get());
      about = front.map(f -> about(f, Set.of())).orElse(Map.of());
    }
    List<Piece> stories = fromSections(doc, "story", "stories");
    return new StoryBank(file, about, stories);
  }

  private Packet readPacket(byte[] bytes) {
    Optional<String> source = decode(bytes);
    if (source.isEmpty()) {
      return null;
    }
    if (isYaml()) {
      Optional<YamlNode.Mapping> root = yamlRoot(source.get(), 1, "packet");
      if (root.isEmpty()) {
        return null;
      }
      Optional<Track> track = track(root.get());
      PacketFacts facts = facts(root.get(), "the packet");
      return new Packet(file, track, facts, pieces(root.get(), "examples", "example"));
    }
    MarkdownDocument.Parsed doc = MarkdownDocument.parse(file, source.get(), "example", problems);
    Optional<Track> track = Optional.empty();
    PacketFacts facts = PacketFacts.none();
    if (doc.front().isPresent()) {
      Optional<YamlNode.Mapping> front = frontMatter(doc.front().get());
      if (front.isPresent()) {
        track = track(front.get());
        facts = facts(front.get(), "the front matter");
      }
    }
    return new Packet(file, track, facts, fromSections(doc, "example", "examples"));
  }

  private Optional<String> decode(byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      problems.add(
          Problem.error(
              Location.startOf(file),
              String.format(
                  "the file is larger than %d MB, the most stories and packets may be",
                  MAX_BYTES / 1048576)));
      return Optional.empty();
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      if (text.indexOf('\0') >= 0) {
        problems.add(
            Problem.error(Location.startOf(file), "the file holds NUL bytes; is it a text file?"));
        return Optional.empty();
      }
      return Optional.of(ControlCharacters.strip(text));
    } catch (CharacterCodingException e) {
      problems.add(
          Problem.error(
              Location.startOf(file), "the file is not UTF-8 text; save it as UTF-8 and retry"));
      return Optional.empty();
    }
  }

  private Optional<YamlNode.Mapping> yamlRoot(String text, int firstLine, String document) {
    if (text.isBlank()) {
      problems.add(Problem.error(Location.startOf(file), "the " + document + " is empty"));
      return Optional.empty();
    }
    YamlReader.Parsed parsed = YamlReader.readText(file, text, firstLine, document);
    problems.addAll(parsed.problems());
    if (parsed.root().isEmpty()) {
      return Optional.empty();
    }
    YamlNode root = parsed.root().get();
    if (!(root instanceof YamlNode.Mapping)) {
      problems.add(
          Problem.error(
              root.location(),
              "the " + document + " must be a mapping of keys to values, not " + root.describe()));
      return Optional.empty();
    }
    return Optional.of((YamlNode.Mapping) root);
  }

  private Optional<YamlNode.Mapping> frontMatter(MarkdownDocument.FrontMatter front) {
    if (front.text().isBlank()) {
      return Optional.empty(); // "---\n---" is an empty header, not an error
    }
    return yamlRoot(front.text(), front.firstLine(), "front matter");
  }

  private List<Piece> fromSections(MarkdownDocument.Parsed doc, String noun, String plural) {
    List<Piece> pieces = new ArrayList<>();
    Map<String, Location> seen = new HashMap<>();
    for (MarkdownDocument.Section s : doc.sections()) {
      if (unique(s.title(), s.location(), noun, seen)) {
        pieces.add(new Piece(s.title(), s.text(), s.location()));
      }
    }
    if (doc.sections().isEmpty() && problems.stream().noneMatch(Problem::isError)) {
      problems.add(
          Problem.error(
              Location.startOf(file),
              "no "
                  + plural
                  + " found: give each "
                  + noun
                  + " a '## Title' heading with its text below"
                  + (doc.hasOtherHeadings()
                      ? " (this file has '#' or '###' headings; a " + noun + " needs '## ')"
                      : "")));
    }
    return pieces;
  }

  private boolean unique(String title, Location at, String noun, Map<String, Location> seen) {
    Location earlier = seen.putIfAbsent(title.toLowerCase(Locale.ROOT), at);
    if (earlier != null) {
      problems.add(
          Problem.error(
              at,
              "a "
                  + noun
                  + " titled '"
                  + title
                  + "' is already at "
                  + earlier.describeFrom(at)
                  + "; titles name what you drill, so each must be different"));
      return false;
    }
    return true;
  }

  private List<Piece> pieces(YamlNode.Mapping root, String key, String noun) {
    Optional<YamlNode.Entry> entry = root.entry(key);
    if (entry.isEmpty()) {
      String other = key.equals("stories") ? "examples" : "stories";
      problems.add(
          Problem.error(
              root.location(),
              "missing '"
                  + key
                  + "': list each "
                  + noun
                  + " under '"
                  + key
                  + ":' with a 'title' and a 'text'"
                  + (root.entry(other).isPresent()
                      ? " (this file lists '"
                          + other
                          + "': is it for 'pmdrill "
                          + (other.equals("examples") ? "packet" : "stories")
                          + "'?)"
                      : "")));
      return List.of();
    }
    if (!(entry.get().value() instanceof YamlNode.Sequence)) {
      problems.add(
          Problem.error(
              entry.get().value().location(),
              "'" + key + "' must be a list, not " + entry.get().value().describe()));
      return List.of();
    }
    List<YamlNode> items = ((YamlNode.Sequence) entry.get().value()).items();
    if (items.isEmpty()) {
      problems.add(
          Problem.error(
              entry.get().keyLocation(),
              "'" + key + "' is empty: add at least one " + noun + " with a 'title' and a 'text'"));
    }
    List<Piece> pieces = new ArrayList<>();
    Map<String, Location> seen = new HashMap<>();
    for (YamlNode item : items) {
      if (!(item instanceof YamlNode.Mapping)) {
        problems.add(
            Problem.error(
                item.location(),
                "each " + noun + " is a mapping with 'title' and 'text', not " + item.describe()));
        continue;
      }
      YamlNode.Mapping m = (YamlNode.Mapping) item;
      for (YamlNode.Entry e : m.entries().values()) {
        if (!PIECE_KEYS.contains(e.key())) {
          problems.add(
              Problem.error(
                  e.keyLocation(),
                  "unknown key '"
                      + e.key()
                      + "' in a "
                      + noun
                      + Suggestions.hint(e.key(), PIECE_KEYS)
                      + " (a "
                      + noun
                      + " has 'title' and 'text')"));
        }
      }
      Optional<String> title = text(m, "title", noun);
      Optional<String> text = text(m, "text", noun);
      if (title.isPresent() && text.isPresent()) {
        Location at = m.entry("title").get().keyLocation();
        if (unique(title.get(), at, noun, seen)) {
          pieces.add(new Piece(title.get(), text.get().strip(), at));
        }
      }
    }
    return pieces;
  }

  private Optional<String> text(YamlNode.Mapping m, String key, String noun) {
    Optional<YamlNode.Entry> e = m.entry(key);
    if (e.isEmpty()) {
      problems.add(Problem.error(m.location(), "this " + noun + " has no '" + key + "'"));
      return Optional.empty();
    }
    YamlNode v = e.get().value();
    if (!(v instanceof YamlNode.Scalar)
        || ((YamlNode.Scalar) v).type() == YamlNode.Scalar.Type.NULL) {
      problems.add(Problem.error(v.location(), "'" + key + "' must be text, not " + v.describe()));
      return Optional.empty();
    }
    String value = ((YamlNode.Scalar) v).text();
    if (value.isBlank()) {
      problems.add(
          Problem.error(
              e.get().keyLocation(),
              key.equals("text")
                  ? "this " + noun + " has no text"
                  : "this " + noun + " has an empty title"));
      return Optional.empty();
    }
    return Optional.of(value.strip().equals(value) || key.equals("text") ? value : value.strip());
  }

  /** The plain values of a header (candidate, target...), for the report's heading. */
  private static Map<String, String> about(YamlNode.Mapping m, Set<String> skip) {
    Map<String, String> out = new LinkedHashMap<>();
    for (YamlNode.Entry e : m.entries().values()) {
      if (!skip.contains(e.key())
          && e.value() instanceof YamlNode.Scalar
          && ((YamlNode.Scalar) e.value()).type() != YamlNode.Scalar.Type.NULL) {
        out.put(e.key(), ((YamlNode.Scalar) e.value()).text());
      }
    }
    return out;
  }

  private Optional<Track> track(YamlNode.Mapping m) {
    Optional<YamlNode.Entry> e = m.entry("track");
    if (e.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> written = scalar(e.get());
    if (written.isEmpty()) {
      return Optional.empty();
    }
    Optional<Track> track = Track.parse(written.get());
    if (track.isEmpty()) {
      problems.add(
          Problem.error(
              e.get().value().location(),
              "unknown track '"
                  + written.get()
                  + "'"
                  + Suggestions.hint(written.get(), Track.ids())
                  + " The tracks are 'staff' (markets, pricing, ecosystems) and 'principal'"
                  + " (architecture, APIs, algorithms)."));
    }
    return track;
  }

  private PacketFacts facts(YamlNode.Mapping m, String where) {
    for (YamlNode.Entry e : m.entries().values()) {
      if (!PACKET_KEYS.contains(e.key())) {
        problems.add(
            Problem.warning(
                e.keyLocation(),
                "unknown key '"
                    + e.key()
                    + "' in "
                    + where
                    + ", ignored"
                    + Suggestions.hint(e.key(), PACKET_KEYS)));
      }
    }
    return new PacketFacts(
        string(m, "candidate"),
        string(m, "current-level"),
        string(m, "sponsor"),
        date(m, "sponsor-since"),
        date(m, "submission"),
        date(m, "board"),
        list(m, "adopting-teams"),
        string(m, "artefact"),
        date(m, "intent-signalled"),
        date(m, "readiness-conversation"));
  }

  private Optional<String> string(YamlNode.Mapping m, String key) {
    return m.entry(key).flatMap(this::scalar).filter(s -> !s.isBlank()).map(String::strip);
  }

  private Optional<String> scalar(YamlNode.Entry e) {
    YamlNode v = e.value();
    if (v instanceof YamlNode.Scalar) {
      YamlNode.Scalar s = (YamlNode.Scalar) v;
      return s.type() == YamlNode.Scalar.Type.NULL ? Optional.empty() : Optional.of(s.text());
    }
    problems.add(
        Problem.error(v.location(), "'" + e.key() + "' must be text, not " + v.describe()));
    return Optional.empty();
  }

  private Optional<LocalDate> date(YamlNode.Mapping m, String key) {
    Optional<YamlNode.Entry> e = m.entry(key);
    Optional<String> written = e.flatMap(this::scalar).map(String::strip);
    if (written.isEmpty() || written.get().isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(written.get()));
    } catch (DateTimeParseException ex) {
      problems.add(
          Problem.error(
              e.get().value().location(),
              "'"
                  + key
                  + "' must be a date written YYYY-MM-DD, such as 2027-03-15, not '"
                  + written.get()
                  + "'"));
      return Optional.empty();
    }
  }

  private List<String> list(YamlNode.Mapping m, String key) {
    Optional<YamlNode.Entry> e = m.entry(key);
    if (e.isEmpty()) {
      return List.of();
    }
    YamlNode v = e.get().value();
    List<String> out = new ArrayList<>();
    if (v instanceof YamlNode.Sequence) {
      for (YamlNode item : ((YamlNode.Sequence) v).items()) {
        if (item instanceof YamlNode.Scalar
            && ((YamlNode.Scalar) item).type() != YamlNode.Scalar.Type.NULL) {
          out.add(((YamlNode.Scalar) item).text().strip());
        } else {
          problems.add(
              Problem.error(
                  item.location(), "each of '" + key + "' must be a name, not " + item.describe()));
        }
      }
    } else if (v instanceof YamlNode.Scalar) {
      for (String part : ((YamlNode.Scalar) v).text().split("[,;，、]")) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
    } else {
      problems.add(
          Problem.error(
              v.location(), "'" + key + "' must be a list of names, not " + v.describe()));
    }
    return out;
  }
}
