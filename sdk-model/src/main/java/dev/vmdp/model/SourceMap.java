package dev.vmdp.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable map from keys to {@link SourceRef}s that stores each entry as a key, a file and two
 * numbers rather than as map nodes and reference objects: a VM read from a .vmx keeps the source
 * of each of its 40 or so keys, and a fleet check holds thousands of VMs. Iteration follows the
 * order the keys were first put; a key put again keeps its place and takes the new reference.
 * {@link #get} makes a new {@code SourceRef} each time. Equal to any {@link Map} with the same
 * entries.
 *
 * <pre>{@code
 * SourceMap sources = SourceMap.builder()
 *     .put("memsize", SourceRef.of("rhel3.vmx", 3))
 *     .put("pcipassthru0.id", SourceRef.of("rhel3.vmx", 41))
 *     .build();
 * sources.get("memsize");   // rhel3.vmx:3
 * }</pre>
 */
public final class SourceMap extends AbstractMap<String, SourceRef> {
  private static final SourceMap EMPTY = new SourceMap(new String[0], null, null, new int[0], null, 0);

  private final String[] keys;
  /** Each entry's file, or null when every entry has {@link #file}: a map of one file's keys holds it once. */
  private final String[] files;
  private final String file;
  private final int[] lines;
  /** 1-based columns, 0 for none; null when no entry has one (the binding gives lines only). */
  private final int[] columns;
  private final int size;
  /**
   * Open addressing over the keys' hashes: entry index + 1, 0 for a free slot; length a power of
   * two. Made at the first lookup by key: many maps are only iterated, or never read (a fleet
   * check keeps one for each VM with passthrough). Volatile, so a thread that sees it sees it filled.
   */
  private volatile int[] slots;

  /** With {@code files} null when every entry has {@code file}, {@code columns} null when no entry has one. */
  private SourceMap(String[] keys, String[] files, String file, int[] lines, int[] columns, int size) {
    this.keys = keys;
    this.files = files;
    this.file = file;
    this.lines = lines;
    this.columns = columns;
    this.size = size;
  }

  /** The empty map. */
  public static SourceMap empty() {
    return EMPTY;
  }

  /**
   * A map with the entries of another, in its iteration order.
   *
   * @param entries keys and references, none null
   * @return the map ({@code entries} itself when it is a {@code SourceMap})
   */
  public static SourceMap copyOf(Map<String, ? extends SourceRef> entries) {
    if (entries instanceof SourceMap s) {
      return s;
    }
    return builder().putAll(entries).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder(16);
  }

  /**
   * A new builder with room for a number of keys, so that putting them copies no array: the binding
   * of a .vmx file knows how many keys the file has.
   *
   * @param expectedKeys about how many keys will be put (more is allowed)
   * @return the builder
   * @throws IllegalArgumentException when negative
   */
  public static Builder builder(int expectedKeys) {
    if (expectedKeys < 0) {
      throw new IllegalArgumentException("expectedKeys must not be negative: " + expectedKeys);
    }
    return new Builder(Math.max(expectedKeys, 4));
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public SourceRef get(Object key) {
    int i = indexOf(key);
    return i < 0 ? null : ref(i);
  }

  @Override
  public Set<Map.Entry<String, SourceRef>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, SourceRef>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < size;
          }

          @Override
          public Map.Entry<String, SourceRef> next() {
            if (next >= size) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new AbstractMap.SimpleImmutableEntry<>(keys[i], ref(i));
          }
        };
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  @Override
  public Set<String> keySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<String> iterator() {
        return Arrays.asList(keys).subList(0, size).iterator();
      }

      @Override
      public boolean contains(Object key) {
        return indexOf(key) >= 0;
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  /**
   * The entries whose key starts with a prefix, in this map's order: {@code keysStartingWith("pcipassthru")}.
   *
   * @param prefix the start of the keys to keep
   * @return the map of those entries ({@code this} when every key has the prefix)
   */
  public SourceMap keysStartingWith(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    Builder b = null;
    for (int i = 0; i < size; i++) {
      boolean keep = keys[i].startsWith(prefix);
      if (!keep && b == null) {
        b = new Builder(16);
        for (int k = 0; k < i; k++) {
          b.put(keys[k], fileAt(k), lines[k], columnAt(k));
        }
      } else if (keep && b != null) {
        b.put(keys[i], fileAt(i), lines[i], columnAt(i));
      }
    }
    return b == null ? this : b.build();
  }

  private SourceRef ref(int i) {
    int column = columnAt(i);
    return column == 0 ? SourceRef.of(fileAt(i), lines[i]) : SourceRef.of(fileAt(i), lines[i], column);
  }

  private String fileAt(int i) {
    return files == null ? file : files[i];
  }

  private int columnAt(int i) {
    return columns == null ? 0 : columns[i];
  }

  private int indexOf(Object key) {
    if (!(key instanceof String) || size == 0) {
      return -1;
    }
    int[] index = slots;
    if (index == null) {
      index = new int[tableSize(size)];
      for (int i = 0; i < size; i++) {
        place(index, keys[i], i);
      }
      slots = index;
    }
    return lookup(index, keys, key);
  }

  /**
   * Puts entry {@code i} into an open-addressing table of entry numbers plus one (0 for a free
   * slot), a power of two long and never full: the map's index and its builder's.
   */
  private static void place(int[] slots, String key, int i) {
    int mask = slots.length - 1;
    int s = spread(key.hashCode()) & mask;
    while (slots[s] != 0) {
      s = (s + 1) & mask;
    }
    slots[s] = i + 1;
  }

  /** The entry of a key in a table {@link #place} filled, or -1. */
  private static int lookup(int[] slots, String[] keys, Object key) {
    int mask = slots.length - 1;
    int s = spread(key.hashCode()) & mask;
    while (slots[s] != 0) {
      int i = slots[s] - 1;
      if (keys[i].equals(key)) {
        return i;
      }
      s = (s + 1) & mask;
    }
    return -1;
  }

  private static int tableSize(int size) {
    int n = 1;
    while (n < size * 2) {
      n <<= 1;
    }
    return n;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /** Collects entries for a {@link SourceMap}; not thread-safe. */
  public static final class Builder {
    private String[] keys;
    /** Each entry's file once a second file is put; until then every entry has {@link #file}. */
    private String[] files;
    private String file;
    private int[] lines;
    /** Each entry's column once one is given; until then none has one. */
    private int[] columns;
    private int size;
    /**
     * The index of each key put, for replacing: an open-addressing table of entry numbers plus one
     * (0 for a free slot), at most half full. The binding puts a few dozen keys for every file of
     * a fleet, and a hash map would box each index and make a node for it.
     */
    private int[] slots;

    private Builder(int capacity) {
      keys = new String[capacity];
      lines = new int[capacity];
      slots = new int[tableSize(capacity)];
    }

    /**
     * Puts an entry; a key put before keeps its place and takes the new reference.
     *
     * @param key the key
     * @param ref where its value came from
     * @return this builder
     */
    public Builder put(String key, SourceRef ref) {
      Objects.requireNonNull(ref, "ref");
      return put(key, ref.file(), ref.line(), ref.column().orElse(0));
    }

    /**
     * Puts an entry for a line without a column, as {@code put(key, SourceRef.of(file, line))} does.
     *
     * @param key the key
     * @param file the file as the user named it
     * @param line the 1-based line
     * @return this builder
     * @throws IllegalArgumentException when the line is below 1
     */
    public Builder put(String key, String file, int line) {
      Objects.requireNonNull(file, "file");
      if (line < 1) {
        throw new IllegalArgumentException("SourceRef line must be >= 1 (1-based), was " + line);
      }
      return put(key, file, line, 0);
    }

    private Builder put(String key, String file, int line, int column) {
      Objects.requireNonNull(key, "key");
      int i = find(key);
      if (i < 0) {
        if (size == keys.length) {
          int n = size * 2;
          keys = Arrays.copyOf(keys, n);
          lines = Arrays.copyOf(lines, n);
          if (files != null) {
            files = Arrays.copyOf(files, n);
          }
          if (columns != null) {
            columns = Arrays.copyOf(columns, n);
          }
        }
        i = size++;
        keys[i] = key;
        if (size * 2 > slots.length) {
          slots = new int[slots.length * 2];
          for (int k = 0; k < size; k++) {
            place(slots, keys[k], k);
          }
        } else {
          place(slots, key, i);
        }
      }
      if (this.file == null) {
        this.file = file;
      } else if (files == null && !this.file.equals(file)) {
        files = new String[keys.length];
        Arrays.fill(files, 0, size, this.file);
      }
      if (files != null) {
        files[i] = file;
      }
      if (columns == null && column != 0) {
        columns = new int[keys.length];
      }
      if (columns != null) {
        columns[i] = column;
      }
      lines[i] = line;
      return this;
    }

    /**
     * Puts every entry of a map, in its iteration order.
     *
     * @param entries keys and references, none null
     * @return this builder
     */
    public Builder putAll(Map<String, ? extends SourceRef> entries) {
      if (entries instanceof SourceMap m) {
        for (int i = 0; i < m.size; i++) {
          put(m.keys[i], m.fileAt(i), m.lines[i], m.columnAt(i));
        }
        return this;
      }
      for (Map.Entry<String, ? extends SourceRef> e : entries.entrySet()) {
        put(e.getKey(), e.getValue());
      }
      return this;
    }

    /** The number of keys put so far. */
    public int size() {
      return size;
    }

    /** The map of the entries put so far (the builder can go on). */
    public SourceMap build() {
      if (size == 0) {
        return EMPTY;
      }
      // A map of one file's keys holds the file once, and no columns when none was given (an entry
      // put again may have taken back its other file or its column: the map looks again).
      String[] entryFiles = files;
      if (entryFiles != null && allEqual(entryFiles, size)) {
        entryFiles = null;
      }
      int[] entryColumns = columns;
      if (entryColumns != null && allZero(entryColumns, size)) {
        entryColumns = null;
      }
      return new SourceMap(Arrays.copyOf(keys, size), entryFiles == null ? null : Arrays.copyOf(entryFiles, size),
          entryFiles == null ? (files == null ? file : files[0]) : null, Arrays.copyOf(lines, size),
          entryColumns == null ? null : Arrays.copyOf(entryColumns, size), size);
    }

    private int find(String key) {
      return lookup(slots, keys, key);
    }

    private static boolean allEqual(String[] files, int size) {
      for (int i = 1; i < size; i++) {
        if (!files[i].equals(files[0])) {
          return false;
        }
      }
      return true;
    }

    private static boolean allZero(int[] columns, int size) {
      for (int i = 0; i < size; i++) {
        if (columns[i] != 0) {
          return false;
        }
      }
      return true;
    }
  }
}
