package dev.vmdp.io.vmx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BoundedCacheTest {

  @Test
  void keepsTheFirstValueOfAKeyUntilItIsFull() {
    BoundedCache<String, StringBuilder> cache = new BoundedCache<>(2);
    AtomicInteger made = new AtomicInteger();
    StringBuilder a = cache.get("a", k -> { made.incrementAndGet(); return new StringBuilder(k); });
    assertThat(cache.get("a", k -> new StringBuilder("other"))).isSameAs(a);
    cache.get("b", k -> { made.incrementAndGet(); return new StringBuilder(k); });
    // Full: a third key is made each time and not kept; kept keys stay.
    StringBuilder c1 = cache.get("c", k -> { made.incrementAndGet(); return new StringBuilder(k); });
    StringBuilder c2 = cache.get("c", k -> { made.incrementAndGet(); return new StringBuilder(k); });
    assertThat(c1).isNotSameAs(c2).hasToString("c");
    assertThat(made).hasValue(4);
    assertThat(cache.get("a", k -> new StringBuilder("other"))).isSameAs(a);
  }
}
