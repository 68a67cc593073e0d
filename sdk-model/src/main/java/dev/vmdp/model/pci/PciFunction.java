package dev.vmdp.model.pci;

import dev.vmdp.model.VmdpStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One PCI function of a host: its address and ids, what lspci or esxcli said about it, and the
 * capabilities that decide how it can be reset and passed through.
 *
 * <p>Every capability is {@link Optional}: empty means "not shown" (for example {@code lspci -n}
 * or ESXi's own lspci, which print no capabilities), never "absent". A reader that saw the
 * capability list sets {@link #portType()} (to {@link PortType#CONVENTIONAL} when there is no
 * Express capability) and the flags it saw.
 *
 * <pre>{@code
 * PciFunction nic = PciFunction.builder()
 *     .address(PciAddress.parse("0000:03:00.0"))
 *     .id(PciId.of(0x8086, 0x10c6))
 *     .classCode(ClassCode.parse("0200"))
 *     .portType(PortType.ENDPOINT)
 *     .flr(false)
 *     .noSoftReset(false)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@VmdpStyle
public abstract class PciFunction {

  /** Where the function is. */
  public abstract PciAddress address();

  /**
   * Vendor and device id; empty when the source did not show them (a names-only {@code lspci} or
   * ESXi's own {@code lspci}).
   */
  public abstract Optional<PciId> id();

  /** The class code, when known. */
  public abstract Optional<ClassCode> classCode();

  /** Subsystem vendor and device id, when known. */
  public abstract Optional<PciId> subsystem();

  /** The revision, 0..255, when known. */
  public abstract OptionalInt revision();

  /** lspci's description ({@code Ethernet controller: Intel Corporation 82598EB ...}), when known. */
  public abstract Optional<String> name();

  /** The VMkernel's name for the device ({@code vmnic0}, {@code vmhba1}), when known. */
  public abstract Optional<String> vmkernelName();

  /** The driver bound to the function, when known. */
  public abstract Optional<String> driver();

  /**
   * The PCIe device/port type, {@link PortType#CONVENTIONAL} when capabilities were shown without
   * an Express capability; empty when capabilities were not shown.
   */
  public abstract Optional<PortType> portType();

  /** {@code DevCap: ... FLReset+} (true) or {@code FLReset-} (false); empty when not shown. */
  public abstract Optional<Boolean> flr();

  /** {@code AFCap: ... FLR+} (true) or {@code FLR-} (false); empty when not shown. */
  public abstract Optional<Boolean> afFlr();

  /**
   * Power management {@code NoSoftRst+} (true: a D3hot to D0 transition does not reset) or
   * {@code NoSoftRst-} (false: it does); empty when not shown.
   */
  public abstract Optional<Boolean> noSoftReset();

  /** Access Control Services, when the capability list was shown. */
  public abstract Optional<Acs> acs();

  /** The SR-IOV role, when the function is a PF or VF and that is known. */
  public abstract Optional<Sriov> sriov();

  /** The base address registers with known sizes, in index order; empty when none were shown. */
  public abstract List<Bar> bars();

  /** The buses below a bridge, when the function is a bridge and its bus numbers are known. */
  public abstract Optional<BusRange> bridge();

  /**
   * True for a PCI-to-PCI bridge (a port or bridge that leads to other buses): it has a bus range,
   * else a PCI-bridge class code ({@code 0604}/{@code 0609}), else (class unknown) a bridge-like
   * port type. Host bridges ({@code 0600}) and ISA bridges are not, even when their Express
   * capability calls them a root port (the DMI port of Xeon sockets does): a known class code
   * decides, since only a PCI-to-PCI bridge has the bus numbers that lead to other buses.
   */
  public boolean isBridge() {
    if (bridge().isPresent()) {
      return true;
    }
    if (classCode().isPresent()) {
      return classCode().get().isPciBridge();
    }
    return portType().map(PortType::isBridgeLike).orElse(false);
  }

  /**
   * True for a conventional PCI/PCI-X function (no Express capability), false for a PCIe function,
   * empty when capabilities were not shown.
   */
  public Optional<Boolean> conventional() {
    return portType().map(p -> p == PortType.CONVENTIONAL);
  }

  /**
   * The sum of the sizes of the memory BARs (the expansion ROM and I/O BARs excluded); empty when no
   * BAR sizes are known.
   */
  public OptionalLong totalBarBytes() {
    if (bars().isEmpty()) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(bars().stream().filter(Bar::isMmio).mapToLong(Bar::size).sum());
  }

  /**
   * Whether the function can reset itself alone: true when it advertises FLR or AF-FLR or is an
   * SR-IOV virtual function; false when its capabilities were shown (or both flags are known) and
   * none of that holds; empty otherwise.
   */
  public Optional<Boolean> functionLevelReset() {
    if (flr().orElse(false) || afFlr().orElse(false) || sriov().map(Sriov::isVirtualFunction).orElse(false)) {
      return Optional.of(true);
    }
    if (portType().isPresent() || (flr().isPresent() && afFlr().isPresent())) {
      return Optional.of(false);
    }
    return Optional.empty();
  }

  /**
   * This function's facts, completed by those only another view of the same function shows (its
   * own facts win where both show one): how views of one machine are combined.
   *
   * @param other the same function as another file shows it
   * @return the combined function, at this function's address
   */
  public PciFunction completedBy(PciFunction other) {
    PciFunction.Builder m = PciFunction.builder().from(this);
    if (id().isEmpty()) {
      other.id().ifPresent(m::id);
    }
    if (classCode().isEmpty()) {
      other.classCode().ifPresent(m::classCode);
    }
    if (subsystem().isEmpty()) {
      other.subsystem().ifPresent(m::subsystem);
    }
    if (revision().isEmpty()) {
      other.revision().ifPresent(m::revision);
    }
    if (name().isEmpty()) {
      other.name().ifPresent(m::name);
    }
    if (vmkernelName().isEmpty()) {
      other.vmkernelName().ifPresent(m::vmkernelName);
    }
    if (driver().isEmpty()) {
      other.driver().ifPresent(m::driver);
    }
    if (portType().isEmpty()) {
      other.portType().ifPresent(m::portType);
    }
    if (flr().isEmpty()) {
      other.flr().ifPresent(m::flr);
    }
    if (afFlr().isEmpty()) {
      other.afFlr().ifPresent(m::afFlr);
    }
    if (noSoftReset().isEmpty()) {
      other.noSoftReset().ifPresent(m::noSoftReset);
    }
    if (acs().isEmpty()) {
      other.acs().ifPresent(m::acs);
    }
    if (sriov().isEmpty()) {
      other.sriov().ifPresent(m::sriov);
    }
    if (bars().isEmpty()) {
      m.bars(other.bars());
    }
    if (bridge().isEmpty()) {
      other.bridge().ifPresent(m::bridge);
    }
    return m.build();
  }

  /** Short form for messages: {@code 0000:03:00.0 8086:10c6}. */
  @Override
  public String toString() {
    return address() + id().map(i -> " " + i).orElse("") + vmkernelName().map(n -> " [" + n + "]").orElse("");
  }

  @Value.Check
  void check() {
    if (revision().isPresent() && (revision().getAsInt() < 0 || revision().getAsInt() > 0xff)) {
      throw new IllegalStateException(
          "PciFunction revision must be 0..255, was " + revision().getAsInt() + " (" + address() + ")");
    }
    Set<Integer> seen = new HashSet<>();
    for (Bar b : bars()) {
      if (!seen.add(b.index())) {
        throw new IllegalStateException(
            "PciFunction bars must have distinct indexes, BAR " + b.index() + " is listed twice (" + address() + ")");
      }
    }
    if (sriov().flatMap(Sriov::physicalFunctionAddress).filter(address()::equals).isPresent()) {
      throw new IllegalStateException(
          "PciFunction VF cannot be its own physical function, was " + address());
    }
    checkNotBlank("name", name().orElse(null));
    checkNotBlank("vmkernelName", vmkernelName().orElse(null));
    checkNotBlank("driver", driver().orElse(null));
  }

  /** Rejects a present but blank text; {@code value} is null when the attribute is absent. */
  private void checkNotBlank(String attribute, String value) {
    if (value != null && value.isBlank()) {
      throw new IllegalStateException(
          "PciFunction " + attribute + " must not be blank when present, was '" + value + "' (" + address() + ")");
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PciFunction} values. */
  public static final class Builder extends ImmutablePciFunction.Builder {}
}
