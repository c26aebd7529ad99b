package dev.pmdrill.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pmdrill.history.HistoryFixtures.TestClock;
import dev.pmdrill.scoring.Band;
import dev.pmdrill.session.Attempt;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportTest {
  @TempDir Path dir;
  private final TestClock clock = new TestClock(HistoryFixtures.T0);

  /** Two attempts: a real one, and one whose answer needs every kind of CSV quoting. */
  private List<StoredAttemptRow> fill(HistoryStore store) {
    List<StoredAttemptRow> rows = new ArrayList<>();
    Attempt real = HistoryFixtures.builtInAttempts(1, 3).get(0);
    rows.add(store.record(StoredAttempt.of(real, "drill", Optional.empty(), Optional.empty())));
    clock.advance(Duration.ofMinutes(5));
    rows.add(
        store.record(
            new StoredAttempt(
                "q-2",
                "bank, with comma",
                "metrics",
                "abc",
                "She said \"DAU\", then:\r\nline two\nline three,",
                64,
                Band.BORDERLINE,
                false,
                List.of(
                    new StoredCriterion(
                        "concept", "north star", Optional.of("leadership"), 1.5, 0.5, 0),
                    new StoredCriterion("avoid", "jargon", Optional.empty(), 1, 0.75, 2.5)),
                2.5,
                700,
                OptionalLong.of(600),
                OptionalInt.of(3),
                "loop",
                Optional.of("p7-engineer"),
                Optional.of("System design"),
                1)));
    return rows;
  }

  @Test
  void jsonRoundTrip() throws Exception {
    try (HistoryStore store = HistoryStore.open(dir, clock)) {
      List<StoredAttemptRow> rows = fill(store);
      StringWriter out = new StringWriter();
      Export.json(store, out);
      JsonNode array = new ObjectMapper().readTree(out.toString());
      assertThat(array.isArray()).isTrue();
      assertThat(array).hasSize(2);
      List<StoredAttemptRow> read = new ArrayList<>();
      for (JsonNode n : array) {
        List<StoredCriterion> criteria = new ArrayList<>();
        for (JsonNode c : n.get("criteria")) {
          criteria.add(
              new StoredCriterion(
                  c.get("kind").asText(),
                  c.get("name").asText(),
                  c.get("dimension").isNull()
                      ? Optional.empty()
                      : Optional.of(c.get("dimension").asText()),
                  c.get("weight").asDouble(),
                  c.get("score").asDouble(),
                  c.get("penalty").asDouble()));
        }
        read.add(
            new StoredAttemptRow(
                n.get("id").asLong(),
                Instant.parse(n.get("at").asText()),
                new StoredAttempt(
                    n.get("question_id").asText(),
                    n.get("bank").asText(),
                    n.get("category").asText(),
                    n.get("rubric_hash").asText(),
                    n.get("answer").asText(),
                    n.get("total").asInt(),
                    HistoryStore.band(n.get("band").asText()),
                    n.get("skipped").asBoolean(),
                    criteria,
                    n.get("avoid_penalty").asDouble(),
                    n.get("used_seconds").asLong(),
                    n.get("limit_seconds").isNull()
                        ? OptionalLong.empty()
                        : OptionalLong.of(n.get("limit_seconds").asLong()),
                    n.get("self_rating").isNull()
                        ? OptionalInt.empty()
                        : OptionalInt.of(n.get("self_rating").asInt()),
                    n.get("mode").asText(),
                    n.get("loop").isNull() ? Optional.empty() : Optional.of(n.get("loop").asText()),
                    n.get("round").isNull()
                        ? Optional.empty()
                        : Optional.of(n.get("round").asText()),
                    n.get("scorer").asInt())));
      }
      assertThat(read).isEqualTo(rows); // oldest first
    }
  }

  @Test
  void csvFollowsRfc4180AndRoundTrips() {
    try (HistoryStore store = HistoryStore.open(dir, clock)) {
      List<StoredAttemptRow> rows = fill(store);
      StringWriter out = new StringWriter();
      Export.csv(store, out);
      String csv = out.toString();
      assertThat(csv).startsWith(String.join(",", Export.CSV_COLUMNS) + "\r\n").endsWith("\r\n");
      List<List<String>> records = parse(csv);
      assertThat(records).hasSize(3);
      assertThat(records.get(0)).isEqualTo(Export.CSV_COLUMNS);
      for (int i = 0; i < rows.size(); i++) {
        List<String> r = records.get(i + 1);
        StoredAttempt a = rows.get(i).attempt();
        assertThat(r).hasSize(Export.CSV_COLUMNS.size());
        assertThat(field(r, "id")).isEqualTo(Long.toString(rows.get(i).id()));
        assertThat(field(r, "at")).isEqualTo(rows.get(i).at().toString());
        assertThat(field(r, "bank")).isEqualTo(a.bank());
        assertThat(field(r, "answer")).isEqualTo(a.answer());
        assertThat(field(r, "total")).isEqualTo(Integer.toString(a.total()));
        assertThat(field(r, "scorer")).isEqualTo(Integer.toString(a.scorer()));
        assertThat(field(r, "loop")).isEqualTo(a.loop().orElse(""));
      }
      List<String> second = records.get(2);
      assertThat(field(second, "criteria")).isEqualTo("concept:north star=0.5; avoid:jargon=0.75");
      assertThat(field(second, "limit_seconds")).isEqualTo("600");
      assertThat(field(second, "self_rating")).isEqualTo("3");
      assertThat(field(second, "avoid_penalty")).isEqualTo("2.5");
      assertThat(csv)
          .contains("\"bank, with comma\"")
          .contains("\"She said \"\"DAU\"\", then:\r\n");
    }
  }

  @Test
  void quotingOnlyWhereNeeded() {
    assertThat(Export.quote("plain")).isEqualTo("plain");
    assertThat(Export.quote("")).isEqualTo("");
    assertThat(Export.quote("a,b")).isEqualTo("\"a,b\"");
    assertThat(Export.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(Export.quote("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(Export.quote("cr\rhere")).isEqualTo("\"cr\rhere\"");
  }

  private static String field(List<String> record, String column) {
    return record.get(Export.CSV_COLUMNS.indexOf(column));
  }

  /** A strict RFC 4180 reader: CRLF between records, quoted fields may hold anything. */
  static List<List<String>> parse(String csv) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    while (i < csv.length()) {
      char ch = csv.charAt(i);
      if (ch == '"' && field.length() == 0) {
        i++;
        while (true) {
          char q = csv.charAt(i++);
          if (q == '"') {
            if (i < csv.length() && csv.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              break;
            }
          } else {
            field.append(q);
          }
        }
      } else if (ch == ',') {
        record.add(field.toString());
        field.setLength(0);
        i++;
      } else if (ch == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
        i += 2;
      } else {
        if (ch == '\r' || ch == '\n' || ch == '"') {
          throw new IllegalArgumentException("unquoted " + (int) ch + " at " + i);
        }
        field.append(ch);
        i++;
      }
    }
    if (!record.isEmpty() || field.length() > 0) {
      throw new IllegalArgumentException("the last record has no CRLF");
    }
    return records;
  }

  @Test
  void csvCellsASpreadsheetWouldRunAreInertAndControlsAreGone() throws Exception {
    try (HistoryStore store = HistoryStore.open(dir, clock)) {
      store.record(
          new StoredAttempt(
              "q-1",
              "=HYPERLINK(\"http://x\")",
              "@SUM(A1)",
              "abc",
              "-2+3 and \u001b[31mred\u001b[0m",
              64,
              Band.BORDERLINE,
              false,
              List.of(),
              -2.5,
              700,
              OptionalLong.empty(),
              OptionalInt.empty(),
              "drill",
              Optional.of("+cmd"),
              Optional.empty(),
              dev.pmdrill.scoring.ScorerVersion.CURRENT));
      StringWriter csv = new StringWriter();
      Export.csv(store, csv);
      String row = csv.toString().split("\r\n")[1];
      assertThat(row)
          .contains(",\"'=HYPERLINK(\"\"http://x\"\")\",")
          .contains(",'@SUM(A1),")
          .contains(",'+cmd,")
          .contains(",-2.5,")
          .endsWith(",'-2+3 and red")
          .doesNotContain("\u001b");
    }
  }
}
