package dev.vmdp.io.vmx;

import dev.vmdp.model.VmdpException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads a few keys from a .vmx without building a document: for inventories of many files where
 * only {@code displayName}, {@code memsize} or {@code guestOS} matter. Each value is what
 * {@link VmxDocument#get(String)} gives (first occurrence, case-insensitive key, escapes and the
 * declared {@code .encoding} applied), at a fraction of the cost. Like the VMX parser, and for the
 * same reason (one pass at memory speed), it finds line ends in its own scan, eight bytes at a
 * time, rather than with the shared splitter ({@link dev.vmdp.io.internal.TextLines}).
 *
 * <pre>{@code
 * VmxValues.Reader reader = VmxValues.reader(List.of("displayName", "memsize")); // once
 * Map<String, String> v = reader.read(Files.readAllBytes(path));                   // per file
 * v.get("memsize");   // "512", or absent when the file has no memsize
 * }</pre>
 */
public final class VmxValues {
  /** The reader of the last {@link #read(byte[], Collection)}: callers in a loop pass the same keys. */
  private static final AtomicReference<Reader> LAST = new AtomicReference<>();

  private VmxValues() {}

  /**
   * The values of some keys; {@link #reader(Collection)} prepares the keys once for many files.
   *
   * @param bytes the file's bytes
   * @param keys the keys, in any case
   * @return key (as given) to decoded value, in the order given; keys the file lacks are absent
   */
  public static Map<String, String> read(byte[] bytes, Collection<String> keys) {
    Reader r = LAST.get();
    if (r == null || !r.hasKeys(keys)) {
      r = reader(keys);
      LAST.set(r);
    }
    return r.read(bytes);
  }

  /**
   * A reader of some keys, for reading the same keys from many files.
   *
   * @param keys the keys, in any case
   * @return the reader; immutable and safe to share between threads
   */
  public static Reader reader(Collection<String> keys) {
    List<String> names = List.copyOf(keys);
    byte[][] bytes = new byte[names.size()][];
    boolean[] charsetDependent = new boolean[names.size()];
    for (int i = 0; i < bytes.length; i++) {
      String k = names.get(i);
      charsetDependent[i] = !isAscii(k);
      bytes[i] = keyBytes(k, StandardCharsets.UTF_8);
    }
    return new Reader(names, bytes, charsetDependent);
  }

  /**
   * The keys of {@link VmxValues#reader(Collection)}, lower-cased and indexed by their first byte
   * once, so that each file costs one pass that looks at most lines only for their end.
   */
  public static final class Reader {
    private static final byte[] ENCODING = ".encoding".getBytes(StandardCharsets.US_ASCII);
    private static final VarHandle LONGS =
        MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long LF_WORD = ONES * '\n';
    private static final long CR_WORD = ONES * '\r';
    /** The parser's byte classes and ASCII lower case (the same grammar). */
    private static final byte[] CLASS = VmxParser.CLASS;
    private static final byte[] LOWER = VmxParser.LOWER;

    private final List<String> names;
    /** Lower-case key bytes; the last is {@code .encoding}; null for a key no line can hold. */
    private final byte[][] wanted;
    /** For each lower-case first byte, the indexes of the keys that start with it, or null. */
    private final int[][] byFirstByte;
    /** How many keys (with {@code .encoding}) a file can hold. */
    private final int matchable;
    /** Whether a key is not ASCII, so that its bytes depend on the file's encoding. */
    private final boolean[] charsetDependent;

    private Reader(List<String> names, byte[][] keyBytes, boolean[] charsetDependent) {
      int count = names.size();
      this.names = names;
      this.charsetDependent = charsetDependent;
      this.wanted = new byte[count + 1][];
      this.byFirstByte = new int[256][];
      int live = 0;
      for (int i = 0; i <= count; i++) {
        byte[] k = i == count ? ENCODING.clone() : keyBytes[i];
        if (k == null || !canBeKey(k)) {
          continue;
        }
        for (int j = 0; j < k.length; j++) {
          k[j] = LOWER[k[j] & 0xFF]; // ASCII case only, as the parser folds keys
        }
        wanted[i] = k;
        live++;
        int first = k[0] & 0xFF;
        int[] same = byFirstByte[first];
        same = same == null ? new int[1] : Arrays.copyOf(same, same.length + 1);
        same[same.length - 1] = i;
        byFirstByte[first] = same;
      }
      this.matchable = live;
    }

