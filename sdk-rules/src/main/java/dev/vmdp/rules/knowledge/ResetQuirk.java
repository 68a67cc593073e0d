package dev.vmdp.rules.knowledge;

/**
 * A reset a device is known, from Linux experience (DOMAIN.md 8), not to survive or not to do
 * properly. Advice only: vmdp attaches it to reset findings and never decides on it alone.
 */
public enum ResetQuirk {
  /** The device does not survive a secondary bus reset ({@code bridge}, also {@code link}). */
  NO_BUS_RESET("does not survive a bus reset"),
  /** The device advertises FLR but does not reset properly with it. */
  NO_PROPER_FLR("does not support FLR properly"),
  /** A D3hot to D0 transition does not reset the device. */
  NO_D3D0_RESET("does not reset via D3 -> D0");

  private final String description;

  ResetQuirk(String description) {
    this.description = description;
  }

  /** What the quirk means, as a message fragment ({@code does not survive a bus reset}). */
  public String description() {
    return description;
  }
}
