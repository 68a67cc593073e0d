package dev.vmdp.io.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** Generators of the reliability suite: raw bytes, and text built from the fragments of a format. */
final class Gens {
  private Gens() {}

  static Gen<byte[]> anyBytes(int max) {
    return Generate.byteArrays(Generate.range(0, max), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0));
  }

  /** Text made of the given fragments (lines, separators, junk), in any order and number. */
  static Gen<String> shaped(int maxParts, String... fragments) {
    List<String> pool = List.of(fragments);
    return SourceDSL.lists().of(Generate.pick(pool)).ofSizeBetween(0, maxParts).map(parts -> String.join("", parts));
  }

  /** Like {@link #shaped} but with an arbitrary byte now and then. */
  static Gen<byte[]> shapedBytes(int maxParts, String... fragments) {
    List<byte[]> pool = new ArrayList<>();
    for (String f : fragments) {
      pool.add(f.getBytes(StandardCharsets.UTF_8));
    }
    Gen<byte[]> fragment = Generate.frequency(
        org.quicktheories.api.Pair.of(6, Generate.pick(pool)),
        org.quicktheories.api.Pair.of(1, anyBytes(3)));
    return SourceDSL.lists().of(fragment).ofSizeBetween(0, maxParts).map(Gens::concat);
  }

  static byte[] concat(List<byte[]> parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] all = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, all, at, p.length);
      at += p.length;
    }
    return all;
  }
}
