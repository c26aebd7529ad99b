package dev.pmdrill.cli;

import dev.pmdrill.session.BatchScorer;
import dev.pmdrill.text.ControlCharacters;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Reads an answer's bytes strictly: UTF-8, no NUL bytes, at most {@link #MAX_BYTES}. */
final class AnswerInput {
  /** The scorer's limit on an answer, checked here on its bytes. */
  static final int MAX_BYTES = BatchScorer.MAX_ANSWER;

  private AnswerInput() {}

  static String read(InputStream in, String source) {
    byte[] bytes;
    try {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw new ExitException(
          ExitCode.USAGE, "cannot read the answer from " + source + ": " + e.getMessage());
    }
    return decode(bytes, source);
  }

  /** The checks every answer passes, whether from a file, standard input or a batch line. */
  static String decode(byte[] bytes, String source) {
    String problem = problem(bytes);
    if (!problem.isEmpty()) {
      throw new ExitException(ExitCode.USAGE, "the answer in " + source + " " + problem);
    }
    return decodeText(bytes, source);
  }

  /**
   * Strict UTF-8 without the answer's length check: a batch line holds its answer with its id, and
   * the answer is checked once read, so that the error can name the id.
   */
  static String decodeText(byte[] bytes, String source) {
    try {
      return ControlCharacters.strip(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      throw new ExitException(ExitCode.USAGE, "the answer in " + source + " is not UTF-8 text");
    }
  }

  private static String problem(byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      return "is longer than the limit of 1 MiB";
    }
    for (byte b : bytes) {
      if (b == 0) {
        return "holds NUL bytes (is it a binary file?)";
      }
    }
    return "";
  }
}
