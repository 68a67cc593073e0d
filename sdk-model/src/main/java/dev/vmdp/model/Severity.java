package dev.vmdp.model;

/** How serious a finding or diagnostic is, from most to least serious. */
public enum Severity {
  /** The configuration will not work (a VM will not power on, a device cannot be assigned). */
  ERROR,
  /** The configuration may work but is unsupported, fragile or slower than it should be. */
  WARNING,
  /** Worth knowing; nothing to fix. */
  INFO
}