    /** Whether this reader reads exactly these keys, in this order. */
    boolean hasKeys(Collection<String> keys) {
      if (keys.size() != names.size()) {
        return false;
      }
      int i = 0;
      for (String k : keys) {
        if (!names.get(i++).equals(k)) {
          return false;
        }
      }
      return true;
    }

    /**
     * The values of this reader's keys in a file.
     *
     * @param bytes the file's bytes
     * @return key (as given) to decoded value, in the order given; keys the file lacks are absent
     */
    public Map<String, String> read(byte[] bytes) {
      int count = names.size();
      int[] values = scan(bytes);
      Charset cs = StandardCharsets.UTF_8;
      int enc = 2 * count;
      if (values[enc] >= 0) {
        Charset declared = VmxCharsets.forName(new String(
            VmxEscape.unescape(bytes, values[enc], values[enc + 1] - values[enc]), StandardCharsets.ISO_8859_1));
        if (declared != null) {
          cs = declared;
        }
      }
      if (!cs.equals(StandardCharsets.UTF_8)) {
        values = rescanInCharset(bytes, values, cs);
      }
      Map<String, String> out = new LinkedHashMap<>();
      for (int i = 0; i < count; i++) {
        if (values[2 * i] >= 0) {
          out.put(names.get(i), VmxEscape.decodeValue(bytes, values[2 * i], values[2 * i + 1] - values[2 * i], cs));
        }
      }
      return out;
    }

    /**
     * Finds the first entry of each key: for key {@code i} (and {@code .encoding} after the given
     * keys), the start and end of its value's content at {@code 2i} and {@code 2i + 1}, or -1.
     */
    private int[] scan(byte[] b) {
      int[] values = new int[2 * wanted.length];
      Arrays.fill(values, -1);
      int missing = matchable;
      int n = b.length;
      int p = n >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF ? 3 : 0;
      while (p < n && missing > 0) {
        int lineStart = p;
        while (p < n && CLASS[b[p] & 0xFF] == VmxParser.WS) {
          p++;
        }
        if (p == n) {
          break;
        }
        // Lines whose first byte starts no wanted key are only scanned for their end.
        int[] candidates = byFirstByte[LOWER[b[p] & 0xFF] & 0xFF];
        if (candidates != null) {
          int first = -1; // the key found on this line (the same key may be wanted twice)
          for (int i : candidates) {
            if (values[2 * i] < 0 && keyAt(b, p, n, wanted[i])) {
              if (first < 0) {
                if (!value(b, lineStart, n, values, 2 * i)) {
                  break; // not an entry line
                }
                first = i;
              } else {
                values[2 * i] = values[2 * first];
                values[2 * i + 1] = values[2 * first + 1];
              }
              missing--;
            }
          }
          if (missing == 1 && first >= 0 && onlyTheEncodingIsMissing(b, values)) {
            break;
          }
        }
        p = lineEnd(b, p, n);
        if (p < n) {
          p += b[p] == '\r' && p + 1 < n && b[p + 1] == '\n' ? 2 : 1;
        }
      }
      return values;
    }

    /**
     * Whether every key but {@code .encoding} is found (or can never be) and no value depends on
     * the encoding: ASCII keys whose values are ASCII without escapes read the same in every
     * charset a .vmx may declare, so the rest of the file cannot change the result.
     */
    private boolean onlyTheEncodingIsMissing(byte[] b, int[] values) {
      int enc = wanted.length - 1;
      if (values[2 * enc] >= 0 || wanted[enc] == null) {
        return false;
      }
      for (int i = 0; i < enc; i++) {
        if (charsetDependent[i] || (wanted[i] != null && values[2 * i] < 0)) {
          return false;
        }
        for (int j = values[2 * i]; j < values[2 * i + 1]; j++) {
          if (b[j] < 0 || b[j] == '|') {
            return false;
          }
        }
      }
      return true;
    }

