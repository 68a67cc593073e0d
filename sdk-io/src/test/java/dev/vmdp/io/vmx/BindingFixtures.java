package dev.vmdp.io.vmx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The binding tests' fixtures and line helpers. */
final class BindingFixtures {
  static final String GUIDE_UUID = "48c4619b-6d58-18db-2a0e-000423d1e6f6";

  private BindingFixtures() {}

  static VmxDocument fixture(String name) {
    try (InputStream in = BindingFixtures.class.getResourceAsStream(name)) {
      return VmxDocument.parse(in.readAllBytes(), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static VmxDocument guide() {
    return fixture("guide-rhel3.vmx");
  }

  static VmxDocument esxi7() {
    return fixture("esxi7-gpu-passthrough.vmx");
  }

  static VmxDocument esxi67() {
    return fixture("esxi67-db-hba.vmx");
  }

  /** The document's lines as text, without terminators. */
  static List<String> lines(VmxDocument doc) {
    return doc.lines().stream().map(VmxLine::text).toList();
  }

  static String text(VmxDocument doc) {
    return new String(doc.toBytes(), StandardCharsets.UTF_8);
  }
}
