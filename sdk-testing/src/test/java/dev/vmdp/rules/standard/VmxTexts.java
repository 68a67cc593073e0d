package dev.vmdp.rules.standard;

import dev.vmdp.rules.fixtures.TestHosts;

/** The .vmx the file-syntax tests (VMDP601-606) start from: esx01's ESXi 6.7 VM with one NIC passed through. */
final class VmxTexts {
  /** db01, as ESXi writes it: every line {@code key = "value"}, nothing for VMDP601-606 to report. */
  static final String DB01 = TestHosts.vm("db01", TestHosts.entry(0, "00000:003:00.0", "8086:10c6"));

  private VmxTexts() {}

  /**
   * db01 with one of its lines replaced.
   *
   * @param line a whole line of {@link #DB01}, without its terminator
   * @param by what stands there instead (may be several lines, and markers)
   * @return the .vmx text
   */
  static String replacing(String line, String by) {
    if (!DB01.contains(line + "\n")) {
      throw new IllegalArgumentException("db01.vmx has no line '" + line + "'");
    }
    return DB01.replace(line + "\n", by + "\n");
  }
}
