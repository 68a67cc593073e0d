package dev.vmdp.model.pci;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A PCI class code: base class, subclass and, when known, the programming interface, as
 * {@code lspci -n} prints it ({@code 0200} for an Ethernet controller, {@code 0604} for a
 * PCI-to-PCI bridge; {@code 060400} with the programming interface).
 *
 * <pre>{@code
 * ClassCode c = ClassCode.parse("0604");
 * c.isPciBridge();   // true
 * c.toString();      // "0604"
 * }</pre>
 */
public final class ClassCode implements Comparable<ClassCode> {
  private static final int NO_PROG_IF = -1;

  private final int baseClass;
  private final int subClass;
  private final int progIf;

  private ClassCode(int baseClass, int subClass, int progIf) {
    checkByte("base class", baseClass);
    checkByte("subclass", subClass);
    if (progIf != NO_PROG_IF) {
      checkByte("programming interface", progIf);
    }
    this.baseClass = baseClass;
    this.subClass = subClass;
    this.progIf = progIf;
  }

  private static void checkByte(String field, int value) {
    if (value < 0 || value > 0xff) {
      throw new PciFormatException("PCI class code " + field + " must be 0..0xff, was " + value);
    }
  }

  /**
   * The class code with this base class and subclass, programming interface unknown.
   *
   * @param baseClass 0..0xff
   * @param subClass 0..0xff
   * @return the class code
   * @throws PciFormatException naming the field and value when one is out of range
   */
  public static ClassCode of(int baseClass, int subClass) {
    return new ClassCode(baseClass, subClass, NO_PROG_IF);
  }

  /**
   * The class code with this base class, subclass and programming interface.
   *
   * @param baseClass 0..0xff
   * @param subClass 0..0xff
   * @param progIf 0..0xff
   * @return the class code
   */
  public static ClassCode of(int baseClass, int subClass, int progIf) {
    if (progIf < 0) {
      checkByte("programming interface", progIf);
    }
    return new ClassCode(baseClass, subClass, progIf);
  }

  /**
   * Parses four hex digits ({@code 0200}) or six ({@code 060400}, with the programming
   * interface), optionally {@code 0x}-prefixed, any case.
   *
   * @param text the class code
   * @return the class code
   * @throws PciFormatException naming the text when it is malformed
   */
  public static ClassCode parse(String text) {
    Objects.requireNonNull(text, "PCI class code text");
    String t = text.strip();
    if (t.startsWith("0x") || t.startsWith("0X")) {
      t = t.substring(2);
    }
    if (t.length() != 4 && t.length() != 6) {
      throw new PciFormatException("not a PCI class code (want 4 or 6 hex digits, e.g. 0200): '" + text + "'");
    }
    int[] bytes = new int[t.length() / 2];
    for (int i = 0; i < bytes.length; i++) {
      int hi = hexDigit(t.charAt(2 * i));
      int lo = hexDigit(t.charAt(2 * i + 1));
      if (hi < 0 || lo < 0) {
        throw new PciFormatException("not a PCI class code (want 4 or 6 hex digits, e.g. 0200): '" + text + "'");
      }
      bytes[i] = hi * 16 + lo;
    }
    return bytes.length == 2 ? of(bytes[0], bytes[1]) : of(bytes[0], bytes[1], bytes[2]);
  }

  private static int hexDigit(char c) {
    return c > 'z' ? -1 : Character.digit(c, 16);
  }

  /** The base class (the first byte: {@code 0x02} network, {@code 0x06} bridge, ...). */
  public int baseClass() {
    return baseClass;
  }

  /** The subclass (the second byte). */
  public int subClass() {
    return subClass;
  }

  /** The programming interface, or empty when it was not given. */
  public OptionalInt progIf() {
    return progIf == NO_PROG_IF ? OptionalInt.empty() : OptionalInt.of(progIf);
  }

  /** Base class and subclass as one 16-bit number ({@code 0x0200}). */
  public int value16() {
    return baseClass << 8 | subClass;
  }

  /** True for any bridge device (base class {@code 0x06}, including host and ISA bridges). */
  public boolean isBridge() {
    return baseClass == 0x06;
  }

  /**
   * True for a bridge that leads to another PCI bus: PCI-to-PCI ({@code 0604}) or semi-transparent
   * PCI-to-PCI ({@code 0609}).
   */
  public boolean isPciBridge() {
    return baseClass == 0x06 && (subClass == 0x04 || subClass == 0x09);
  }

  /** The same class code without its programming interface. */
  public ClassCode withoutProgIf() {
    return progIf == NO_PROG_IF ? this : of(baseClass, subClass);
  }

  /** Orders by base class, subclass, then programming interface (unknown first). */
  @Override
  public int compareTo(ClassCode o) {
    int c = Integer.compare(value16(), o.value16());
    return c != 0 ? c : Integer.compare(progIf, o.progIf);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ClassCode c && c.baseClass == baseClass && c.subClass == subClass && c.progIf == progIf;
  }

  @Override
  public int hashCode() {
    return value16() * 257 + progIf;
  }

  /** Four lower-case hex digits ({@code 0200}), or six when the programming interface is known. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(6);
    Digits.hex(sb, baseClass, 2);
    Digits.hex(sb, subClass, 2);
    return progIf == NO_PROG_IF ? sb.toString() : Digits.hex(sb, progIf, 2).toString();
  }
}
