package dev.vmdp.rules.knowledge;

/**
 * What vmdp knows about PCI devices (DOMAIN.md 3 and 8): the devices the guide names as
 * supported, the ones known to work with MSI, and the reset quirks of the Linux lists.
 */
public final class DeviceKnowledge {
  private DeviceKnowledge() {}

  /** The built-in device knowledge. */
  public static DeviceKnowledge standard() {
    return new DeviceKnowledge();
  }
}
