package dev.vmdp.console.shell;

import java.util.concurrent.CountDownLatch;

/** Lets a test know that a snippet (running in the same JVM) has started. */
public final class SnippetSignal {
  /** Counted down by the snippet under test. */
  public static final CountDownLatch STARTED = new CountDownLatch(1);

  private SnippetSignal() {}
}
