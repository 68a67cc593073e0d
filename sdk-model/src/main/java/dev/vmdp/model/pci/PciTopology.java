package dev.vmdp.model.pci;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The PCI functions of a host and how they hang together: which bridge a function is below, what
 * is below a bridge, which functions share a device.
 *
 * <p>The topology is built once from a list of functions and indexes them, so every query costs
 * O(1) or O(size of the answer) (at most 256 bus lookups for {@link #below(PciAddress)}), also for
 * 100,000 functions. Parent relations come from the bridges' bus ranges: a function's parent is
 * the bridge whose secondary bus is the function's bus, in the same segment. When bridges' bus
 * ranges are unknown (for example from {@code lspci -n}), parent queries answer empty rather than
 * guess.
 *
 * <pre>{@code
 * PciTopology t = PciTopology.of(List.of(rootPort, gpu, hdmiAudio));
 * t.parentBridge(gpu.address());          // Optional[rootPort]
 * t.below(rootPort.address());            // [gpu, hdmiAudio]
 * t.functionsOfDevice(gpu.address());     // [gpu, hdmiAudio]
 * }</pre>
 */
public final class PciTopology {
  private static final PciTopology EMPTY = new PciTopology(List.of());

  private final List<PciFunction> functions;
  private final Map<PciAddress, PciFunction> byAddress;
  private final Map<Integer, List<PciFunction>> byBus;
  private final Map<Integer, List<PciFunction>> byDevice;
  private final Map<Integer, PciFunction> bridgeBySecondaryBus;
  /** Per segment, the lowest bus a bridge with an unknown bus range sits on. */
  private final Map<Integer, Integer> lowestUnknownBridgeBus;
  /** Per segment, every bus a known bridge range covers (secondary..subordinate). */
  private final Map<Integer, java.util.BitSet> coveredBuses;
  /** True when some bridge's bus range is known: the source showed bus ranges. */
  private final boolean rangesShown;
  private final List<PciFunction> bridges;
  private final List<PciFunction> endpoints;

  private PciTopology(Collection<PciFunction> input) {
    List<PciFunction> sorted = new ArrayList<>(input.size());
    for (PciFunction f : input) {
      sorted.add(Objects.requireNonNull(f, "PciTopology function"));
    }
    sorted.sort((a, b) -> a.address().compareTo(b.address()));
    Map<PciAddress, PciFunction> addr = new HashMap<>(sorted.size() * 2);
    Map<Integer, List<PciFunction>> bus = new HashMap<>();
    Map<Integer, List<PciFunction>> dev = new HashMap<>();
    Map<Integer, PciFunction> parents = new HashMap<>();
    Map<Integer, Integer> unknownRanges = new HashMap<>();
    Map<Integer, java.util.BitSet> covered = new HashMap<>();
    List<PciFunction> br = new ArrayList<>();
    List<PciFunction> ep = new ArrayList<>();
    for (PciFunction f : sorted) {
      PciAddress a = f.address();
      PciFunction previous = addr.put(a, f);
      if (previous != null) {
        throw new IllegalArgumentException("PciTopology functions must have distinct addresses, "
            + a + " is listed twice (" + previous + " and " + f + ")");
      }
      bus.computeIfAbsent(busKey(a.segment(), a.bus()), k -> new ArrayList<>()).add(f);
      dev.computeIfAbsent(deviceKey(a), k -> new ArrayList<>()).add(f);
      if (f.isBridge()) {
        br.add(f);
        if (f.bridge().isPresent()) {
          BusRange r = f.bridge().get();
          // In address order, so the first bridge claiming a secondary bus keeps it.
          parents.putIfAbsent(busKey(a.segment(), r.secondary()), f);
          covered.computeIfAbsent(a.segment(), k -> new java.util.BitSet(256)).set(r.secondary(), r.subordinate() + 1);
        } else {
          unknownRanges.merge(a.segment(), a.bus(), Math::min);
        }
      } else {
        ep.add(f);
      }
    }
    this.functions = List.copyOf(sorted);
    this.byAddress = addr;
    this.byBus = freeze(bus);
    this.byDevice = freeze(dev);
    this.bridgeBySecondaryBus = parents;
    this.lowestUnknownBridgeBus = unknownRanges;
    this.coveredBuses = covered;
    this.rangesShown = !covered.isEmpty();
    this.bridges = List.copyOf(br);
    this.endpoints = List.copyOf(ep);
  }

  private static Map<Integer, List<PciFunction>> freeze(Map<Integer, List<PciFunction>> m) {
    m.replaceAll((k, v) -> List.copyOf(v));
    return m;
  }

  private static int busKey(int segment, int bus) {
    return segment << 8 | bus;
  }

  private static int deviceKey(PciAddress a) {
    return busKey(a.segment(), a.bus()) << 5 | a.device();
  }

  /**
   * The topology of these functions.
   *
   * @param functions the functions, in any order
   * @return the topology
   * @throws IllegalArgumentException naming the address when two functions share one
   */
  public static PciTopology of(Collection<PciFunction> functions) {
    return functions.isEmpty() ? EMPTY : new PciTopology(functions);
  }

  /**
   * The topology of these functions.
   *
   * @param functions the functions, in any order
   * @return the topology
   */
  public static PciTopology of(PciFunction... functions) {
    return of(List.of(functions));
  }

  /** A topology without functions (nothing known about the host's PCI devices). */
  public static PciTopology empty() {
    return EMPTY;
  }

  /**
   * This topology with one function added, or replaced when its address is already present.
   *
   * @param function the function
   * @return the new topology
   */
  public PciTopology with(PciFunction function) {
    List<PciFunction> next = new ArrayList<>(functions.size() + 1);
    for (PciFunction f : functions) {
      if (!f.address().equals(function.address())) {
        next.add(f);
      }
    }
    next.add(function);
    return new PciTopology(next);
  }

  /** Every function, in address order. */
  public List<PciFunction> functions() {
    return functions;
  }

  /** The number of functions. */
  public int size() {
    return functions.size();
  }

  /** True when no function is known. */
  public boolean isEmpty() {
    return functions.isEmpty();
  }

  /** The function at the address, or empty when the host has none there. */
  public Optional<PciFunction> function(PciAddress address) {
    return Optional.ofNullable(byAddress.get(address));
  }

  /** True when the host has a function at the address. */
  public boolean contains(PciAddress address) {
    return byAddress.containsKey(address);
  }

  /** Every bridge ({@link PciFunction#isBridge()}), in address order. */
  public List<PciFunction> bridges() {
    return bridges;
  }

  /** Every function that is not a bridge, in address order. */
  public List<PciFunction> endpoints() {
    return endpoints;
  }

  /** The functions on one bus of one segment, in address order; empty when there are none. */
  public List<PciFunction> onBus(int segment, int bus) {
    return byBus.getOrDefault(busKey(segment, bus), List.of());
  }

  /**
   * The functions of the device at the address (same segment, bus and slot), in function order,
   * including the one at the address; empty when the host has no such device.
   */
  public List<PciFunction> functionsOfDevice(PciAddress address) {
    return byDevice.getOrDefault(deviceKey(address), List.of());
  }

  /**
   * The bridge directly above the address: the bridge whose secondary bus is the address's bus in
   * the same segment. Empty on a root bus, and when no known bridge range leads to the bus.
   */
  public Optional<PciFunction> parentBridge(PciAddress address) {
    PciFunction p = bridgeBySecondaryBus.get(busKey(address.segment(), address.bus()));
    return p == null || p.address().equals(address) ? Optional.empty() : Optional.of(p);
  }

  /**
   * The bridges above the address, nearest first, up to the one on the root bus; empty when
   * {@link #parentBridge(PciAddress)} is. A misconfigured loop of bus ranges ends the chain.
   */
  public List<PciFunction> ancestors(PciAddress address) {
    List<PciFunction> out = new ArrayList<>();
    Set<PciAddress> seen = new HashSet<>();
    seen.add(address);
    Optional<PciFunction> p = parentBridge(address);
    while (p.isPresent() && seen.add(p.get().address())) {
      out.add(p.get());
      p = parentBridge(p.get().address());
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Whether the address is on a root bus: a bus no bridge of its segment leads to, such as bus 0
   * of every segment and the buses a second CPU socket or its uncore starts ({@code 80},
   * {@code 7f}, {@code ff} on two-socket Xeons).
   *
   * <ul>
   *   <li>false when a bridge leads to the bus, or the bus lies in a known bridge's range (it is
   *       below that bridge, through one whose range is not known);
   *   <li>true for bus 0 (no bridge's secondary bus can be 0: a bridge's buses are above its own);
   *   <li>true for another bus when the topology shows bus ranges (some bridge's range is known)
   *       and no bridge of the segment could lead to it: every bridge of the segment whose range is
   *       unknown sits on this bus or above it;
   *   <li>empty otherwise: a bridge whose range is not shown might lead to the bus, or no range is
   *       shown at all ({@code lspci -n}, ESXi's {@code lspci}), which says nothing about buses.
   * </ul>
   */
  public Optional<Boolean> onRootBus(PciAddress address) {
    if (parentBridge(address).isPresent()) {
      return Optional.of(false);
    }
    java.util.BitSet covered = coveredBuses.get(address.segment());
    if (covered != null && covered.get(address.bus())) {
      return Optional.of(false);
    }
    if (address.bus() == 0) {
      return Optional.of(true);
    }
    Integer unknown = lowestUnknownBridgeBus.get(address.segment());
    if (!rangesShown || (unknown != null && unknown < address.bus())) {
      return Optional.empty();
    }
    return Optional.of(true);
  }

  /**
   * Every function below a bridge: on the buses secondary..subordinate of the bridge's range, in
   * the same segment, in address order. Empty when the address is not a bridge with a known range.
   */
  public List<PciFunction> below(PciAddress bridgeAddress) {
    PciFunction b = byAddress.get(bridgeAddress);
    if (b == null || b.bridge().isEmpty()) {
      return List.of();
    }
    BusRange r = b.bridge().get();
    List<PciFunction> out = new ArrayList<>();
    for (int bus = r.secondary(); bus <= r.subordinate(); bus++) {
      for (PciFunction f : onBus(bridgeAddress.segment(), bus)) {
        if (!f.address().equals(bridgeAddress)) {
          out.add(f);
        }
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** The functions directly below a bridge (on its secondary bus); empty when it has no known range. */
  public List<PciFunction> children(PciAddress bridgeAddress) {
    PciFunction b = byAddress.get(bridgeAddress);
    if (b == null || b.bridge().isEmpty()) {
      return List.of();
    }
    return onBus(bridgeAddress.segment(), b.bridge().get().secondary());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PciTopology t && t.functions.equals(functions);
  }

  @Override
  public int hashCode() {
    return functions.hashCode();
  }

  /** Renders as {@code PciTopology[n functions]}. */
  @Override
  public String toString() {
    return "PciTopology[" + functions.size() + " functions]";
  }
}
