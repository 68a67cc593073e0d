package dev.vmdp.rules.device;

import dev.vmdp.model.pci.PciFunction;
import dev.vmdp.model.pci.PortType;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import java.util.List;
import java.util.Optional;

/**
 * VMDP208: a present entry's host function sits below a conventional PCI bridge (a
 * PCIe-to-PCI/PCI-X bridge, or a bridge whose capabilities show no Express capability), or below
 * a PCIe switch downstream port whose ACS is known off or absent (KB 1010789, KB 1036811). The
 * nearest such bridge is reported. Silent when the parentage is unknown (no bus ranges) and, for
 * the ACS part, when the port's ACS is not shown or not fully shown.
 *
 * <p>Facts: {@code vm}, {@code entry}, {@code address}, {@code bridge} (its address),
 * {@code reason} ({@code conventionalBridge} or {@code noAcs}).
 */
public final class UnisolatedPath extends DeviceRule {
  /** The rule. */
  public UnisolatedPath() {
    super("VMDP208");
  }

  @Override
  public List<Finding> check(CheckContext ctx) {
    return perAddress(ctx, (e, a) -> {
      for (PciFunction b : ctx.host().topology().ancestors(a)) {
        Optional<PortType> t = b.portType();
        boolean conventional = t.filter(x -> x == PortType.PCIE_TO_PCI_BRIDGE || x == PortType.CONVENTIONAL).isPresent();
        boolean noAcs = t.filter(x -> x == PortType.DOWNSTREAM_PORT).isPresent()
            && b.acs().flatMap(acs -> acs.enabled()).filter(on -> !on).isPresent();
        if (!conventional && !noAcs) {
          continue;
        }
        String message = conventional
            ? "host device " + a + " is behind conventional PCI bridge " + b.address() + " (unsupported, KB 1010789)"
            : "host device " + a + " is below PCIe switch port " + b.address()
                + " without ACS (peer-to-peer DMA bypasses the IOMMU, KB 1036811)";
        return Optional.of(e.addressFinding(this, message).putFact("bridge", b.address().toString())
            .putFact("reason", conventional ? "conventionalBridge" : "noAcs"));
      }
      return Optional.empty();
    });
  }
}
