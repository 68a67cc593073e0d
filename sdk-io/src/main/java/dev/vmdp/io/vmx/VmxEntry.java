package dev.vmdp.io.vmx;

import dev.vmdp.io.LineTerminator;
import java.nio.charset.Charset;
import java.util.Optional;

/**
 * A {@code key = value} line, with the key as written, the value as written (quotes and
 * escapes included) and the decoded value.
 *
 * <pre>{@code
 * VmxEntry e = doc.entry("memsize").orElseThrow();
 * e.key();          // "memSize" (the spelling in the file)
 * e.writtenValue(); // "\"512\""
 * e.value();        // "512"
 * }</pre>
 */
public final class VmxEntry extends VmxLine {
  private final String key;
  private final String writtenValue;
  private final boolean quoted;
  private final byte[] valueBytes;
  private final String comment;

  VmxEntry(int lineNumber, byte[] raw, LineTerminator terminator, Charset charset, String key,
      String writtenValue, boolean quoted, byte[] valueBytes, String comment) {
    super(lineNumber, raw, terminator, charset);
    this.key = key;
    this.writtenValue = writtenValue;
    this.quoted = quoted;
    this.valueBytes = valueBytes;
    this.comment = comment;
  }

  /** The key as written in the file (keys compare case-insensitively). */
  public String key() {
    return key;
  }

  /** The value as written, with its quotes and {@code |XX} escapes; empty for {@code key =}. */
  public String writtenValue() {
    return writtenValue;
  }

  /** Whether the value is written in double quotes. */
  public boolean quoted() {
    return quoted;
  }

  /** The value unescaped and decoded; bytes not valid in the encoding show as U+FFFD. */
  public String value() {
    return new String(valueBytes, charset());
  }

  /** A copy of the unescaped value bytes, in the document's encoding. */
  public byte[] valueBytes() {
    return valueBytes.clone();
  }

  /** The trailing comment from its {@code #} to the end of the line, or empty when there is none. */
  public Optional<String> trailingComment() {
    return Optional.ofNullable(comment);
  }
}
