package dev.vmdp.rules.reset;

import dev.vmdp.model.host.Host;
import dev.vmdp.model.host.HostDeviceReport;
import dev.vmdp.model.pci.ClassCode;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciFunction;
import dev.vmdp.model.pci.PciId;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One function of a {@link Plan} as a renderer shows it: its address, the device name the host's
 * files give ({@code lspci -nn} or {@code -vmm} names, esxcli's {@code Vendor Name} and
 * {@code Device Name}), its VMkernel name, its reset, and whether anyone can pass it through.
 *
 * <p>A <em>platform</em> function is one nobody passes through, so a plan's text leaves it out
 * unless asked ({@code vmdp plan --all}) or a VM wants it. The criterion, from the evidence at
 * hand and never from a guess about a device the host reports as passthrough capable:
 *
 * <ol>
 *   <li>the host says so: esxcli {@code Passthru Capable: false};
 *   <li>otherwise, unless the host says {@code Passthru Capable: true}: the function is part of a
 *       CPU socket or the chipset's plumbing. Its class is one of the system peripherals that run
 *       the platform ({@code 0800} PIC or I/O APIC, {@code 0801} DMA controller, {@code 0802}
 *       timer, {@code 0803} RTC, {@code 0804} PCI hot-plug controller, {@code 0806} IOMMU,
 *       {@code 0807} root complex event collector, {@code 0880} "System peripheral" such as a
 *       Xeon's QPI, caching agent or memory controller functions), performance counters
 *       ({@code 1101}) or non-essential instrumentation ({@code 1300}); it sits on a root bus (no
 *       bridge leads to it: it is integrated in the socket or the chipset, DOMAIN.md 8); and it
 *       does not advertise a function level reset (a socket's accelerators that can be passed
 *       through, such as Intel DSA, advertise FLR). SD host controllers ({@code 0805}) are not
 *       platform functions: they can be passed through.
 * </ol>
 *
 * Host and PCI bridges are never functions of a plan (they are not passthrough candidates).
 */
public final class PlannedFunction {
  /** The platform classes (base class and subclass) with the name a message uses. */
  private static final Map<Integer, String> PLATFORM_CLASSES = Map.ofEntries(
      Map.entry(0x0800, "interrupt controller"),
      Map.entry(0x0801, "DMA controller"),
      Map.entry(0x0802, "timer"),
      Map.entry(0x0803, "real-time clock"),
      Map.entry(0x0804, "PCI hot-plug controller"),
      Map.entry(0x0806, "IOMMU"),
      Map.entry(0x0807, "root complex event collector"),
      Map.entry(0x0880, "system peripheral"),
      Map.entry(0x1101, "performance counter"),
      Map.entry(0x1300, "instrumentation function"));

  private final PciFunction function;
  private final EffectiveReset reset;
  private final String platform;
  private final boolean wanted;

  PlannedFunction(PciFunction function, EffectiveReset reset, String platform, boolean wanted) {
    this.function = Objects.requireNonNull(function, "function");
    this.reset = Objects.requireNonNull(reset, "reset");
    this.platform = platform;
    this.wanted = wanted;
  }

  /**
   * The function's entry in a plan.
   *
   * @param host the host (its reports tell what it says of passthrough capability)
   * @param function the function
   * @param reset its effective reset
   * @param wanted whether a VM of the plan wants it
   * @return the entry
   */
  static PlannedFunction of(Host host, PciFunction function, EffectiveReset reset, boolean wanted) {
    return new PlannedFunction(function, reset, platformReason(host, function), wanted);
  }

  /** Why nobody can pass the function through, or null when someone can (see the class comment). */
  static String platformReason(Host host, PciFunction f) {
    Optional<Boolean> capable = host.deviceReport(f.address()).flatMap(HostDeviceReport::passthruCapable);
    if (capable.isPresent()) {
      return capable.get() ? null : "the host says it cannot be passed through (esxcli Passthru Capable: false)";
    }
    Optional<ClassCode> code = f.classCode();
    if (code.isEmpty()) {
      return null;
    }
    String kind = PLATFORM_CLASSES.get(code.get().value16());
    if (kind == null || !host.topology().onRootBus(f.address()).orElse(false)
        || f.functionLevelReset().orElse(false)) {
      return null;
    }
    return String.format(Locale.ROOT, "a %s of the platform (class %s on root bus %02x, no FLR)", kind,
        code.get().withoutProgIf(), f.address().bus());
  }

  /** The function's address. */
  public PciAddress address() {
    return function.address();
  }

  /** The function as the host's files describe it. */
  public PciFunction function() {
    return function;
  }

  /**
   * The device name the host's files give: lspci's description ({@code Intel Corporation 82598EB
   * 10-Gigabit AT CX4 Network Connection}) or esxcli's vendor and device names; empty when no file
   * named it ({@code lspci -n}, ESXi's {@code lspci -p}).
   */
  public Optional<String> name() {
    return function.name();
  }

  /** The VMkernel's name for the device ({@code vmnic4}), when a file gave it. */
  public Optional<String> vmkernelName() {
    return function.vmkernelName();
  }

  /** Vendor and device id, when a file showed them. */
  public Optional<PciId> id() {
    return function.id();
  }

  /** How the function will be reset, and why. */
  public EffectiveReset reset() {
    return reset;
  }

  /** True when nobody passes the function through (see the class comment). */
  public boolean platform() {
    return platform != null;
  }

  /** Why nobody passes the function through; empty when someone can. */
  public Optional<String> platformReason() {
    return Optional.ofNullable(platform);
  }

  /** True when a VM of the plan wants the function (a wanted function is always shown). */
  public boolean wanted() {
    return wanted;
  }

  /** True when a plan's text shows the function: it is not a platform function, or a VM wants it. */
  public boolean shownByDefault() {
    return platform == null || wanted;
  }

  /** Renders as {@code 0000:03:00.0 8086:10c6 [vmnic2] flr (DevCap FLReset+)}. */
  @Override
  public String toString() {
    return function + " " + reset.methodName() + " (" + reset.source() + ")" + (platform == null ? "" : " platform");
  }
}
