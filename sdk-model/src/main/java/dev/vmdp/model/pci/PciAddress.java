package dev.vmdp.model.pci;

import java.util.Objects;

/**
 * A PCI function address: segment (domain), bus, device (slot) and function.
 *
 * <p>It prints in the {@code lspci -D} form, {@code 0000:03:00.0}, and parses every form the files
 * of the trade use:
 *
 * <ul>
 *   <li>{@link #parse(String)}: {@code lspci} hex forms {@code 03:00.0} and {@code 0000:03:00.0},
 *       plus the unambiguous decimal forms below (a 3-digit bus or a 5-digit segment is decimal);
 *   <li>{@link #parseVmx(String)}: {@code pciPassthruN.id} values, every field decimal:
 *       {@code 03:00.0}, {@code 130:00.0}, {@code 00000:101:00.0}, {@code 0:66:0.0};
 *   <li>{@link #parseEsxConf(String)}: esx.conf {@code /device/001:00.0/...}, decimal;
 *   <li>{@link #parseEsxcli(String)}: {@code esxcli hardware pci list}'s {@code PCI 0:1:0:0},
 *       decimal.
 * </ul>
 *
 * <pre>{@code
 * PciAddress a = PciAddress.parse("0000:65:00.0");
 * a.toVmxLongForm();   // "00000:101:00.0"
 * PciAddress.parseVmx("00000:101:00.0").equals(a);   // true
 * }</pre>
 */
public final class PciAddress implements Comparable<PciAddress> {
  private final int segment;
  private final int bus;
  private final int device;
  private final int function;

  private PciAddress(int segment, int bus, int device, int function) {
    check("segment", segment, 0xffff);
    check("bus", bus, 0xff);
    check("device", device, 0x1f);
    check("function", function, 7);
    this.segment = segment;
    this.bus = bus;
    this.device = device;
    this.function = function;
  }

  private static void check(String field, int value, int max) {
    if (value < 0 || value > max) {
      throw new PciFormatException(
          "PCI " + field + " must be 0.." + max + " (0x" + Integer.toHexString(max) + "), was " + value);
    }
  }

  /**
   * The address with these numbers.
   *
   * @param segment 0..65535
   * @param bus 0..255
   * @param device 0..31
   * @param function 0..7
   * @return the address
   * @throws PciFormatException when a number is out of range, naming the field and the value
   */
  public static PciAddress of(int segment, int bus, int device, int function) {
    return new PciAddress(segment, bus, device, function);
  }

  /**
   * The address in segment 0.
   *
   * @param bus 0..255
   * @param device 0..31
   * @param function 0..7
   * @return the address
   */
  public static PciAddress of(int bus, int device, int function) {
    return new PciAddress(0, bus, device, function);
  }

  /**
   * Parses an lspci-style hex address ({@code 03:00.0}, {@code 0000:03:00.0}), or one of the
   * decimal forms that cannot be mistaken for hex: a 3-digit bus ({@code 130:00.0}, esx.conf
   * {@code 001:00.0}), a 5-digit segment ({@code 00000:101:00.0}) or esxcli's
   * {@code PCI 0:1:0:0}.
   *
   * @param text the address; surrounding blanks are ignored
   * @return the address
   * @throws PciFormatException naming the text when it is no PCI address
   */
  public static PciAddress parse(String text) {
    String t = trimmed(text);
    if (t.regionMatches(true, 0, "PCI ", 0, 4)) {
      return parseEsxcli(t);
    }
    Parts p = Parts.split(t, text);
    if ((p.segment != null && p.segment.length() == 5) || p.bus.length() == 3) {
      return p.toAddress(10, text);
    }
    return p.toAddress(16, text);
  }

  /**
   * Parses a {@code pciPassthruN.id} value: every field decimal, with or without a segment
   * ({@code 03:00.0}, {@code 130:00.0}, {@code 00000:101:00.0}, {@code 0:66:0.0}).
   *
   * @param text the value as decoded from the .vmx
   * @return the address
   * @throws PciFormatException naming the text when it is malformed (for example, hex letters,
   *     which make ESXi fail with "No device hints found")
   */
  public static PciAddress parseVmx(String text) {
    return Parts.split(trimmed(text), text).toAddress(10, text);
  }

  /**
   * Parses an esx.conf device address ({@code 001:00.0}, {@code 000:11.0}): decimal bus, slot and
   * function, segment 0.
   *
   * @param text the address part of a {@code /device/BBB:DD.F/} key
   * @return the address
   */
  public static PciAddress parseEsxConf(String text) {
    return Parts.split(trimmed(text), text).toAddress(10, text);
  }

  /**
   * Parses esxcli's {@code PCI 0:1:0:0} (segment:bus:device:function, decimal); the {@code PCI}
   * prefix is optional.
   *
   * @param text the value of a {@code Parent Device} or {@code Dependent Device} line
   * @return the address
   */
  public static PciAddress parseEsxcli(String text) {
    String t = trimmed(text);
    if (t.regionMatches(true, 0, "PCI ", 0, 4)) {
      t = t.substring(4).trim();
    }
    String[] f = t.split(":", -1);
    if (f.length != 4) {
      throw new PciFormatException("not an esxcli PCI address (want PCI S:B:D:F, decimal): '" + text + "'");
    }
    return checked(num(f[0], 10, text), num(f[1], 10, text), num(f[2], 10, text), num(f[3], 10, text), text);
  }

