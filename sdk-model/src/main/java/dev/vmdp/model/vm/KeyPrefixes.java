package dev.vmdp.model.vm;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The key prefixes of one kind of numbered block ({@code pciPassthru3}, {@code pciBridge4}), one
 * string per number below 64: the rules ask for them again and again for every VM of a fleet.
 */
final class KeyPrefixes {
  /** {@code pciPassthruN}. */
  static final KeyPrefixes PASSTHRU = new KeyPrefixes("pciPassthru");
  /** {@code pciBridgeN}. */
  static final KeyPrefixes BRIDGE = new KeyPrefixes("pciBridge");

  private final String block;
  private final AtomicReferenceArray<String> known = new AtomicReferenceArray<>(64);

  private KeyPrefixes(String block) {
    this.block = block;
  }

  /**
   * The prefix with its number: {@code BRIDGE.of(4)} is {@code pciBridge4}.
   *
   * @param index the block's number, at least 0
   */
  String of(int index) {
    if (index < 0 || index >= known.length()) {
      return block + index;
    }
    String s = known.get(index);
    if (s == null) {
      s = block + index;
      known.set(index, s);
    }
    return s;
  }
}
