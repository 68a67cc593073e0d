package dev.vmdp.io.vmx;

import dev.vmdp.io.LineTerminator;
import java.nio.charset.Charset;

/** An empty line or a line of spaces and tabs only. */
public final class VmxBlank extends VmxLine {
  VmxBlank(int lineNumber, byte[] raw, LineTerminator terminator, Charset charset) {
    super(lineNumber, raw, terminator, charset);
  }
}
