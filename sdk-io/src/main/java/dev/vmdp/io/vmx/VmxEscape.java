package dev.vmdp.io.vmx;

import dev.vmdp.model.VmdpException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import java.util.Objects;

/**
 * The {@code |XX} escapes of .vmx values, exactly as VMware writes and reads them (open-vm-tools
 * {@code lib/misc/escape.c}, DOMAIN.md 5.2).
 *
 * <p>{@link #escape(byte[])} writes {@code |} and two upper-case hex digits for {@code "},
 * {@code |}, DEL (0x7F) and every byte below 0x20 but TAB, and leaves every other byte (also
 * bytes 0x80-0xFF of multi-byte encodings) as it is, so an escaped value never holds a line break
 * or a quote. {@link #unescape(byte[])} is lenient like VMware's reader: it accepts lower-case
 * hex, keeps a {@code |} that is not followed by two hex digits literally, and does not re-read
 * the byte that broke a sequence as the start of a new one ({@code |4|41} stays {@code |4|41}).
 *
 * <pre>{@code
 * byte[] escaped = VmxEscape.escape("say \"hi\"", StandardCharsets.UTF_8); // say |22hi|22
 * String back = VmxEscape.unescape(escaped, StandardCharsets.UTF_8);      // say "hi"
 * }</pre>
 */
public final class VmxEscape {
  private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private static final int[] HEX_VALUE = new int[256];

  static {
    Arrays.fill(HEX_VALUE, -1);
    for (int i = 0; i < 10; i++) {
      HEX_VALUE['0' + i] = i;
    }
    for (int i = 0; i < 6; i++) {
      HEX_VALUE['A' + i] = 10 + i;
      HEX_VALUE['a' + i] = 10 + i;
    }
  }

  private VmxEscape() {}

  /**
   * Whether VMware escapes this byte when it writes a value.
   *
   * @param b the byte
   * @return true for {@code "}, {@code |}, DEL and control bytes other than TAB
   */
  public static boolean needsEscape(byte b) {
    int u = b & 0xFF;
    return (u < 0x20 && u != '\t') || u == '"' || u == '|' || u == 0x7F;
  }

  /**
   * Escapes raw value bytes as VMware writes them.
   *
   * @param raw the value's bytes in the document's encoding
   * @return the escaped bytes (a new array)
   */
  public static byte[] escape(byte[] raw) {
    Objects.requireNonNull(raw, "raw");
    int extra = 0;
    for (byte b : raw) {
      if (needsEscape(b)) {
        extra += 2;
      }
    }
    if (extra == 0) {
      return raw.clone();
    }
    byte[] out = new byte[raw.length + extra];
    int o = 0;
    for (byte b : raw) {
      if (needsEscape(b)) {
        out[o++] = '|';
        out[o++] = HEX[(b >> 4) & 0xF];
        out[o++] = HEX[b & 0xF];
      } else {
        out[o++] = b;
      }
    }
    return out;
  }

  /**
   * Encodes a value in a charset and escapes it as VMware writes it.
   *
   * @param value the value
   * @param charset the document's encoding
   * @return the escaped bytes
   * @throws VmdpException naming the first character the charset cannot encode
   */
  public static byte[] escape(String value, Charset charset) {
    return escape(encode(value, charset));
  }

  /**
   * Unescapes value bytes leniently, as VMware reads them.
   *
   * @param escaped the value as written, without quotes
   * @return the value's bytes (a new array)
   */
  public static byte[] unescape(byte[] escaped) {
    return unescape(escaped, 0, escaped.length);
  }

