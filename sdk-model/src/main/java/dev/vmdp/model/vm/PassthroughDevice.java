package dev.vmdp.model.vm;

import dev.vmdp.model.VmdpStyle;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciFormatException;
import dev.vmdp.model.pci.PciId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One {@code pciPassthruN.*} block of a .vmx. Every key that was not in the file is empty;
 * {@link #id()} keeps the address exactly as written, so a malformed value (hex digits, VMDP210)
 * is still visible.
 *
 * <p>An entry is one of four kinds ({@link #kind()}, DOMAIN.md 5.5): a fixed DirectPath device
 * (one host function named by {@code id}, {@code vendorId}, {@code deviceId}, {@code systemId}), a
 * Dynamic DirectPath device ({@link #allowedDevices()}), an NVIDIA vGPU ({@link #vgpuProfile()},
 * with plug-in parameters {@link #pluginParameters()}, no id), or an SR-IOV passthrough network
 * adapter ({@link #pfId()}, {@code systemId = "BYPASS"}, {@code vendorId = "0"}, network keys).
 *
 * <pre>{@code
 * PassthroughDevice d = PassthroughDevice.builder()
 *     .index(0).present(true).id("03:00.0")
 *     .vendorId(0x12ab).deviceId(0x3456)
 *     .systemId("48c4619b-6d58-18db-2a0e-000423d1e6f6")
 *     .pciSlotNumber(160)
 *     .build();
 * d.address();          // Optional[0000:03:00.0]
 * d.slot();             // Optional[160 (pciBridge4 function 0, device 0)]
 * d.effectiveVirtualDev();   // "pcie"
 * }</pre>
 */
@Value.Immutable
@VmdpStyle
public abstract class PassthroughDevice {

  /** The value {@code virtualDev} has when absent. */
  public static final String DEFAULT_VIRTUAL_DEV = "pcie";

  /** The {@code systemId} of an SR-IOV passthrough adapter: not a host UUID. */
  public static final String BYPASS = "BYPASS";

  /** The N of {@code pciPassthruN}, at least 0. */
  public abstract int index();

  /** {@code present}: TRUE, FALSE, or empty when absent. */
  public abstract Optional<Boolean> present();

  /** {@code id}: the host address exactly as written, or empty when absent. */
  public abstract Optional<String> id();

  /** {@code vendorId}, 0..0xffff, or empty when absent. */
  public abstract OptionalInt vendorId();

  /** {@code deviceId}, 0..0xffff, or empty when absent. */
  public abstract OptionalInt deviceId();

  /** {@code systemId}: the UUID of the host the device was added on, or empty when absent. */
  public abstract Optional<String> systemId();

  /** {@code pciSlotNumber} as written ({@code -1} = not yet assigned), or empty when absent. */
  public abstract OptionalInt pciSlotNumber();

  /** {@code virtualDev} ({@code pcie} or {@code pci}), or empty when absent. */
  public abstract Optional<String> virtualDev();

  /** {@code msiEnabled}, or empty when absent (which means TRUE). */
  public abstract Optional<Boolean> msiEnabled();

  /** {@code allowedDevices} (Dynamic DirectPath, HW 17+); empty when absent. */
  public abstract List<PciId> allowedDevices();

  /** {@code vgpu}: the NVIDIA vGPU profile ({@code grid_t4-4q}), or empty when absent. */
  public abstract Optional<String> vgpuProfile();

  /**
   * The vGPU plug-in parameters, {@code pciPassthruN.cfg.NAME = "value"}, keyed by {@code NAME} as
   * written ({@code enable_uvm}), in file order; empty when there are none.
   */
  public abstract Map<String, String> pluginParameters();

  /** {@code pfId}: the physical function of an SR-IOV passthrough adapter as written ({@code 00000:026:00.1}), or empty. */
  public abstract Optional<String> pfId();

  /** {@code networkName} of an SR-IOV passthrough adapter on a standard switch, or empty when absent. */
  public abstract Optional<String> networkName();

  /** {@code dvs.portgroupId} of an SR-IOV passthrough adapter on a distributed switch, or empty when absent. */
  public abstract Optional<String> portgroupId();

  /** {@code addressType} ({@code generated}, {@code static}) of an SR-IOV passthrough adapter, or empty when absent. */
  public abstract Optional<String> addressType();

  /** {@code generatedAddress}: the MAC address of an SR-IOV passthrough adapter, or empty when absent. */
  public abstract Optional<String> generatedAddress();

  /**
   * The kind of entry: {@link PassthroughKind#VGPU} when a {@code vgpu} profile is set, else
   * {@link PassthroughKind#SRIOV} when {@code pfId} is set or {@code systemId} is {@code BYPASS}
   * (any case), else {@link PassthroughKind#DYNAMIC} when {@code allowedDevices} names devices,
   * else {@link PassthroughKind#FIXED}.
   */
  @Value.Lazy
  public PassthroughKind kind() {
    if (vgpuProfile().isPresent()) {
      return PassthroughKind.VGPU;
    }
    if (pfId().isPresent() || systemId().filter(s -> s.strip().equalsIgnoreCase(BYPASS)).isPresent()) {
      return PassthroughKind.SRIOV;
    }
    return allowedDevices().isEmpty() ? PassthroughKind.FIXED : PassthroughKind.DYNAMIC;
  }

  /** True for a fixed DirectPath entry: one host function named by id, vendorId, deviceId and systemId. */
  public boolean isFixed() {
    return kind() == PassthroughKind.FIXED;
  }

  /**
   * The physical function {@link #pfId()} names, read like {@link #address()}; empty when
   * {@code pfId} is absent or malformed.
   */
  @Value.Lazy
  public Optional<PciAddress> pfAddress() {
    return parse(pfId());
  }

  /**
   * The host address {@link #id()} names, read with {@link PciAddress#parseVmx(String)} (every
   * field decimal); empty when the id is absent or malformed. Parsed once: every rule asks.
   */
  @Value.Lazy
  public Optional<PciAddress> address() {
    return parse(id());
  }

  private static Optional<PciAddress> parse(Optional<String> id) {
    if (id.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(PciAddress.parseVmx(id.get()));
    } catch (PciFormatException e) {
      return Optional.empty();
    }
  }

  /** Vendor and device id when both are present, else empty. */
  public Optional<PciId> pciId() {
    if (vendorId().isEmpty() || deviceId().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(PciId.of(vendorId().getAsInt(), deviceId().getAsInt()));
  }

  /** The decoded slot; empty when {@code pciSlotNumber} is absent or {@code -1}. */
  public Optional<PciSlotNumber> slot() {
    OptionalInt n = pciSlotNumber();
    return n.isPresent() ? PciSlotNumber.decode(n.getAsInt()) : Optional.empty();
  }

  /** True only when {@code present = "TRUE"}: an absent or FALSE {@code present} is not present. */
  public boolean isPresent() {
    return present().orElse(false);
  }

  /** {@code virtualDev}, or {@code pcie} (VMware's default) when absent. */
  public String effectiveVirtualDev() {
    return virtualDev().orElse(DEFAULT_VIRTUAL_DEV);
  }

  /** {@code msiEnabled}, or true (VMware's default: physical MSI/MSI-X) when absent. */
  public boolean effectiveMsiEnabled() {
    return msiEnabled().orElse(true);
  }

  /** The key prefix, {@code pciPassthru0}. */
  public String keyPrefix() {
    return KeyPrefixes.PASSTHRU.of(index());
  }

  @Value.Check
  void check() {
    if (index() < 0) {
      throw new IllegalStateException("PassthroughDevice index must be >= 0, was " + index());
    }
    if (vendorId().isPresent()) {
      checkId("vendorId", vendorId().getAsInt());
    }
    if (deviceId().isPresent()) {
      checkId("deviceId", deviceId().getAsInt());
    }
    for (String name : pluginParameters().keySet()) {
      if (name.isEmpty() || !VirtualDevice.isKeyPrefix(name.replace(".", "x"))) {
        throw new IllegalStateException("PassthroughDevice " + keyPrefix()
            + ".cfg parameter names must be key parts without blanks, '#' or '=', was '" + name + "'");
      }
    }
    if (pciSlotNumber().isPresent()) {
      int s = pciSlotNumber().getAsInt();
      if (s < PciSlotNumber.UNASSIGNED || s > PciSlotNumber.MAX) {
        throw new IllegalStateException(keyPrefix() + ".pciSlotNumber must be -1.." + PciSlotNumber.MAX + ", was " + s);
      }
    }
  }

  private void checkId(String attribute, int value) {
    if (value < 0 || value > 0xffff) {
      throw new IllegalStateException(
          "PassthroughDevice " + keyPrefix() + "." + attribute + " must be 0..0xffff, was " + value);
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PassthroughDevice} values. */
  public static final class Builder extends ImmutablePassthroughDevice.Builder {}
}
