package dev.vmdp.console.shell.internal;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Passes one object between the console and a snippet it evaluates. Snippets run in the
 * console's JVM and see this class, so the console can read the live value of a snippet variable
 * or bind a variable to an object it created. Only the console's own generated snippets use it.
 */
public final class Handoff {
  private static final AtomicReference<Object> SLOT = new AtomicReference<>();

  private Handoff() {}

  /**
   * Leaves a value for the other side.
   *
   * @param value the value (may be null)
   */
  public static void put(Object value) {
    SLOT.set(value);
  }

  /**
   * Takes the value left by {@link #put} and clears the slot.
   *
   * @return the value, or null when there is none
   */
  public static Object take() {
    return SLOT.getAndSet(null);
  }
}
