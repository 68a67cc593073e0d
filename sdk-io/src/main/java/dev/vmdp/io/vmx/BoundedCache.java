package dev.vmdp.io.vmx;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A thread-safe memo of values made from keys that files repeat (key spellings, key classes),
 * bounded so that odd files cannot grow it without end: past its size, values are made afresh
 * and not kept.
 *
 * @param <K> the key
 * @param <V> the value
 */
final class BoundedCache<K, V> {
  private final int maxSize;
  private final Map<K, V> known = new ConcurrentHashMap<>();

  BoundedCache(int maxSize) {
    this.maxSize = maxSize;
  }

  /** The value kept for {@code key}, else {@code make}'s, kept while there is room. */
  V get(K key, Function<? super K, ? extends V> make) {
    V v = known.get(key);
    if (v != null) {
      return v;
    }
    v = make.apply(key);
    if (known.size() < maxSize) {
      V first = known.putIfAbsent(key, v);
      if (first != null) {
        return first;
      }
    }
    return v;
  }
}