  /**
   * Unescapes a slice of value bytes leniently, as VMware reads them.
   *
   * @param buf the bytes
   * @param off where the value starts
   * @param len the value's length
   * @return the value's bytes (a new array)
   */
  public static byte[] unescape(byte[] buf, int off, int len) {
    Objects.checkFromIndexSize(off, len, buf.length);
    byte[] out = new byte[len];
    int o = 0;
    int end = off + len;
    int i = off;
    while (i < end) {
      byte b = buf[i];
      if (b == '|' && i + 2 < end && HEX_VALUE[buf[i + 1] & 0xFF] >= 0 && HEX_VALUE[buf[i + 2] & 0xFF] >= 0) {
        out[o++] = (byte) (HEX_VALUE[buf[i + 1] & 0xFF] << 4 | HEX_VALUE[buf[i + 2] & 0xFF]);
        i += 3;
      } else if (b == '|') {
        // An invalid sequence is kept literally, and the byte that broke it is not re-read as a
        // new escape: copy the '|' and up to two following bytes that were examined.
        out[o++] = b;
        i++;
        if (i < end) {
          boolean firstHex = HEX_VALUE[buf[i] & 0xFF] >= 0;
          out[o++] = buf[i++];
          if (firstHex && i < end) {
            out[o++] = buf[i++];
          }
        }
      } else {
        out[o++] = b;
        i++;
      }
    }
    return o == len ? out : Arrays.copyOf(out, o);
  }

  /**
   * Unescapes value bytes and decodes them; bytes not valid in the charset become U+FFFD.
   *
   * @param escaped the value as written, without quotes
   * @param charset the document's encoding
   * @return the value
   */
  public static String unescape(byte[] escaped, Charset charset) {
    return new String(unescape(escaped), charset);
  }

  /**
   * A value's content as written ({@code buf[off, off + len)}), unescaped and decoded; a value
   * that is ASCII without a {@code |} is made into a string directly.
   */
  static String decodeValue(byte[] buf, int off, int len, Charset charset) {
    for (int i = off; i < off + len; i++) {
      if (buf[i] < 0 || buf[i] == '|') {
        return new String(unescape(buf, off, len), charset);
      }
    }
    return new String(buf, off, len, java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  /** The value of a hex digit (either case), or -1 for any other byte. */
  static int hexValue(byte b) {
    return HEX_VALUE[b & 0xFF];
  }

  /** What {@link #invalidEscapes} gives for a value without one (shared: an empty array cannot change). */
  private static final int[] NO_OFFSETS = {};

  /**
   * Where the invalid escapes of a value are: offsets of each {@code |} that VMware keeps
   * literally because two hex digits do not follow it.
   *
   * @param buf the bytes
   * @param off where the value starts
   * @param len the value's length
   * @return offsets into {@code buf}, ascending; empty when every escape is valid
   */
  public static int[] invalidEscapes(byte[] buf, int off, int len) {
    Objects.checkFromIndexSize(off, len, buf.length);
    int[] found = NO_OFFSETS;
    int end = off + len;
    int i = off;
    while (i < end) {
      if (buf[i] != '|') {
        i++;
        continue;
      }
      if (i + 2 < end && HEX_VALUE[buf[i + 1] & 0xFF] >= 0 && HEX_VALUE[buf[i + 2] & 0xFF] >= 0) {
        i += 3;
        continue;
      }
      found = Arrays.copyOf(found, found.length + 1);
      found[found.length - 1] = i;
      i++;
      if (i < end) {
        boolean firstHex = HEX_VALUE[buf[i] & 0xFF] >= 0;
        i++;
        if (firstHex && i < end) {
          i++;
        }
      }
    }
    return found;
  }

  static byte[] encode(String value, Charset charset) {
    Objects.requireNonNull(value, "value");
    CharsetEncoder encoder = charset.newEncoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      ByteBuffer bb = encoder.encode(CharBuffer.wrap(value));
      byte[] out = new byte[bb.remaining()];
      bb.get(out);
      return out;
    } catch (CharacterCodingException e) {
      int at = firstUnencodable(value, charset);
      int cp = value.codePointAt(at);
      throw new VmdpException("character '" + new String(Character.toChars(cp)) + "' (U+"
          + String.format("%04X", cp) + ") at index " + at + " cannot be written in " + charset.name(), e);
    }
  }

  private static int firstUnencodable(String value, Charset charset) {
    CharsetEncoder encoder = charset.newEncoder();
    for (int i = 0; i < value.length(); i = value.offsetByCodePoints(i, 1)) {
      int cp = value.codePointAt(i);
      if (Character.isSurrogate(value.charAt(i)) && Character.charCount(cp) == 1) {
        return i;
      }
      if (!encoder.canEncode(new String(Character.toChars(cp)))) {
        return i;
      }
    }
    return 0;
  }
}
