package dev.vmdp.rules.knowledge;

import dev.vmdp.model.pci.PciId;
import java.util.Objects;

/**
 * One known reset quirk (DOMAIN.md 8): a vendor, a range of device ids, the quirk and its
 * description with the devices it concerns.
 *
 * <pre>{@code
 * DeviceQuirk q = DeviceQuirk.of(0x10de, 0x2340, 0x237f, ResetQuirk.NO_BUS_RESET, "NVIDIA 10de:2340-237f");
 * q.matches(PciId.of(0x10de, 0x2345));   // true
 * q.description();                       // "NVIDIA 10de:2340-237f does not survive a bus reset"
 * }</pre>
 */
public final class DeviceQuirk {
  private final int vendor;
  private final int deviceFrom;
  private final int deviceTo;
  private final ResetQuirk quirk;
  private final String devices;
  private final boolean displayOffRootBus;

  private DeviceQuirk(int vendor, int deviceFrom, int deviceTo, ResetQuirk quirk, String devices,
      boolean displayOffRootBus) {
    this.vendor = vendor;
    this.deviceFrom = deviceFrom;
    this.deviceTo = deviceTo;
    this.quirk = Objects.requireNonNull(quirk, "quirk");
    this.devices = Objects.requireNonNull(devices, "devices");
    this.displayOffRootBus = displayOffRootBus;
  }

  /**
   * A quirk of every display-class function (class {@code 03xx}) of a vendor that sits off the
   * root bus (the AMD GPU reset quirk of DOMAIN.md 8: an AMD USB or audio function, or an
   * integrated GPU on the root bus, is not concerned).
   *
   * @param vendor the vendor id, 0..0xffff
   * @param quirk the quirk
   * @param devices the devices in words
   * @return the quirk
   */
  public static DeviceQuirk displayOffRootBus(int vendor, ResetQuirk quirk, String devices) {
    DeviceQuirk q = of(vendor, 0, 0xffff, quirk, devices);
    return new DeviceQuirk(q.vendor, q.deviceFrom, q.deviceTo, q.quirk, q.devices, true);
  }

  /**
   * Whether the quirk applies to a host function: its id matches and, for a quirk limited to
   * display-class functions off the root bus, the function is known to be one.
   *
   * @param id the function's id
   * @param classCode its class, empty when not known
   * @param onRootBus whether it is on a root bus, empty when not known
   * @return true when the quirk applies
   */
  public boolean appliesTo(PciId id, java.util.Optional<dev.vmdp.model.pci.ClassCode> classCode,
      java.util.Optional<Boolean> onRootBus) {
    if (!matches(id)) {
      return false;
    }
    return !displayOffRootBus
        || (classCode.filter(c -> c.baseClass() == 0x03).isPresent() && onRootBus.filter(r -> !r).isPresent());
  }

  /**
   * A quirk of a range of devices of one vendor.
   *
   * @param vendor the vendor id, 0..0xffff
   * @param deviceFrom the first device id, 0..0xffff
   * @param deviceTo the last device id, deviceFrom..0xffff
   * @param quirk the quirk
   * @param devices the devices in words, e.g. {@code Atheros 168c:0030}
   * @return the quirk
   * @throws IllegalArgumentException naming the bad value when an id is out of range or the range is empty
   */
  public static DeviceQuirk of(int vendor, int deviceFrom, int deviceTo, ResetQuirk quirk, String devices) {
    if (vendor < 0 || vendor > 0xffff || deviceFrom < 0 || deviceTo > 0xffff || deviceFrom > deviceTo) {
      throw new IllegalArgumentException("DeviceQuirk ids must be 0..0xffff with deviceFrom <= deviceTo, was "
          + Integer.toHexString(vendor) + ":" + Integer.toHexString(deviceFrom) + "-" + Integer.toHexString(deviceTo));
    }
    if (devices.isBlank()) {
      throw new IllegalArgumentException("DeviceQuirk devices must not be blank, was '" + devices + "'");
    }
    return new DeviceQuirk(vendor, deviceFrom, deviceTo, quirk, devices, false);
  }

  /**
   * True when the id is this quirk's vendor and in its device range (a quirk limited to display
   * functions off the root bus needs {@link #appliesTo} to say whether it applies to a function).
   */
  public boolean matches(PciId id) {
    return id.vendor() == vendor && id.device() >= deviceFrom && id.device() <= deviceTo;
  }

  /** The quirk. */
  public ResetQuirk quirk() {
    return quirk;
  }

  /** The devices and the quirk in words: {@code Intel 8086:1502 does not support FLR properly}. */
  public String description() {
    return devices + " " + quirk.description();
  }

  /** The description. */
  @Override
  public String toString() {
    return description();
  }
}
