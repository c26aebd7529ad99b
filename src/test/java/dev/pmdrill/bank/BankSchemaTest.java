package dev.pmdrill.bank;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.DisallowUnknownKeywordFactory;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the published JSON Schema of the bank format (version 1) against the sample files under
 * {@code src/test/resources/schema}: every file in {@code valid/} must validate without errors and
 * every file in {@code invalid/} must give at least one error. An invalid file may say where the
 * error is expected with a comment line {@code # at: /json/pointer} (at least one error must then
 * lie at or below that location) and what it says with {@code # error: text} (at least one error
 * message must then contain the text), so a file cannot pass by failing for another reason.
 */
class BankSchemaTest {

  static final String SCHEMA_RESOURCE = "/dev/pmdrill/bank/bank-format-1.schema.json";
  static final String SCHEMA_ID = "https://pmdrill.dev/schema/bank-format-1.json";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final SchemaValidatorsConfig CONFIG =
      SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();

  private static JsonNode schemaNode;
  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in = BankSchemaTest.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      assertThat(in).as("schema resource %s", SCHEMA_RESOURCE).isNotNull();
      schemaNode = JSON.readTree(in);
    }
    schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(schemaNode, CONFIG);
  }

  static Stream<Path> validFiles() throws IOException, URISyntaxException {
    return samples("schema/valid");
  }

  static Stream<Path> invalidFiles() throws IOException, URISyntaxException {
    return samples("schema/invalid");
  }

  private static Stream<Path> samples(String folder) throws IOException, URISyntaxException {
    URL url = BankSchemaTest.class.getClassLoader().getResource(folder);
    assertThat(url).as("test resource folder %s", folder).isNotNull();
    List<Path> files;
    try (Stream<Path> list = Files.list(Path.of(url.toURI()))) {
      files =
          list.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
              .sorted()
              .collect(Collectors.toList());
    }
    assertThat(files).as("sample files in %s", folder).isNotEmpty();
    return files.stream();
  }

  private static JsonNode readYaml(Path file) throws IOException {
    JsonNode node = YAML.readTree(file.toFile());
    assertThat(node).as("%s parses to a YAML document", file.getFileName()).isNotNull();
    return node;
  }

  private static String describe(Set<ValidationMessage> errors) {
    return errors.stream()
        .map(m -> "  " + m.getInstanceLocation() + ": " + m.getMessage())
        .collect(Collectors.joining("\n"));
  }

  @ParameterizedTest(name = "valid/{0}")
  @MethodSource("validFiles")
  void validFileHasNoErrors(Path file) throws IOException {
    Set<ValidationMessage> errors = schema.validate(readYaml(file));
    assertThat(errors)
        .as("%s should be valid but gives:%n%s", file.getFileName(), describe(errors))
        .isEmpty();
  }

  @ParameterizedTest(name = "invalid/{0}")
  @MethodSource("invalidFiles")
  void invalidFileHasErrors(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(lines).as("%s is not empty", file.getFileName()).isNotEmpty();
    assertThat(lines.get(0))
        .as("%s starts with a comment saying what is wrong", file.getFileName())
        .startsWith("#");

    Set<ValidationMessage> errors = schema.validate(readYaml(file));
    assertThat(errors).as("%s should be rejected", file.getFileName()).isNotEmpty();

    String at =
        lines.stream()
            .filter(l -> l.startsWith("# at: "))
            .map(l -> l.substring("# at: ".length()).trim())
            .findFirst()
            .orElse(null);
    if (at != null) {
      assertThat(errors)
          .as(
              "%s should have an error at or below %s, but gives:%n%s",
              file.getFileName(), at, describe(errors))
          .anyMatch(m -> isAtOrBelow(m.getInstanceLocation().toString(), at));
    }
    String error =
        lines.stream()
            .filter(l -> l.startsWith("# error: "))
            .map(l -> l.substring("# error: ".length()).trim())
            .findFirst()
            .orElse(null);
    if (error != null) {
      assertThat(errors)
          .as(
              "%s should have an error mentioning \"%s\", but gives:%n%s",
              file.getFileName(), error, describe(errors))
          .anyMatch(m -> m.getMessage().contains(error));
    }
  }

  private static boolean isAtOrBelow(String location, String expected) {
    String loc = location.isEmpty() ? "/" : location;
    if (expected.equals("/")) {
      return true;
    }
    return loc.equals(expected) || loc.startsWith(expected + "/");
  }

  @Test
  void schemaParsesAndDeclaresItself() {
    assertThat(schemaNode.isObject()).isTrue();
    assertThat(schemaNode.path("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schemaNode.path("$id").asText()).isEqualTo(SCHEMA_ID);
    assertThat(schema).isNotNull();
  }

  @Test
  void schemaIsValidAgainstTheDraft202012MetaSchema() {
    JsonSchema metaSchema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(SchemaLocation.of(SchemaId.V202012), CONFIG);
    Set<ValidationMessage> errors = metaSchema.validate(schemaNode);
    assertThat(errors)
        .as("schema against the 2020-12 meta-schema:%n%s", describe(errors))
        .isEmpty();
  }

  @Test
  void schemaUsesOnlyKnownKeywords() {
    // The meta-schema allows any keyword, so a misspelt one ("minimun") would be silently
    // ignored; loading the schema with unknown keywords disallowed catches that.
    JsonMetaSchema strict =
        JsonMetaSchema.builder(JsonMetaSchema.getV202012())
            .unknownKeywordFactory(DisallowUnknownKeywordFactory.getInstance())
            .build();
    JsonSchemaFactory factory =
        JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012, builder -> builder.metaSchema(strict));
    JsonSchema strictSchema = factory.getSchema(schemaNode, CONFIG);
    strictSchema.initializeValidators();
    assertThat(strictSchema).isNotNull();
  }

  @Test
  void everyPropertyHasTitleAndDescription() {
    List<String> missing = new ArrayList<>();
    collectUndocumented(schemaNode, "", missing);
    assertThat(missing).as("properties without a title or description").isEmpty();
  }

  private static void collectUndocumented(JsonNode node, String path, List<String> missing) {
    if (node.isObject()) {
      JsonNode properties = node.get("properties");
      if (properties != null && properties.isObject()) {
        for (Map.Entry<String, JsonNode> property : properties.properties()) {
          if (!documented(property.getValue())) {
            missing.add(path + "/properties/" + property.getKey());
          }
        }
      }
      for (Map.Entry<String, JsonNode> child : node.properties()) {
        collectUndocumented(child.getValue(), path + "/" + child.getKey(), missing);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectUndocumented(node.get(i), path + "/" + i, missing);
      }
    }
  }

  /** A property is documented when it, or the definition it refers to, has both. */
  private static boolean documented(JsonNode property) {
    boolean title = property.hasNonNull("title");
    boolean description = property.hasNonNull("description");
    JsonNode ref = property.get("$ref");
    if (ref != null && ref.asText().startsWith("#/$defs/")) {
      JsonNode target = schemaNode.path("$defs").path(ref.asText().substring("#/$defs/".length()));
      title |= target.hasNonNull("title");
      description |= target.hasNonNull("description");
    }
    return title && description;
  }
}
