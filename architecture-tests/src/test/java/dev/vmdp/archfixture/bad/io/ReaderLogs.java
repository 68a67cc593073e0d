package dev.vmdp.archfixture.bad.io;

import java.util.logging.Logger;

/** Violates: the SDK uses java.util.logging. */
public final class ReaderLogs {
  private static final Logger LOG = Logger.getLogger("vmdp");

  public static void read() {
    LOG.info("reading");
  }
}
