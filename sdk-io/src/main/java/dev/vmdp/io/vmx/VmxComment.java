package dev.vmdp.io.vmx;

import dev.vmdp.io.LineTerminator;
import java.nio.charset.Charset;

/** A comment line: optional blanks, then {@code #} (also {@code #!/usr/bin/vmware}). */
public final class VmxComment extends VmxLine {
  VmxComment(int lineNumber, byte[] raw, LineTerminator terminator, Charset charset) {
    super(lineNumber, raw, terminator, charset);
  }
}
