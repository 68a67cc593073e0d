package dev.vmdp.dsl;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The names of the files a fleet check read, in the order first added and each once, held in
 * about 30 bytes a name rather than the 120 of a {@code String} in a {@code LinkedHashSet}: a
 * fleet check lists every file it read ({@code inputs}), and 100,000 names would otherwise be the
 * larger part of what it holds at its end.
 *
 * <p>Names are front-coded: each stores how many characters it shares with the name before it
 * (files come in path order, so most share their folder) and the characters that follow, one to
 * three bytes each; every {@value #BLOCK}th name starts afresh, so {@link #get} decodes at most
 * {@value #BLOCK} names. An open-addressing table of each name's {@code hashCode} and number finds
 * a name added before. Exact for any {@code String}, lone surrogates included.
 *
 * <p>An unmodifiable list to its readers; {@link #addName(String)} is for the fleet check alone, on
 * one thread, before the list is handed out.
 */
final class FileNames extends AbstractList<String> implements RandomAccess {
  /** Names per block: one in {@code BLOCK} shares nothing with the name before it. */
  static final int BLOCK = 16;

  private byte[] bytes = new byte[1024];
  private int length;
  /** Where each block's first name starts in {@link #bytes}. */
  private int[] blocks = new int[16];
  private int size;
  /** The last name added, to front-code the next one against. */
  private String last = "";
  /** Open addressing: a name's number plus one (0 for a free slot), and its hash; at most half full. */
  private int[] slots = new int[64];
  private int[] hashes = new int[64];

  /**
   * Adds a name unless it was added before.
   *
   * @param name the name
   * @return true when it was new
   */
  boolean addName(String name) {
    Objects.requireNonNull(name, "name");
    int h = name.hashCode();
    int s = slotOf(name, h);
    if (slots[s] != 0) {
      return false;
    }
    int shared = 0;
    if (size % BLOCK == 0) {
      if (size / BLOCK == blocks.length) {
        blocks = Arrays.copyOf(blocks, blocks.length * 2);
      }
      blocks[size / BLOCK] = length;
    } else {
      int most = Math.min(last.length(), name.length());
      while (shared < most && last.charAt(shared) == name.charAt(shared)) {
        shared++;
      }
    }
    int suffix = name.length() - shared;
    ensure(10 + suffix * 3);
    writeNumber(shared);
    writeNumber(suffix);
    for (int i = shared; i < name.length(); i++) {
      writeNumber(name.charAt(i));
    }
    slots[s] = size + 1;
    hashes[s] = h;
    size++;
    last = name;
    if (size * 2 > slots.length) {
      grow();
    }
    return true;
  }

  @Override
  public String get(int index) {
    Objects.checkIndex(index, size);
    Decoder d = new Decoder(index / BLOCK * BLOCK);
    String name = d.next();
    for (int i = index % BLOCK; i > 0; i--) {
      name = d.next();
    }
    return name;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean contains(Object o) {
    return o instanceof String name && slots[slotOf(name, name.hashCode())] != 0;
  }

  /** The slot that holds {@code name} (its hash {@code h}), else the free slot where it would go. */
  private int slotOf(String name, int h) {
    int mask = slots.length - 1;
    int s = spread(h) & mask;
    while (slots[s] != 0 && !(hashes[s] == h && get(slots[s] - 1).equals(name))) {
      s = (s + 1) & mask;
    }
    return s;
  }

  @Override
  public Iterator<String> iterator() {
    Decoder d = new Decoder(0);
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < size;
      }

      @Override
      public String next() {
        if (next >= size) {
          throw new NoSuchElementException();
        }
        next++;
        return d.next();
      }
    };
  }

  /** Reads names from the start of a block on: each from the one before it. */
  private final class Decoder {
    private int at;
    private char[] chars = new char[64];
    private int count;

    Decoder(int firstOfBlock) {
      at = blocks[firstOfBlock / BLOCK];
    }

    String next() {
      int shared = readNumber();
      int suffix = readNumber();
      count = shared + suffix;
      if (count > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(count, chars.length * 2));
      }
      for (int i = shared; i < count; i++) {
        chars[i] = (char) readNumber();
      }
      return new String(chars, 0, count);
    }

    /** A number of up to 32 bits, seven bits a byte, low bits first. */
    private int readNumber() {
      int n = 0;
      for (int shift = 0;; shift += 7) {
        byte b = bytes[at++];
        n |= (b & 0x7f) << shift;
        if (b >= 0) {
          return n;
        }
      }
    }
  }

  private void writeNumber(int n) {
    while ((n & ~0x7f) != 0) {
      bytes[length++] = (byte) ((n & 0x7f) | 0x80);
      n >>>= 7;
    }
    bytes[length++] = (byte) n;
  }

  private void ensure(int more) {
    if (length + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(length + more, bytes.length * 2));
    }
  }

  private void grow() {
    int[] oldSlots = slots;
    int[] oldHashes = hashes;
    slots = new int[oldSlots.length * 2];
    hashes = new int[oldSlots.length * 2];
    int mask = slots.length - 1;
    for (int k = 0; k < oldSlots.length; k++) {
      if (oldSlots[k] != 0) {
        int s = spread(oldHashes[k]) & mask;
        while (slots[s] != 0) {
          s = (s + 1) & mask;
        }
        slots[s] = oldSlots[k];
        hashes[s] = oldHashes[k];
      }
    }
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}
