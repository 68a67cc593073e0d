package dev.vmdp.model.pci;

import java.util.Locale;

/**
 * Zero-padded numbers as {@code String.format(Locale.ROOT, "%0Nx")} and {@code "%0Nd"} print
 * them, without a formatter: addresses and ids are printed once per device in every report, and
 * {@link java.util.Formatter} parses its format string on every call.
 */
final class Digits {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Digits() {}

  /** Appends {@code value} as at least {@code width} lower-case hex digits, like {@code %0Nx}. */
  static StringBuilder hex(StringBuilder sb, int value, int width) {
    int digits = Math.max(1, (Integer.SIZE - Integer.numberOfLeadingZeros(value) + 3) / 4);
    for (int i = digits; i < width; i++) {
      sb.append('0');
    }
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
      sb.append(HEX[(value >>> shift) & 0xF]); // a negative value prints its 8 two's-complement digits, as %x does
    }
    return sb;
  }

  /** Appends {@code value} as at least {@code width} decimal digits, like {@code %0Nd}. */
  static StringBuilder dec(StringBuilder sb, int value, int width) {
    if (value < 0) {
      return sb.append(String.format(Locale.ROOT, "%0" + width + "d", value)); // never for PCI numbers
    }
    int digits = 1;
    for (int v = value; v >= 10; v /= 10) {
      digits++;
    }
    for (int i = digits; i < width; i++) {
      sb.append('0');
    }
    return sb.append(value);
  }
}
