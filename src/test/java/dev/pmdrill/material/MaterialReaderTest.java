package dev.pmdrill.material;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pmdrill.bank.Problem;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaterialReaderTest {
  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> problems(String file, String text, boolean packet) {
    try {
      if (packet) {
        MaterialReader.packet(file, utf8(text));
      } else {
        MaterialReader.stories(file, utf8(text));
      }
    } catch (MaterialException e) {
      return e.problems().stream().map(Problem::toString).toList();
    }
    throw new AssertionError("expected problems in " + text);
  }

  @Test
  void readsMarkdownStoriesWithFrontMatterTitleAndSubheadings() throws Exception {
    String md =
        "---\n"
            + "candidate: Li Wei\n"
            + "target: Senior PM (P7)\n"
            + "---\n"
            + "# My stories\n"
            + "\n"
            + "Some notes before the first story are not a story.\n"
            + "\n"
            + "## Killed the live tab ##\n"
            + "\n"
            + "Last year I owned the tab.\n"
            + "### What I learnt\n"
            + "To stop early.\n"
            + "\n"
            + "## 砍掉直播频道\n"
            + "去年我负责直播频道。\n"
            + "```\n"
            + "## not a heading inside a fence\n"
            + "```\n";
    StoryBank bank = MaterialReader.stories("s.md", utf8(md)).value();
    assertThat(bank.about()).containsEntry("candidate", "Li Wei");
    assertThat(bank.stories())
        .extracting(Piece::title)
        .containsExactly("Killed the live tab", "砍掉直播频道");
    assertThat(bank.stories().get(0).text())
        .isEqualTo("Last year I owned the tab.\n### What I learnt\nTo stop early.");
    assertThat(bank.stories().get(0).location().line()).isEqualTo(9);
    assertThat(bank.stories().get(1).text()).contains("## not a heading inside a fence");
  }

  @Test
  void readsCrlfAndByteOrderMark() throws Exception {
    StoryBank bank =
        MaterialReader.stories(
                "s.md", utf8("\uFEFF## One\r\nI did it.\r\n## Two\r\nI did more.\r\n"))
            .value();
    assertThat(bank.stories()).extracting(Piece::text).containsExactly("I did it.", "I did more.");
  }

  @Test
  void readsYamlStories() throws Exception {
    String yaml =
        "candidate: Li Wei\n"
            + "stories:\n"
            + "  - title: One\n"
            + "    text: |\n"
            + "      I did it.\n"
            + "  - title: Two\n"
            + "    text: I did more.\n";
    StoryBank bank = MaterialReader.stories("s.yaml", utf8(yaml)).value();
    assertThat(bank.stories()).extracting(Piece::title).containsExactly("One", "Two");
    assertThat(bank.stories().get(1).location().line()).isEqualTo(6);
    assertThat(bank.about()).containsOnlyKeys("candidate");
  }

  @Test
  void readsPacketFrontMatter() throws Exception {
    String md =
        "---\n"
            + "candidate: Chen Yu\n"
            + "track: Staff PM\n"
            + "current-level: P8\n"
            + "sponsor: Zhang Min, CPO (P10)\n"
            + "sponsor-since: 2026-09-01\n"
            + "submission: 2027-01-10\n"
            + "board: 2027-03-01\n"
            + "adopting-teams: [Ele.me, Fliggy]\n"
            + "artefact: the privacy review template\n"
            + "---\n"
            + "## Privacy layer\n"
            + "I saw it early.\n";
    Packet packet = MaterialReader.packet("p.md", utf8(md)).value();
    assertThat(packet.track()).contains(Track.STAFF);
    assertThat(packet.facts().board()).contains(LocalDate.of(2027, 3, 1));
    assertThat(packet.facts().adoptingTeams()).containsExactly("Ele.me", "Fliggy");
    assertThat(packet.facts().sponsor()).contains("Zhang Min, CPO (P10)");
    assertThat(packet.examples()).hasSize(1);
  }

  @Test
  void unknownFrontMatterKeyIsAWarningWithASuggestion() throws Exception {
    MaterialReader.Read<Packet> read =
        MaterialReader.packet(
            "p.md", utf8("---\ntrack: staff\nsponser: Zhang\n---\n## A\nText.\n"));
    assertThat(read.warnings())
        .extracting(Problem::toString)
        .containsExactly(
            "p.md:3:1: warning: unknown key 'sponser' in the front matter, ignored; did you mean"
                + " 'sponsor'?");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          no headings               | Just some text.\\n                       | s.md:1:1: error: no stories found: give each story a '## Title' heading with its text below
          only level-1 headings     | # One\\ntext\\n# Two\\ntext\\n            | s.md:1:1: error: no stories found: give each story a '## Title' heading with its text below (this file has '#' or '###' headings; a story needs '## ')
          heading with no text      | ## One\\n\\n## Two\\nText.\\n           | s.md:1:1: error: the story 'One' has no text under its heading
          heading with no title     | ##\\nText.\\n## Two\\nText.\\n          | s.md:1:1: error: a '##' heading with no title; name the story after '## '
          front matter never closed | ---\\ncandidate: x\\n## One\\nText.\\n  | s.md:1:1: error: the front matter opened with '---' here is never closed; end it with a line holding only '---'
          broken front matter       | ---\\ncandidate: [x\\n---\\n## One\\nText.\\n | s.md:3:1:
          duplicate title           | ## One\\nText.\\n## one\\nMore.\\n      | s.md:3:1: error: a story titled 'one' is already at line 1, column 1; titles name what you drill, so each must be different
          empty file                | ''                                       | s.md:1:1: error: no stories found: give each story a '## Title' heading with its text below
          """)
  void markdownProblemsNameTheLine(String why, String text, String expected) {
    assertThat(problems("s.md", text.replace("\\n", "\n"), false))
        .as(why)
        .anySatisfy(p -> assertThat(p).startsWith(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          unknown track    | ---\\ntrack: stafff\\n---\\n## A\\nText.\\n | p.md:2:8: error: unknown track 'stafff'; did you mean 'staff'?
          a bad date       | ---\\nboard: next spring\\n---\\n## A\\nText.\\n | p.md:2:8: error: 'board' must be a date written YYYY-MM-DD
          no examples      | ---\\ntrack: staff\\n---\\n                    | p.md:1:1: error: no examples found
          aliases          | ---\\na: &x 1\\nb: *x\\n---\\n## A\\nText.\\n     | p.md:3:4: error: alias '*x' is not allowed
          """)
  void packetProblemsNameTheLine(String why, String text, String expected) {
    assertThat(problems("p.md", text.replace("\\n", "\n"), true))
        .as(why)
        .anySatisfy(p -> assertThat(p).startsWith(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          not a mapping      | - a\\n- b\\n                                       | s.yaml:1:1: error: the stories file must be a mapping
          no stories key     | candidate: x\\n                                    | s.yaml:1:1: error: missing 'stories'
          a story w/o text   | stories:\\n  - title: A\\n                         | s.yaml:2:5: error: this story has no 'text'
          unknown key        | stories:\\n  - title: A\\n    txt: B\\n             | s.yaml:3:5: error: unknown key 'txt' in a story; did you mean 'text'?
          empty list         | stories: []\\n                                     | s.yaml:1:1: error: 'stories' is empty
          a packet's list    | examples: []\\n                                    | s.yaml:1:1: error: missing 'stories': list each story under 'stories:' with a 'title' and a 'text' (this file lists 'examples': is it for 'pmdrill packet'?)
          """)
  void yamlProblemsNameTheLine(String why, String text, String expected) {
    assertThat(problems("s.yaml", text.replace("\\n", "\n"), false))
        .as(why)
        .anySatisfy(p -> assertThat(p).startsWith(expected));
  }

  @Test
  void refusesInvalidUtf8AndNul() {
    assertThatThrownBy(
            () -> MaterialReader.stories("s.md", new byte[] {'#', '#', ' ', (byte) 0xC3}))
        .isInstanceOf(MaterialException.class)
        .hasMessageContaining("not UTF-8");
    assertThatThrownBy(() -> MaterialReader.stories("s.md", utf8("## A\n\0\n")))
        .isInstanceOf(MaterialException.class)
        .hasMessageContaining("NUL");
  }

  @Test
  void aTwelvePagePacketReadsEveryExample() throws Exception {
    StringBuilder md = new StringBuilder("---\ntrack: staff\n---\n");
    for (int i = 1; i <= 5; i++) {
      md.append("## Example ").append(i).append('\n');
      md.append("I saw the risk early and acted without a mandate. ".repeat(400)).append("\n\n");
    }
    Packet packet = MaterialReader.packet("p.md", utf8(md.toString())).value();
    assertThat(packet.examples()).hasSize(5);
    assertThat(packet.examples().get(4).text().length()).isGreaterThan(19_000);
  }
}
