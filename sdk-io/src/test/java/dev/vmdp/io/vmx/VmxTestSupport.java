package dev.vmdp.io.vmx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Small helpers shared by the .vmx tests. */
final class VmxTestSupport {
  private VmxTestSupport() {}

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] bytes(String s, Charset cs) {
    return s.getBytes(cs);
  }

  static String text(VmxDocument doc) {
    return new String(doc.toBytes(), StandardCharsets.UTF_8);
  }

  static VmxDocument doc(String s) {
    return VmxDocument.parse(utf8(s), "test.vmx");
  }

  static byte[] guideBytes() {
    try (InputStream in = VmxTestSupport.class.getResourceAsStream("guide-rhel3.vmx")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static VmxDocument guide() {
    return VmxDocument.parse(guideBytes(), "guide-rhel3.vmx");
  }
}
