package dev.vmdp.io.vmx;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a few keys from a .vmx without building a document: for inventories of many files where
 * only {@code displayName}, {@code memsize} or {@code guestOS} matter. Each value is what
 * {@link VmxDocument#get(String)} gives (first occurrence, case-insensitive key, escapes and the
 * declared {@code .encoding} applied), at a fraction of the cost.
 *
 * <pre>{@code
 * Map<String, String> v = VmxValues.read(Files.readAllBytes(path), List.of("displayName", "memsize"));
 * v.get("memsize");   // "512", or absent when the file has no memsize
 * }</pre>
 */
public final class VmxValues {
  private static final byte[] ENCODING = ".encoding".getBytes(StandardCharsets.US_ASCII);
  private static final int KEY_STOP =
      VmxParser.WS | VmxParser.EOL | VmxParser.HASH | VmxParser.EQ | VmxParser.NUL;

  private VmxValues() {}

  /**
   * The values of some keys.
   *
   * @param bytes the file's bytes
   * @param keys the keys, in any case
   * @return key (as given) to decoded value, in the order given; keys the file lacks are absent
   */
  public static Map<String, String> read(byte[] bytes, Collection<String> keys) {
    List<String> names = new ArrayList<>(keys);
    int count = names.size();
    byte[][] wanted = new byte[count + 1][];
    int[] hashes = new int[count + 1];
    for (int i = 0; i < count; i++) {
      byte[] k = names.get(i).getBytes(StandardCharsets.UTF_8);
      for (int j = 0; j < k.length; j++) {
        k[j] = VmxParser.LOWER[k[j] & 0xFF]; // ASCII case only, as the parser folds keys
      }
      wanted[i] = k;
      hashes[i] = VmxParser.hash(wanted[i]);
    }
    wanted[count] = ENCODING;
    hashes[count] = VmxParser.hash(ENCODING);
    boolean[] firstByte = new boolean[256];
    for (byte[] k : wanted) {
      if (k.length > 0) {
        firstByte[k[0] & 0xFF] = true;
      }
    }
    LineRecord[] found = new LineRecord[count + 1];
    int missing = count + 1;
    byte[] b = bytes;
    int n = b.length;
    byte[] cls = VmxParser.CLASS;
    byte[] lower = VmxParser.LOWER;
    int p = n >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF ? 3 : 0;
    while (p < n && missing > 0) {
      int lineStart = p;
      while (p < n && cls[b[p] & 0xFF] == VmxParser.WS) {
        p++;
      }
      // Lines whose first byte starts no wanted key are only scanned for their end.
      if (p < n && firstByte[lower[b[p] & 0xFF] & 0xFF]) {
        int keyStart = p;
        int h = 0;
        while (p < n && (cls[b[p] & 0xFF] & KEY_STOP) == 0) {
          h = 31 * h + lower[b[p] & 0xFF];
          p++;
        }
        for (int i = 0; i <= count; i++) {
          if (found[i] == null && hashes[i] == h && sameKey(b, keyStart, p, wanted[i])) {
            LineRecord r = VmxParser.parseLine(b, lineStart, n);
            if (r.kind == LineRecord.ENTRY) {
              found[i] = r;
              missing--;
            }
          }
        }
      }
      while (p < n && b[p] != '\n' && b[p] != '\r') {
        p++;
      }
      if (p < n && b[p] == '\r' && p + 1 < n && b[p + 1] == '\n') {
        p++;
      }
      p++;
    }
    Charset cs = StandardCharsets.UTF_8;
    if (found[count] != null) {
      Charset declared = VmxCharsets.forName(new String(raw(found[count]), StandardCharsets.ISO_8859_1));
      if (declared != null) {
        cs = declared;
      }
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      if (found[i] != null) {
        out.put(names.get(i), new String(raw(found[i]), cs));
      }
    }
    return out;
  }

  private static byte[] raw(LineRecord r) {
    return VmxEscape.unescape(r.buf, r.innerStart(), r.innerEnd() - r.innerStart());
  }

  private static boolean sameKey(byte[] b, int start, int end, byte[] lowerKey) {
    if (end - start != lowerKey.length) {
      return false;
    }
    byte[] lower = VmxParser.LOWER;
    for (int i = 0; i < lowerKey.length; i++) {
      if (lower[b[start + i] & 0xFF] != lowerKey[i]) {
        return false;
      }
    }
    return true;
  }
}
