package dev.vmdp.report;

import java.io.StringWriter;
import java.io.Writer;
import java.util.Locale;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * The one Jackson generator setup of the JSON renderers: strings escaped per RFC 8259, and also
 * DEL, the C1 controls (U+0080-U+009F, such as U+009B, a one-character CSI) and U+2028/U+2029, so
 * that JSON printed on a terminal or pasted into JavaScript cannot carry control sequences; hex
 * digits in lower case; slashes not escaped.
 */
final class JsonOutput {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .characterEscapes(new ControlEscapes())
      .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
      .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
      // A streamed report writes to the caller's stream, which the caller closes.
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  private JsonOutput() {}

  /**
   * Runs {@code body} on a generator and returns what it wrote.
   *
   * @param pretty indented, one member per line (for SARIF, which people read too), else compact
   * @param body writes one JSON value
   * @return the JSON text, without a trailing newline
   */
  static String write(boolean pretty, Consumer<JsonGenerator> body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = generator(pretty, out)) {
      body.accept(g);
    }
    return out.toString();
  }

  /**
   * A generator that writes to {@code out} as it goes (a streamed report); closing it leaves
   * {@code out} open.
   *
   * @param pretty indented, else compact
   * @param out where the JSON goes
   * @return the generator
   */
  static JsonGenerator generator(boolean pretty, Writer out) {
    return FACTORY.createGenerator(pretty ? new Pretty() : ObjectWriteContext.empty(), out);
  }

  /** A write context that indents. */
  private static final class Pretty extends ObjectWriteContext.Base {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return new DefaultPrettyPrinter();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  }

  /** JSON's own escapes, plus DEL, C1 and the two Unicode line separators. */
  private static final class ControlEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii;

    ControlEscapes() {
      ascii = CharacterEscapes.standardAsciiEscapesForJSON();
      ascii[0x7f] = CharacterEscapes.ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii.clone();
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if ((ch >= 0x80 && ch <= 0x9f) || ch == 0x2028 || ch == 0x2029) {
        return new SerializedString(String.format(Locale.ROOT, "\\u%04x", ch));
      }
      return null;
    }
  }
}
