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
  private static final SourceMap EMPTY = new SourceMap(new String[0], new String[0], new int[0], new int[0], 0);

  private final String[] keys;
  private final String[] files;
  private final int[] lines;
  /** 1-based columns, 0 for none. */
  private final int[] columns;
  private final int size;
  /** Open addressing over the keys' hashes: entry index + 1, 0 for a free slot; length a power of two. */
  private final int[] slots;

  private SourceMap(String[] keys, String[] files, int[] lines, int[] columns, int size) {
    this.keys = keys;
    this.files = files;
    this.lines = lines;
    this.columns = columns;
    this.size = size;
    this.slots = new int[tableSize(size)];
    int mask = slots.length - 1;
    for (int i = 0; i < size; i++) {
      int s = spread(keys[i].hashCode()) & mask;
      while (slots[s] != 0) {
        s = (s + 1) & mask;
      }
      slots[s] = i + 1;
    }
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
    return new Builder();
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

  private SourceRef ref(int i) {
    return columns[i] == 0 ? SourceRef.of(files[i], lines[i]) : SourceRef.of(files[i], lines[i], columns[i]);
  }

  private int indexOf(Object key) {
    if (!(key instanceof String) || size == 0) {
      return -1;
    }
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
    private String[] keys = new String[16];
    private String[] files = new String[16];
    private int[] lines = new int[16];
    private int[] columns = new int[16];
    private int size;
    /** Index of each key put, for replacing; made once a builder holds more than a few keys. */
    private java.util.HashMap<String, Integer> index;

    private Builder() {}

    /**
     * Puts an entry; a key put before keeps its place and takes the new reference.
     *
     * @param key the key
     * @param ref where its value came from
     * @return this builder
     */
    public Builder put(String key, SourceRef ref) {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(ref, "ref");
      int i = find(key);
      if (i < 0) {
        if (size == keys.length) {
          int n = size * 2;
          keys = Arrays.copyOf(keys, n);
          files = Arrays.copyOf(files, n);
          lines = Arrays.copyOf(lines, n);
          columns = Arrays.copyOf(columns, n);
        }
        i = size++;
        keys[i] = key;
        if (index != null) {
          index.put(key, i);
        } else if (size > 8) {
          index = new java.util.HashMap<>(64);
          for (int k = 0; k < size; k++) {
            index.put(keys[k], k);
          }
        }
      }
      files[i] = ref.file();
      lines[i] = ref.line();
      columns[i] = ref.column().orElse(0);
      return this;
    }

    /**
     * Puts every entry of a map, in its iteration order.
     *
     * @param entries keys and references, none null
     * @return this builder
     */
    public Builder putAll(Map<String, ? extends SourceRef> entries) {
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
      return new SourceMap(Arrays.copyOf(keys, size), Arrays.copyOf(files, size), Arrays.copyOf(lines, size),
          Arrays.copyOf(columns, size), size);
    }

    private int find(String key) {
      if (index != null) {
        Integer i = index.get(key);
        return i == null ? -1 : i;
      }
      for (int i = 0; i < size; i++) {
        if (keys[i].equals(key)) {
          return i;
        }
      }
      return -1;
    }
  }
}