  /** {@link #of(int, int, int, int)}, with a range error that names the text it was parsed from. */
  private static PciAddress checked(int segment, int bus, int device, int function, String text) {
    try {
      return of(segment, bus, device, function);
    } catch (PciFormatException e) {
      throw new PciFormatException("not a PCI address: '" + text + "' (" + e.getMessage() + ")");
    }
  }

  private static String trimmed(String text) {
    Objects.requireNonNull(text, "PCI address text");
    return text.strip();
  }

  private static int num(String s, int radix, String text) {
    if (s.isEmpty() || s.length() > 5) {
      throw new PciFormatException("not a PCI address: '" + text + "'");
    }
    for (int i = 0; i < s.length(); i++) {
      if (Character.digit(s.charAt(i), radix) < 0 || s.charAt(i) > 'z') {
        String kind = radix == 10 ? "decimal" : "hex";
        throw new PciFormatException(
            "not a PCI address: '" + text + "' ('" + s + "' is not " + kind + ")");
      }
    }
    return Integer.parseInt(s, radix);
  }

  /** The fields of {@code [S:]B:D.F} before conversion. */
  private static final class Parts {
    final String segment;
    final String bus;
    final String device;
    final String function;

    private Parts(String segment, String bus, String device, String function) {
      this.segment = segment;
      this.bus = bus;
      this.device = device;
      this.function = function;
    }

    static Parts split(String t, String original) {
      int dot = t.lastIndexOf('.');
      if (dot < 0) {
        throw new PciFormatException("not a PCI address (want [SSSS:]BB:DD.F): '" + original + "'");
      }
      String[] head = t.substring(0, dot).split(":", -1);
      String fn = t.substring(dot + 1);
      if (head.length == 2) {
        return new Parts(null, head[0], head[1], fn);
      }
      if (head.length == 3) {
        return new Parts(head[0], head[1], head[2], fn);
      }
      throw new PciFormatException("not a PCI address (want [SSSS:]BB:DD.F): '" + original + "'");
    }

    PciAddress toAddress(int radix, String original) {
      int s = segment == null ? 0 : num(segment, radix, original);
      return checked(s, num(bus, radix, original), num(device, radix, original), num(function, radix, original),
          original);
    }
  }

  /** The segment (PCI domain), 0..65535. */
  public int segment() {
    return segment;
  }

  /** The bus number, 0..255. */
  public int bus() {
    return bus;
  }

  /** The device (slot) number, 0..31. */
  public int device() {
    return device;
  }

  /** The function number, 0..7. */
  public int function() {
    return function;
  }

  /** The address of function {@code fn} of the same device. */
  public PciAddress withFunction(int fn) {
    return of(segment, bus, device, fn);
  }

  /** True when both addresses name functions of the same device (segment, bus and slot). */
  public boolean sameDevice(PciAddress other) {
    return segment == other.segment && bus == other.bus && device == other.device;
  }

  /** The lspci short form without segment, {@code 03:00.0}. */
  public String toShortForm() {
    StringBuilder sb = new StringBuilder(7);
    Digits.hex(sb, bus, 2).append(':');
    Digits.hex(sb, device, 2).append('.');
    return Digits.hex(sb, function, 1).toString();
  }

  /** The form later ESXi writes into {@code pciPassthruN.id}: {@code 00000:101:00.0}, decimal. */
  public String toVmxLongForm() {
    StringBuilder sb = new StringBuilder(14);
    Digits.dec(sb, segment, 5).append(':');
    Digits.dec(sb, bus, 3).append(':');
    Digits.dec(sb, device, 2).append('.');
    return sb.append(function).toString();
  }

  /** The ESX 4.x form of {@code pciPassthruN.id}: {@code 03:00.0}, decimal bus and slot. */
  public String toVmxShortForm() {
    StringBuilder sb = new StringBuilder(8);
    Digits.dec(sb, bus, 2).append(':');
    Digits.dec(sb, device, 2).append('.');
    return sb.append(function).toString();
  }

  /** The esx.conf form {@code 001:00.0}: decimal bus (3 digits), slot and function. */
  public String toEsxConfForm() {
    StringBuilder sb = new StringBuilder(8);
    Digits.dec(sb, bus, 3).append(':');
    Digits.dec(sb, device, 2).append('.');
    return sb.append(function).toString();
  }

  /** Orders by segment, bus, device, function. */
  @Override
  public int compareTo(PciAddress o) {
    int c = Integer.compare(segment, o.segment);
    if (c == 0) {
      c = Integer.compare(bus, o.bus);
    }
    if (c == 0) {
      c = Integer.compare(device, o.device);
    }
    return c != 0 ? c : Integer.compare(function, o.function);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PciAddress a
        && a.segment == segment
        && a.bus == bus
        && a.device == device
        && a.function == function;
  }

  @Override
  public int hashCode() {
    return ((segment * 256 + bus) * 32 + device) * 8 + function;
  }

  /** The {@code lspci -D} form, {@code 0000:03:00.0}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(12);
    Digits.hex(sb, segment, 4).append(':');
    Digits.hex(sb, bus, 2).append(':');
    Digits.hex(sb, device, 2).append('.');
    return Digits.hex(sb, function, 1).toString();
  }
}
