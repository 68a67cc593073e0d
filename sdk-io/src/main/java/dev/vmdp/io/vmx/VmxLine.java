package dev.vmdp.io.vmx;

import dev.vmdp.io.LineTerminator;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Objects;

/**
 * One line of a {@link VmxDocument}, with its bytes exactly as in the file: an entry
 * ({@link VmxEntry}), a comment ({@link VmxComment}), a blank line ({@link VmxBlank}) or a line
 * VMware keeps but does not parse ({@link VmxOther}).
 *
 * <pre>{@code
 * for (VmxLine line : doc.lines()) {
 *   if (line instanceof VmxEntry e) {
 *     System.out.println(e.lineNumber() + ": " + e.key() + " -> " + e.value());
 *   }
 * }
 * }</pre>
 */
public abstract sealed class VmxLine permits VmxEntry, VmxComment, VmxBlank, VmxOther {
  private final int lineNumber;
  private final byte[] raw;
  private final LineTerminator terminator;
  private final Charset charset;

  VmxLine(int lineNumber, byte[] raw, LineTerminator terminator, Charset charset) {
    this.lineNumber = lineNumber;
    this.raw = raw;
    this.terminator = Objects.requireNonNull(terminator, "terminator");
    this.charset = charset;
  }

  /** The 1-based line number in the document this line was taken from. */
  public final int lineNumber() {
    return lineNumber;
  }

  /** A copy of the line's bytes without its terminator (and without a byte order mark). */
  public final byte[] raw() {
    return raw.clone();
  }

  /** How the line ends; {@link LineTerminator#NONE} for a last line without a newline. */
  public final LineTerminator terminator() {
    return terminator;
  }

  /** The line decoded in the document's encoding; bytes not valid in it show as U+FFFD. */
  public final String text() {
    return new String(raw, charset);
  }

  final Charset charset() {
    return charset;
  }

  /** Lines are equal when they are of the same kind, at the same number, with the same bytes. */
  @Override
  @SuppressWarnings("EqualsGetClass") // the kinds are final subclasses: a blank line never equals an entry
  public boolean equals(Object o) {
    return o != null
        && o.getClass() == getClass()
        && lineNumber == ((VmxLine) o).lineNumber
        && terminator == ((VmxLine) o).terminator
        && Arrays.equals(raw, ((VmxLine) o).raw);
  }

  /** A hash of the kind-independent parts: number, bytes and terminator. */
  @Override
  public int hashCode() {
    return (lineNumber * 31 + Arrays.hashCode(raw)) * 31 + terminator.hashCode();
  }

  /** Renders as {@code Kind[line N: text]}. */
  @Override
  public String toString() {
    return getClass().getSimpleName() + "[line " + lineNumber + ": " + text() + "]";
  }
}
