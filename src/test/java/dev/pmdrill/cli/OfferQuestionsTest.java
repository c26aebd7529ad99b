package dev.pmdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pmdrill.material.Offer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code pmdrill offer} with no file, in a terminal: offers asked for field by field. */
class OfferQuestionsTest {
  private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
  private Terminal terminal;

  private OfferQuestions typing(String keys) throws IOException {
    terminal =
        new DumbTerminal(
            "test",
            Terminal.TYPE_DUMB,
            new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)),
            screen,
            StandardCharsets.UTF_8);
    LineReader reader =
        LineReaderBuilder.builder()
            .terminal(terminal)
            .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
            .build();
    return new OfferQuestions(reader);
  }

  @AfterEach
  void close() throws IOException {
    terminal.close();
  }

  private String screen() {
    return screen.toString(StandardCharsets.UTF_8);
  }

  @Test
  void twoOffersAreReadAsAFileWouldBe() throws IOException {
    OfferQuestions questions =
        typing(
            String.join(
                "\n",
                "Alibaba",
                "P7",
                "40k x 16",
                "3 months",
                "400k",
                "25/25/25/25",
                "",
                "",
                "ByteDance",
                "",
                "650k",
                "15%",
                "",
                "100k",
                "n",
                ""));
    List<Offer> offers = questions.ask();
    assertThat(offers).extracting(Offer::name).containsExactly("Alibaba (P7)", "ByteDance");
    Offer alibaba = offers.get(0);
    assertThat(alibaba.baseYearly()).isEqualTo(640_000);
    assertThat(alibaba.bonusTarget()).isEqualTo(120_000);
    assertThat(alibaba.rsuTotal()).isEqualTo(400_000);
    assertThat(alibaba.vesting()).containsExactly(25.0, 25.0, 25.0, 25.0);
    Offer bytedance = offers.get(1);
    assertThat(bytedance.baseYearly()).isEqualTo(650_000);
    assertThat(bytedance.bonusTarget()).isEqualTo(97_500);
    assertThat(bytedance.signOn()).isEqualTo(100_000);
    assertThat(questions.yaml().orElseThrow())
        .startsWith("offers:\n  - company: Alibaba\n    level: P7\n    base-monthly: 40k\n")
        .contains("    months: 16\n")
        .contains("  - company: ByteDance\n    base-yearly: 650k\n");
  }

  @Test
  void aRejectedFieldIsAskedAgainWithWhatWasTypedStillInTheLine() throws IOException {
    OfferQuestions questions =
        typing(String.join("\n", "Alibaba", "", "600k", "", "", "600.", "5k", "n", ""));
    List<Offer> offers = questions.ask();
    assertThat(offers).hasSize(1);
    assertThat(offers.get(0).signOn()).isEqualTo(600_500);
    assertThat(screen())
        .contains("'sign-on' must be an amount in CNY")
        .contains("Sign-on bonus (Enter: none): 600.");
  }

  @Test
  void stockWithoutAVestingScheduleAsksForTheSchedule() throws IOException {
    OfferQuestions questions =
        typing(String.join("\n", "Meituan", "", "500k", "", "200k", "", "", "4 years", "n", ""));
    List<Offer> offers = questions.ask();
    assertThat(offers).hasSize(1);
    assertThat(offers.get(0).vesting()).containsExactly(25.0, 25.0, 25.0, 25.0);
    assertThat(screen()).contains("'rsu' needs 'vesting'");
  }

  @Test
  void anOfferLeftUnfinishedIsNotComparedButWhatWasTypedIsKept() throws IOException {
    OfferQuestions questions =
        typing(String.join("\n", "Alibaba", "P7", "600k", "", "", "", "y", "JD", "P8", ""));
    List<Offer> offers = questions.ask();
    assertThat(offers).extracting(Offer::company).containsExactly("Alibaba");
    assertThat(questions.yaml().orElseThrow()).contains("  - company: JD\n    level: P8\n");
  }

  @Test
  void nothingTypedIsNothingToKeep() throws IOException {
    OfferQuestions questions = typing("");
    assertThat(questions.ask()).isEmpty();
    assertThat(questions.yaml()).isEmpty();
  }
}
