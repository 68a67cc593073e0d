package dev.vmdp.io.vmx;

import dev.vmdp.io.LineTerminator;
import java.nio.charset.Charset;

/**
 * A line that is neither an entry, a comment nor blank (for example free text, or a quote that is
 * never closed). VMware keeps such lines without parsing them; so does vmdp, byte for byte, and
 * reports them as VMDP602.
 */
public final class VmxOther extends VmxLine {
  VmxOther(int lineNumber, byte[] raw, LineTerminator terminator, Charset charset) {
    super(lineNumber, raw, terminator, charset);
  }
}
