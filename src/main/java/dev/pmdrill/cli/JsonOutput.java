package dev.pmdrill.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** One pretty-printed JSON document on standard output, ending in a newline. */
final class JsonOutput {
  /** Writes the document's value with the generator it is given. */
  interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private JsonOutput() {}

  static void print(Context context, Body body) throws IOException {
    JsonGenerator g = new JsonFactory().createGenerator(context.out());
    g.useDefaultPrettyPrinter();
    body.write(g);
    g.flush();
    context.out().println();
  }
}
