package dev.vmdp.model.pci;

import java.util.Locale;
import java.util.Optional;

/**
 * What a PCI function is on the PCI Express fabric, from the device/port type of its Express
 * capability as {@code lspci -vvv} prints it ({@code Express (v2) Endpoint}, {@code Root Port
 * (Slot+)}...), or {@link #CONVENTIONAL} when its capabilities are known and it has no Express
 * capability (conventional PCI or PCI-X).
 *
 * <pre>{@code
 * PortType.fromLspci("Express (v2) Root Port (Slot+), MSI 00");   // Optional[ROOT_PORT]
 * PortType.fromLspci("Legacy Endpoint");                          // Optional[LEGACY_ENDPOINT]
 * }</pre>
 */
public enum PortType {
  /** PCI Express endpoint. */
  ENDPOINT("Endpoint"),
  /** Legacy PCI Express endpoint. */
  LEGACY_ENDPOINT("Legacy Endpoint"),
  /** Endpoint integrated into the root complex (no link of its own). */
  ROOT_COMPLEX_INTEGRATED_ENDPOINT("Root Complex Integrated Endpoint"),
  /** Root complex event collector. */
  ROOT_COMPLEX_EVENT_COLLECTOR("Root Complex Event Collector"),
  /** Root port of the root complex. */
  ROOT_PORT("Root Port"),
  /** Upstream port of a PCIe switch. */
  UPSTREAM_PORT("Upstream Port"),
  /** Downstream port of a PCIe switch. */
  DOWNSTREAM_PORT("Downstream Port"),
  /** PCI Express to conventional PCI/PCI-X bridge: what lies below is conventional. */
  PCIE_TO_PCI_BRIDGE("PCI-Express to PCI/PCI-X Bridge"),
  /** Conventional PCI/PCI-X to PCI Express bridge. */
  PCI_TO_PCIE_BRIDGE("PCI/PCI-X to PCI-Express Bridge"),
  /** Capabilities known, no Express capability: a conventional PCI or PCI-X function. */
  CONVENTIONAL("conventional PCI");

  // Longest phrases first: "Legacy Endpoint" and "... Integrated Endpoint" contain "Endpoint".
  private static final PortType[] MATCH_ORDER = {
    PCIE_TO_PCI_BRIDGE, PCI_TO_PCIE_BRIDGE, ROOT_COMPLEX_INTEGRATED_ENDPOINT, ROOT_COMPLEX_EVENT_COLLECTOR,
    LEGACY_ENDPOINT, ROOT_PORT, UPSTREAM_PORT, DOWNSTREAM_PORT, ENDPOINT
  };

  private final String lspciName;

  PortType(String lspciName) {
    this.lspciName = lspciName;
  }

  /** The words lspci prints for this type ({@code Root Port}); {@code conventional PCI} for {@link #CONVENTIONAL}. */
  public String lspciName() {
    return lspciName;
  }

  /**
   * The type named by lspci's Express capability: the bare words ({@code Downstream Port}) or the
   * whole capability text ({@code Express (v2) Downstream Port (Slot+), MSI 00}), any case.
   *
   * @param text what lspci printed
   * @return the type, or empty when the text names no known type (for example {@code Unknown type 11})
   */
  public static Optional<PortType> fromLspci(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    for (PortType p : MATCH_ORDER) {
      if (t.contains(p.lspciName.toLowerCase(Locale.ROOT))) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** True for a function with an Express capability (everything but {@link #CONVENTIONAL}). */
  public boolean isPcie() {
    return this != CONVENTIONAL;
  }

  /**
   * True for a root port or a switch downstream port: a port whose link reset resets everything
   * below it (DOMAIN.md 8, reset method {@code link}).
   */
  public boolean isPcieDownstreamOrRoot() {
    return this == ROOT_PORT || this == DOWNSTREAM_PORT;
  }

  /** True for every type that is a bridge to another bus: ports and the PCIe/PCI bridges. */
  public boolean isBridgeLike() {
    return this == ROOT_PORT
        || this == UPSTREAM_PORT
        || this == DOWNSTREAM_PORT
        || this == PCIE_TO_PCI_BRIDGE
        || this == PCI_TO_PCIE_BRIDGE;
  }
}
