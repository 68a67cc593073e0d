package dev.vmdp.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Control characters from file content never reach a terminal raw: not through {@code vmx
 * devices}, {@code vmx get}, {@code vmx cat}, the report, or the error lines on stderr. Piped
 * output keeps the exact bytes.
 */
class TerminalSafetyTest {
  static final String CSI = "\u001b[";

  @TempDir
  Path dir;

  private final CliTestSupport cli = new CliTestSupport();

  private static boolean raw(String text) {
    return text.chars().anyMatch(c -> c < 0x20 && c != '\n' || c >= 0x7f && c <= 0x9f);
  }

  @Test
  void vmxDevicesShowsControlCharactersOfValuesEscaped() throws Exception {
    Path vmx = Files.writeString(dir.resolve("evil.vmx"), "pciPassthru0.present = \"TRUE\"\n"
        + "pciPassthru0.id = \"03:00.0|1B]0;owned|07\"\npciPassthru0.systemId = \"|1B[2J\u009b31m\"\n");
    assertThat(cli.vmdp("vmx", "devices", vmx.toString())).isEqualTo(ExitCode.OK);
    assertThat(raw(cli.out())).as(cli.out()).isFalse();
    assertThat(cli.out()).contains("\\u001b]0;owned\\u0007").contains("\\u001b[2J\\u009b31m");
  }

  @Test
  void vmxGetEscapesOnATerminalAndKeepsTheValueInAPipe() throws Exception {
    Path vmx = Files.writeString(dir.resolve("evil.vmx"), "annotation = \"a|1B[2Jb\"\n");
    assertThat(cli.vmdp("vmx", "get", vmx.toString(), "annotation")).isEqualTo(ExitCode.OK);
    assertThat(cli.out()).isEqualTo("a" + CSI + "2Jb\n");
    assertThat(cli.terminal(true).vmdp("vmx", "get", vmx.toString(), "annotation")).isEqualTo(ExitCode.OK);
    assertThat(cli.out()).isEqualTo("a\\u001b[2Jb\n");
  }

  /** A binary file given as a VMX: piped, the exact bytes; on a terminal, escaped, and stderr says so. */
  @Test
  void vmxCatShowsABinaryFileEscapedOnATerminalOnly() throws Exception {
    byte[] binary = {'a', ' ', '=', ' ', '1', '\n', 0x1b, '[', '2', 'J', (byte) 0x9b, 0, (byte) 0xff, '\n'};
    Path f = Files.write(dir.resolve("binary.vmx"), binary);
    assertThat(cli.vmdp("vmx", "cat", f.toString())).isEqualTo(ExitCode.OK);
    assertThat(cli.outBytes()).isEqualTo(binary);
    assertThat(cli.terminal(true).vmdp("vmx", "cat", f.toString())).isEqualTo(ExitCode.OK);
    assertThat(new String(cli.outBytes(), StandardCharsets.US_ASCII)).isEqualTo("a = 1\n\\x1b[2J\\x9b\\x00\\xff\n");
    assertThat(cli.err()).isEqualTo("vmdp: " + f + ": bytes that are not plain text (binary data or control characters) "
        + "shown as \\xNN; redirect or pipe the output for the exact bytes\n");
    Path text = Files.writeString(dir.resolve("plain.vmx"), "displayName = \"café\"\r\n");
    assertThat(cli.vmdp("vmx", "cat", text.toString())).isEqualTo(ExitCode.OK);
    assertThat(cli.outBytes()).isEqualTo(Files.readAllBytes(text));
    assertThat(cli.err()).isEmpty();
  }

  @Test
  void errorLinesAndReportsEscapeWhatTheyQuote() throws Exception {
    Path vmx = Files.writeString(dir.resolve("evil\u001b[2J.vmx"), "memsize = \"512\"\ndisplayName = \"x\u009b2J\"\n"
        + "bad line \u001b]0;t\u0007\n");
    assertThat(cli.vmdp("vmx", "set", vmx.toString(), "bad key", "1")).isEqualTo(ExitCode.USAGE);
    assertThat(raw(cli.err())).as(cli.err()).isFalse();
    assertThat(cli.err()).contains("evil\\u001b[2J.vmx");
    assertThat(cli.vmdp("check", vmx.toString(), "--esx", "4.0")).isIn(ExitCode.OK, ExitCode.FINDINGS);
    assertThat(raw(cli.out() + cli.err())).as(cli.out()).isFalse();
    assertThat(cli.vmdp("check", vmx.toString(), "--esx", "4.0", "--format", "json")).isIn(ExitCode.OK, ExitCode.FINDINGS);
    assertThat(raw(cli.out().strip())).as("JSON escapes C0 and C1").isFalse();
    assertThat(cli.out()).contains("\\u009b2J");
  }
}
