package dev.vmdp.rules.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class VMDP605Test {

  @Test
  void positive_bytesNotValidInTheDeclaredEncoding() {
    byte[] head = ".encoding = \"UTF-8\"\ndisplayName = \"caf".getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = new byte[head.length + 3];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xe9;
    bytes[head.length + 1] = '"';
    bytes[head.length + 2] = '\n';
    assertThat(ReadDiagnostics.vmx("VMDP605", bytes)).singleElement()
        .satisfies(f -> assertThat(f.location().map(Object::toString).orElseThrow()).startsWith("t.vmx:2:"));
  }

  @Test
  void negative_theSameBytesDeclaredAsWindows1252() {
    byte[] head = ".encoding = \"windows-1252\"\ndisplayName = \"caf".getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = new byte[head.length + 3];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xe9;
    bytes[head.length + 1] = '"';
    bytes[head.length + 2] = '\n';
    assertThat(ReadDiagnostics.vmx("VMDP605", bytes)).isEmpty();
  }
}
