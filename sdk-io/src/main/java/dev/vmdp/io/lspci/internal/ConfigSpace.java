package dev.vmdp.io.lspci.internal;

/**
 * Fills what a {@code -x}/{@code -xxx} hex dump of configuration space says and the text view did
 * not: vendor and device ids, class, revision, subsystem and a bridge's bus numbers (PCI Local Bus
 * specification: type 0 headers, type 1 PCI-to-PCI and type 2 CardBus bridge headers).
 */
final class ConfigSpace {
  private ConfigSpace() {}

  static void apply(DraftFunction f) {
    int[] c = f.config;
    int vendor = word(c, 0x00);
    int device = word(c, 0x02);
    if (f.vendor < 0 && vendor >= 0 && vendor != 0xffff) {
      f.vendor = vendor;
      f.deviceId = device;
    }
    if (f.revision < 0 && c[0x08] >= 0) {
      f.revision = c[0x08];
    }
    if (f.progIf < 0 && c[0x09] >= 0) {
      f.progIf = c[0x09];
    }
    if (f.classCode < 0 && c[0x0a] >= 0 && c[0x0b] >= 0) {
      f.classCode = c[0x0b] << 8 | c[0x0a];
    }
    int headerType = c[0x0e] < 0 ? -1 : c[0x0e] & 0x7f;
    if ((headerType == 1 || headerType == 2) && f.secondaryBus < 0 && c[0x19] >= 0 && c[0x1a] >= 0) {
      f.primaryBus = c[0x18];
      f.secondaryBus = c[0x19];
      f.subordinateBus = c[0x1a];
    }
    if (headerType == 0 && f.subsystemVendor < 0) {
      int sv = word(c, 0x2c);
      int sd = word(c, 0x2e);
      if (sv > 0 && sv != 0xffff) {
        f.subsystemVendor = sv;
        f.subsystemDevice = sd;
      }
    }
  }

  private static int word(int[] c, int offset) {
    if (c[offset] < 0 || c[offset + 1] < 0) {
      return -1;
    }
    return c[offset + 1] << 8 | c[offset];
  }
}
