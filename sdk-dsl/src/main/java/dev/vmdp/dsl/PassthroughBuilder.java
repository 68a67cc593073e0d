package dev.vmdp.dsl;

import dev.vmdp.model.pci.PciId;
import dev.vmdp.model.vm.PassthroughDevice;

/**
 * Options of one passthrough entry, inside {@link VmBuilder#passthrough(dev.vmdp.model.pci.PciFunction,
 * java.util.function.Consumer)}.
 *
 * <pre>{@code
 * vm("w2k8").passthrough(esx.device("0000:05:00.0"), p -> p.msiEnabled(false));
 * }</pre>
 */
public final class PassthroughBuilder {
  private final PassthroughDevice.Builder b;

  PassthroughBuilder(PassthroughDevice.Builder b) {
    this.b = b;
  }

  /**
   * Sets {@code pciPassthruN.msiEnabled}; false puts the device in physical IOAPIC mode.
   *
   * @param enabled the value
   * @return this builder
   */
  public PassthroughBuilder msiEnabled(boolean enabled) {
    b.msiEnabled(enabled);
    return this;
  }

  /** Sets {@code pciPassthruN.virtualDev = "pci"}, for conventional PCI/PCI-X devices. */
  public PassthroughBuilder conventionalPci() {
    b.virtualDev("pci");
    return this;
  }

  /**
   * Sets {@code pciPassthruN.pciSlotNumber} (instead of the next free slot).
   *
   * @param slot the raw slot number, e.g. 160
   * @return this builder
   */
  public PassthroughBuilder slot(int slot) {
    b.pciSlotNumber(slot);
    return this;
  }

  /**
   * Sets the written {@code pciPassthruN.id} (instead of the form the host version expects).
   *
   * @param id e.g. {@code "03:00.0"} or {@code "00000:101:00.0"}
   * @return this builder
   */
  public PassthroughBuilder id(String id) {
    b.id(id);
    return this;
  }

  /**
   * Makes the entry Dynamic DirectPath ({@code allowedDevices}, virtual hardware 17+).
   *
   * @param ids the allowed vendor:device pairs, e.g. {@code "10de:20f1"}
   * @return this builder
   */
  public PassthroughBuilder allowedDevices(String... ids) {
    for (String id : ids) {
      b.addAllowedDevice(PciId.parse(id));
    }
    return this;
  }

  /**
   * Adds a vGPU plug-in parameter, {@code pciPassthruN.cfg.NAME = "value"}.
   *
   * @param name e.g. {@code "enable_uvm"}
   * @param value e.g. {@code "1"}
   * @return this builder
   */
  public PassthroughBuilder pluginParameter(String name, String value) {
    b.putPluginParameter(name, value);
    return this;
  }

  /** Writes {@code pciPassthruN.present = "FALSE"}: the entry is kept but inactive. */
  public PassthroughBuilder inactive() {
    b.present(false);
    return this;
  }
}
