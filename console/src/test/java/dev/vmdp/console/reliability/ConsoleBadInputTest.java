package dev.vmdp.console.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.console.shell.Console;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interactive console given bad files and commands: each one prints a message naming the
 * file, never a stack trace, and the session goes on (a folder is a folder of VMs, as for
 * {@code vmdp check}; a garbled VMX opens with findings). {@code @Timeout} is a hang guard only.
 */
class ConsoleBadInputTest {
  @TempDir
  Path dir;

  @Test
  @Timeout(120)
  void badFilesAndCommandsGiveAMessageAndTheSessionGoesOn() throws Exception {
    Files.createDirectory(dir.resolve("folder.vmx"));
    byte[] garbage = new byte[4096];
    new Random(42).nextBytes(garbage);
    Files.write(dir.resolve("garbage.vmx"), garbage);
    Files.write(dir.resolve("garbage.jsh"), garbage);
    for (String huge : new String[] {"huge.vmx", "huge.jsh"}) {
      try (RandomAccessFile f = new RandomAccessFile(dir.resolve(huge).toFile(), "rw")) {
        f.setLength(3L << 30);
      }
    }
    String input = String.join("\n",
        "/open missing.vmx",
        "/open folder.vmx",
        "/open huge.vmx",
        "/load missing.jsh",
        "/load huge.jsh",
        "/load garbage.jsh",
        "/frobnicate",
        "/open garbage.vmx",
        "/check",
        "6 * 7",
        "/exit", "");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = Console.builder()
        .streams(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out)
        .historyFile(dir.resolve("history"))
        .workingDirectory(dir)
        .build()
        .run();
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(code).as(text).isZero();
    assertThat(text).contains("missing.vmx:1:1: cannot read file: no such file")
        .contains("huge.vmx: file is " + (3L << 30) + " bytes")
        .contains("missing.jsh: no such file")
        .contains("huge.jsh: file is " + (3L << 30) + " bytes")
        .contains("garbage.jsh: not UTF-8 text")
        .contains("error: unknown command /frobnicate")
        .contains("VMDP602 line holds a NUL byte")
        .contains("==> 42");
    assertThat(text).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("internal error");
  }
}
