package dev.vmdp.model.pci;

import java.util.Objects;

/**
 * A PCI vendor and device id pair, printed as lspci prints it: {@code 8086:10c6}.
 *
 * <pre>{@code
 * PciId id = PciId.parse("8086:10C6");
 * id.vendor();      // 0x8086
 * id.toString();    // "8086:10c6"
 * PciId.parseHex16("0x10de");   // 0x10de, the spelling later .vmx files use
 * }</pre>
 */
public final class PciId implements Comparable<PciId> {
  private final int vendor;
  private final int device;

  private PciId(int vendor, int device) {
    checkField("vendor", vendor);
    checkField("device", device);
    this.vendor = vendor;
    this.device = device;
  }

  private static void checkField(String field, int value) {
    if (value < 0 || value > 0xffff) {
      throw new PciFormatException("PCI " + field + " id must be 0..0xffff, was " + value);
    }
  }

  /**
   * The pair with these ids.
   *
   * @param vendor 0..0xffff
   * @param device 0..0xffff
   * @return the id pair
   */
  public static PciId of(int vendor, int device) {
    return new PciId(vendor, device);
  }

  /**
   * Parses {@code vvvv:dddd} (hex, any case, each side optionally {@code 0x}-prefixed, as in
   * {@code allowedDevices = "0x10de:0x20f1"}).
   *
   * @param text the pair
   * @return the id pair
   * @throws PciFormatException naming the text when it is malformed
   */
  public static PciId parse(String text) {
    Objects.requireNonNull(text, "PCI id text");
    String t = text.strip();
    int colon = t.indexOf(':');
    if (colon < 0 || t.indexOf(':', colon + 1) >= 0) {
      throw new PciFormatException("not a PCI vendor:device id (want 8086:10c6): '" + text + "'");
    }
    return of(parseHex16(t.substring(0, colon)), parseHex16(t.substring(colon + 1)));
  }

  /**
   * Parses one 16-bit hex id, bare ({@code 12ab}, the guide's spelling) or {@code 0x}-prefixed
   * ({@code 0x10de}); at most four hex digits.
   *
   * @param text the id
   * @return its value, 0..0xffff
   * @throws PciFormatException naming the text when it is malformed
   */
  public static int parseHex16(String text) {
    Objects.requireNonNull(text, "PCI id text");
    String t = text.strip();
    if (t.length() > 2 && (t.startsWith("0x") || t.startsWith("0X"))) {
      t = t.substring(2);
    }
    if (t.isEmpty() || t.length() > 4) {
      throw new PciFormatException("not a 16-bit hex PCI id: '" + text + "'");
    }
    int v = 0;
    for (int i = 0; i < t.length(); i++) {
      int d = t.charAt(i) > 'z' ? -1 : Character.digit(t.charAt(i), 16);
      if (d < 0) {
        throw new PciFormatException("not a 16-bit hex PCI id: '" + text + "'");
      }
      v = v * 16 + d;
    }
    return v;
  }

  /** The vendor id, 0..0xffff. */
  public int vendor() {
    return vendor;
  }

  /** The device id, 0..0xffff. */
  public int device() {
    return device;
  }

  /** The vendor id as four lower-case hex digits. */
  public String vendorHex() {
    return hex4(vendor);
  }

  /** The device id as four lower-case hex digits. */
  public String deviceHex() {
    return hex4(device);
  }

  /**
   * Four lower-case hex digits, as lspci and passthru.map print ids.
   *
   * @param value 0..0xffff
   * @return the digits
   */
  public static String hex4(int value) {
    return Digits.hex(new StringBuilder(4), value, 4).toString();
  }

  @Override
  public int compareTo(PciId o) {
    int c = Integer.compare(vendor, o.vendor);
    return c != 0 ? c : Integer.compare(device, o.device);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PciId p && p.vendor == vendor && p.device == device;
  }

  @Override
  public int hashCode() {
    return vendor * 65536 + device;
  }

  /** {@code vvvv:dddd}, lower-case hex. */
  @Override
  public String toString() {
    return hex4(vendor) + ":" + hex4(device);
  }
}
