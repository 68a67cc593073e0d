package dev.vmdp.io.vmx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class BoundedCacheTest {

  @Test
  void keepsTheFirstValueOfAKeyUntilItIsFull() {
    BoundedCache<String, StringBuilder> cache = new BoundedCache<>(2);
    AtomicInteger made = new AtomicInteger();
    Function<String, StringBuilder> make = k -> {
      made.incrementAndGet();
      return new StringBuilder(k);
    };
    StringBuilder a = cache.get("a", make);
    assertThat(cache.get("a", k -> new StringBuilder("other"))).isSameAs(a);
    cache.get("b", make);
    // Full: a third key is made each time and not kept; kept keys stay.
    StringBuilder c1 = cache.get("c", make);
    StringBuilder c2 = cache.get("c", make);
    assertThat(c1).isNotSameAs(c2).hasToString("c");
    assertThat(made).hasValue(4);
    assertThat(cache.get("a", k -> new StringBuilder("other"))).isSameAs(a);
  }
}
