package dev.pmdrill.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlCharactersTest {
  @Test
  void escapeSequencesGoWhole() {
    assertThat(ControlCharacters.strip("a\u001b[31mred\u001b[0m b")).isEqualTo("ared b");
    assertThat(ControlCharacters.strip("\u001b[2J\u001b[1;1Hclear")).isEqualTo("clear");
    assertThat(ControlCharacters.strip("t\u001b]0;title\u0007x")).isEqualTo("tx");
    assertThat(ControlCharacters.strip("t\u001b]8;;http://x\u001b\\link")).isEqualTo("tlink");
    assertThat(ControlCharacters.strip("\u009b31mc1")).isEqualTo("c1");
    assertThat(ControlCharacters.strip("cut\u001b[")).isEqualTo("cut");
  }

  @Test
  void otherControlsGoAndLinesStay() {
    assertThat(ControlCharacters.strip("bell\u0007 back\b del\u007f c1\u0085"))
        .isEqualTo("bell back del c1");
    assertThat(ControlCharacters.strip("one\ntwo\tthree\r\nfour"))
        .isEqualTo("one\ntwo\tthree\r\nfour");
    assertThat(ControlCharacters.strip("over\rwrite")).isEqualTo("overwrite");
    assertThat(ControlCharacters.strip("abc\u202edcba")).isEqualTo("abcdcba");
  }

  @Test
  void cleanTextIsTheSameInstance() {
    String clean = "GMV grew 12% in 11.11 — 增长";
    assertThat(ControlCharacters.strip(clean)).isSameAs(clean);
  }

  @Test
  void digitsInsideAnEscapeAreNoLongerQuantities() {
    String answer = "GMV grew \u001b[38;5;196m12%\u001b[0m";
    assertThat(AnalyzedText.of(ControlCharacters.strip(answer)).quantities()).hasSize(1);
  }
}