    /**
     * Parses the line at {@code lineStart} and, when it is an entry, stores its value's content
     * at {@code values[at]} and {@code values[at + 1]}. The only use of the parser.
     */
    private static boolean value(byte[] b, int lineStart, int n, int[] values, int at) {
      LineRecord r = VmxParser.parseLine(b, lineStart, n);
      if (r.kind != LineRecord.ENTRY) {
        return false;
      }
      values[at] = r.innerStart();
      values[at + 1] = r.innerEnd();
      return true;
    }

    /**
     * Looks the keys that are not ASCII up again, now encoded in the file's charset (as
     * {@link VmxDocument} encodes them); rare, so it simply scans the file once more.
     */
    private int[] rescanInCharset(byte[] b, int[] values, Charset cs) {
      int count = names.size();
      List<String> again = new ArrayList<>();
      List<Integer> at = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        if (charsetDependent[i]) {
          again.add(names.get(i));
          at.add(i);
        }
      }
      if (again.isEmpty()) {
        return values;
      }
      byte[][] bytes = new byte[again.size()][];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = keyBytes(again.get(i), cs);
      }
      int[] found = new Reader(again, bytes, new boolean[bytes.length]).scan(b);
      int[] out = values.clone();
      for (int i = 0; i < bytes.length; i++) {
        out[2 * at.get(i)] = found[2 * i];
        out[2 * at.get(i) + 1] = found[2 * i + 1];
      }
      return out;
    }

    /** Whether the key starts at {@code p} and ends there (the lower-case key has no stop byte). */
    private static boolean keyAt(byte[] b, int p, int n, byte[] lowerKey) {
      int len = lowerKey.length;
      if (n - p < len) {
        return false;
      }
      for (int i = 0; i < len; i++) {
        if (LOWER[b[p + i] & 0xFF] != lowerKey[i]) {
          return false;
        }
      }
      return p + len == n || (CLASS[b[p + len] & 0xFF] & VmxParser.KEY_STOP) != 0;
    }

    /**
     * The first {@code \n} or {@code \r} at or after {@code p}, or {@code n}: eight bytes at a
     * time, where a byte equal to the line end becomes zero after an exclusive or, and
     * {@code (x - 0x01..) & ~x & 0x80..} marks the lowest zero byte of {@code x} exactly (a borrow
     * only spreads upwards from a zero byte, so only later bytes can be marked falsely).
     */
    static int lineEnd(byte[] b, int p, int n) {
      int i = p;
      while (i <= n - Long.BYTES) {
        long w = (long) LONGS.get(b, i);
        long lf = w ^ LF_WORD;
        long cr = w ^ CR_WORD;
        long hits = (((lf - ONES) & ~lf) | ((cr - ONES) & ~cr)) & HIGHS;
        if (hits != 0) {
          return i + (Long.numberOfTrailingZeros(hits) >>> 3);
        }
        i += Long.BYTES;
      }
      while (i < n && b[i] != '\n' && b[i] != '\r') {
        i++;
      }
      return i;
    }

    /** Whether no byte of a key ends a key in the grammar, so that a line can hold it. */
    private static boolean canBeKey(byte[] k) {
      if (k.length == 0) {
        return false;
      }
      for (byte x : k) {
        if ((CLASS[x & 0xFF] & VmxParser.KEY_STOP) != 0) {
          return false;
        }
      }
      return true;
    }
  }

  /** A key's bytes as {@link VmxDocument} looks them up in a file of that charset, or null. */
  private static byte[] keyBytes(String key, Charset cs) {
    if (isAscii(key)) {
      return key.getBytes(StandardCharsets.ISO_8859_1);
    }
    try {
      return VmxEscape.encode(key, cs);
    } catch (VmdpException e) {
      return null; // the file cannot hold the key
    }
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
