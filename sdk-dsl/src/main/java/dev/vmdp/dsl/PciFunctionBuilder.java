package dev.vmdp.dsl;

import dev.vmdp.model.pci.Acs;
import dev.vmdp.model.pci.Bar;
import dev.vmdp.model.pci.BarKind;
import dev.vmdp.model.pci.BusRange;
import dev.vmdp.model.pci.ClassCode;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciFunction;
import dev.vmdp.model.pci.PciId;
import dev.vmdp.model.pci.PortType;
import dev.vmdp.model.pci.Sriov;

/**
 * Describes one PCI function of a host, inside {@link HostBuilder#pci(String, java.util.function.Consumer)}.
 * Capabilities not described stay unknown.
 *
 * <pre>{@code
 * host("esx01").pci("0000:03:00.0", d -> d.ids(0x8086, 0x10c6).ethernet().pcie().flr());
 * }</pre>
 */
public final class PciFunctionBuilder {
  private final PciFunction.Builder b;
  private final PciAddress address;

  PciFunctionBuilder(PciAddress address) {
    this.address = address;
    this.b = PciFunction.builder().address(address);
  }

  /**
   * Sets the vendor and device ids.
   *
   * @param vendor vendor id, 0..0xffff
   * @param device device id, 0..0xffff
   * @return this builder
   */
  public PciFunctionBuilder ids(int vendor, int device) {
    b.id(PciId.of(vendor, device));
    return this;
  }

  /**
   * Sets the ids from {@code vvvv:dddd}.
   *
   * @param ids e.g. {@code "8086:10c6"}
   * @return this builder
   */
  public PciFunctionBuilder ids(String ids) {
    b.id(PciId.parse(ids));
    return this;
  }

  /**
   * Sets the class code.
   *
   * @param classCode e.g. {@code "0200"}
   * @return this builder
   */
  public PciFunctionBuilder classCode(String classCode) {
    b.classCode(ClassCode.parse(classCode));
    return this;
  }

  /** Class 0200, an Ethernet controller. */
  public PciFunctionBuilder ethernet() {
    return classCode("0200");
  }

  /**
   * Sets lspci's description.
   *
   * @param name e.g. {@code "Intel Corporation 82598EB 10-Gigabit AF Dual Port Network Connection"}
   * @return this builder
   */
  public PciFunctionBuilder name(String name) {
    b.name(name);
    return this;
  }

  /**
   * Sets the VMkernel name.
   *
   * @param name e.g. {@code "vmnic2"}
   * @return this builder
   */
  public PciFunctionBuilder vmkernelName(String name) {
    b.vmkernelName(name);
    return this;
  }

  /** A PCIe endpoint. */
  public PciFunctionBuilder pcie() {
    return portType(PortType.ENDPOINT);
  }

  /** A conventional PCI or PCI-X function (no Express capability). */
  public PciFunctionBuilder conventional() {
    return portType(PortType.CONVENTIONAL);
  }

  /**
   * Sets the PCIe port type.
   *
   * @param type the type
   * @return this builder
   */
  public PciFunctionBuilder portType(PortType type) {
    b.portType(type);
    return this;
  }

  /** Advertises function level reset ({@code DevCap: FLReset+}). */
  public PciFunctionBuilder flr() {
    b.flr(true);
    return this;
  }

  /** Does not advertise function level reset ({@code DevCap: FLReset-}). */
  public PciFunctionBuilder noFlr() {
    b.flr(false);
    return this;
  }

  /** Advertises Advanced Features FLR ({@code AFCap: FLR+}). */
  public PciFunctionBuilder afFlr() {
    b.afFlr(true);
    return this;
  }

  /**
   * Sets the power management {@code NoSoftRst} bit.
   *
   * @param noSoftReset true for {@code NoSoftRst+} (D3hot to D0 does not reset), false for
   *     {@code NoSoftRst-} (it does)
   * @return this builder
   */
  public PciFunctionBuilder noSoftReset(boolean noSoftReset) {
    b.noSoftReset(noSoftReset);
    return this;
  }

  /**
   * Makes the function a bridge leading to buses {@code secondary..subordinate}.
   *
   * @param secondary the first bus below
   * @param subordinate the last bus below
   * @return this builder
   */
  public PciFunctionBuilder bridge(int secondary, int subordinate) {
    b.bridge(BusRange.of(address.bus(), secondary, subordinate));
    b.classCode(ClassCode.of(0x06, 0x04));
    return this;
  }

  /**
   * Sets whether ACS isolates what is below the port (all of SrcValid, ReqRedir, CmpltRedir and
   * UpstreamFwd on or off).
   *
   * @param enabled true for ACS on, false for a port without ACS
   * @return this builder
   */
  public PciFunctionBuilder acs(boolean enabled) {
    if (!enabled) {
      b.acs(Acs.notCapable());
    } else {
      b.acs(Acs.builder().capable(true).sourceValidation(true).requestRedirect(true).completionRedirect(true)
          .upstreamForwarding(true).build());
    }
    return this;
  }

  /**
   * Adds a 64-bit prefetchable memory BAR.
   *
   * @param index the BAR index, 0..5
   * @param bytes its size
   * @return this builder
   */
  public PciFunctionBuilder bar64(int index, long bytes) {
    b.addBar(Bar.builder().index(index).size(bytes).kind(BarKind.MEMORY).sixtyFourBit(true).prefetchable(true)
        .build());
    return this;
  }

  /**
   * Makes the function an SR-IOV physical function.
   *
   * @param totalVfs how many VFs it supports
   * @param numVfs how many are enabled
   * @return this builder
   */
  public PciFunctionBuilder sriovPhysicalFunction(int totalVfs, int numVfs) {
    b.sriov(Sriov.physicalFunction().withTotalVfs(totalVfs).withNumVfs(numVfs));
    return this;
  }

  /**
   * Makes the function an SR-IOV virtual function of a physical function.
   *
   * @param physicalFunction the PF's address
   * @return this builder
   */
  public PciFunctionBuilder virtualFunctionOf(String physicalFunction) {
    b.sriov(Sriov.virtualFunctionOf(PciAddress.parse(physicalFunction)));
    return this;
  }

  PciFunction build() {
    return b.build();
  }
}
