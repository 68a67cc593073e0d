package dev.vmdp.rules.render;

/** A minimal JSON writer for the renderers: strings escaped per RFC 8259. */
public final class Json {
  private final StringBuilder out = new StringBuilder();
  private boolean first = true;

  /** A new, empty writer. */
  public Json() {}

  /** Starts an object (an opening brace). */
  public Json beginObject() {
    comma();
    out.append('{');
    first = true;
    return this;
  }

  /** Ends an object. */
  public Json endObject() {
    out.append('}');
    first = false;
    return this;
  }

  /** Starts an array. */
  public Json beginArray() {
    comma();
    out.append('[');
    first = true;
    return this;
  }

  /** Ends an array. */
  public Json endArray() {
    out.append(']');
    first = false;
    return this;
  }

  /**
   * Writes a member name; the next value belongs to it.
   *
   * @param name the name
   * @return this writer
   */
  public Json name(String name) {
    comma();
    quote(name);
    out.append(':');
    first = true;
    return this;
  }

  /**
   * Writes a string value.
   *
   * @param value the string (null writes {@code null})
   * @return this writer
   */
  public Json value(String value) {
    comma();
    if (value == null) {
      out.append("null");
    } else {
      quote(value);
    }
    first = false;
    return this;
  }

  /**
   * Writes a number value.
   *
   * @param value the number
   * @return this writer
   */
  public Json value(long value) {
    comma();
    out.append(value);
    first = false;
    return this;
  }

  /**
   * Writes a boolean value.
   *
   * @param value the boolean
   * @return this writer
   */
  public Json value(boolean value) {
    comma();
    out.append(value);
    first = false;
    return this;
  }

  private void comma() {
    if (!first) {
      out.append(',');
    }
    first = false;
  }

  private void quote(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }

  /** The JSON text written so far. */
  @Override
  public String toString() {
    return out.toString();
  }
}
