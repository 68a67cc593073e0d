package dev.vmdp.rules.reset;

import dev.vmdp.model.SourceRef;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.host.HostDeviceReport;
import dev.vmdp.model.host.PassthruMap;
import dev.vmdp.model.host.PassthruMapEntry;
import dev.vmdp.model.host.ResetMethod;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciFunction;
import dev.vmdp.model.pci.PciTopology;
import dev.vmdp.model.pci.PortType;
import dev.vmdp.rules.CheckContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which reset each function of a host gets, and which functions must therefore go to the same
 * owner (DOMAIN.md 8).
 *
 * <pre>{@code
 * ResetAnalysis a = ResetAnalysis.of(host);
 * a.method(PciAddress.parse("01:00.0"));      // bridge (passthru.map line 3: 10de ffff bridge false)
 * a.groupOf(PciAddress.parse("01:00.0"));     // [01:00.0, 01:00.1] below 00:01.0
 * }</pre>
 *
 * <p>The effective method of a function is (1) what the host reports (esxcli {@code Reset Method}),
 * else (2) the winning passthru.map line unless its method is {@code default}, else (3) FLR when
 * the function advertises it (DevCap FLReset+, AFCap FLR+, or an SR-IOV VF), else {@code link}
 * when its parent is a PCIe root or downstream port, else {@code bridge} when it has any parent
 * bridge, else none. {@code d3d0} comes only from a map line. Missing evidence leaves a method
 * unknown, never guessed. Linear in the number of functions: each bridge's domain is joined once.
 */
public final class ResetAnalysis {
  private static final int NAMES_IN_REASON = 8;

  private final Host host;
  private final Map<PciAddress, EffectiveReset> methods;
  private final Map<PciAddress, PassthruMapEntry> mapLines;
  private final List<CoAssignmentGroup> groups;
  private final Map<PciAddress, CoAssignmentGroup> groupOf;

  private ResetAnalysis(Host host, Map<PciAddress, EffectiveReset> methods, Map<PciAddress, PassthruMapEntry> mapLines,
      List<CoAssignmentGroup> groups) {
    this.host = host;
    this.methods = methods;
    this.mapLines = mapLines;
    this.groups = List.copyOf(groups);
    Map<PciAddress, CoAssignmentGroup> index = new HashMap<>();
    for (CoAssignmentGroup g : groups) {
      g.members().forEach(m -> index.put(m, g));
    }
    this.groupOf = index;
  }

  /** The analysis of a check's host, made once per check for all the reset rules. */
  static ResetAnalysis of(CheckContext context) {
    return context.derived(ResetAnalysis.class, c -> of(c.host()));
  }

  /** The analysis under DOMAIN.md 7.1's passthru.map precedence. */
  public static ResetAnalysis of(Host host) {
    return of(host, PassthruMap.DEFAULT_PRECEDENCE);
  }

  /**
   * The analysis under a site's passthru.map precedence.
   *
   * @param host the host: its topology, reports and map
   * @param precedence which map line wins when several match
   * @return the analysis
   */
  public static ResetAnalysis of(Host host, PassthruMap.Precedence precedence) {
    PciTopology t = host.topology();
    Map<PciAddress, EffectiveReset> methods = new LinkedHashMap<>();
    Map<PciAddress, PassthruMapEntry> lines = new HashMap<>();
    List<PciFunction> candidates = new ArrayList<>();
    for (PciFunction f : t.functions()) {
      if (isCandidate(f)) {
        candidates.add(f);
        f.id().flatMap(id -> host.passthruMap().lookup(id, precedence)).ifPresent(e -> lines.put(f.address(), e));
        methods.put(f.address(), decide(host, f, lines.get(f.address())));
      }
    }
    return new ResetAnalysis(host, methods, lines, Grouping.groups(host, candidates, methods, lines));
  }

  /** Functions that can be passed through: everything but bridges and host/ISA bridges (class 06xx). */
  static boolean isCandidate(PciFunction f) {
    return !f.isBridge() && !f.classCode().map(c -> c.isBridge()).orElse(false);
  }

  private static EffectiveReset decide(Host host, PciFunction f, PassthruMapEntry line) {
    PciAddress a = f.address();
    Optional<PciAddress> parent = host.parentDevice(a);
    Optional<ResetMethod> reported = host.deviceReport(a).flatMap(HostDeviceReport::resetMethod);
    if (reported.isPresent() && reported.get() != ResetMethod.DEFAULT) {
      ResetMethod m = reported.get();
      return new EffectiveReset(a, m, true, "host reports " + m.token() + " (esxcli Reset Method)", null,
          sharedBridge(m, parent));
    }
    if (line != null && line.resetMethod() != ResetMethod.DEFAULT) {
      ResetMethod m = line.resetMethod();
      String where = line.source().map(s -> "passthru.map line " + s.line()).orElse("passthru.map");
      return new EffectiveReset(a, m, true, where + ": " + line.toLine(), line.source().orElse(null),
          sharedBridge(m, parent));
    }
    Optional<Boolean> flr = f.functionLevelReset();
    if (flr.orElse(false)) {
      String why = f.flr().orElse(false) ? "DevCap FLReset+" : f.afFlr().orElse(false) ? "AFCap FLR+" : "SR-IOV virtual function";
      return new EffectiveReset(a, ResetMethod.FLR, true, why, null, null);
    }
    if (flr.isEmpty()) {
      return new EffectiveReset(a, null, false, "capabilities not shown (use lspci -vvv)", null, null);
    }
    Optional<PciFunction> bridge = host.topology().parentBridge(a);
    if (bridge.isPresent()) {
      PciFunction p = bridge.get();
      boolean port = p.portType().map(PortType::isPcieDownstreamOrRoot).orElse(false);
      String kind = p.portType().map(PortType::lspciName).orElse("bridge");
      return port
          ? new EffectiveReset(a, ResetMethod.LINK, true, "no FLR; parent " + p.address() + " is a " + kind, null, p.address())
          : new EffectiveReset(a, ResetMethod.BRIDGE, true, "no FLR; parent " + p.address() + " is a " + kind, null,
              p.address());
    }
    if (parent.isPresent()) {
      return new EffectiveReset(a, ResetMethod.BRIDGE, true, "no FLR; esxcli names parent " + parent.get(), null,
          parent.get());
    }
    // A root bus is one no bridge of the segment leads to: bus 0, the buses a second socket and
    // the sockets' uncore start on, any bus of a segment without bridges (PciTopology#onRootBus).
    Optional<Boolean> root = host.topology().onRootBus(a);
    if (root.orElse(false)) {
      return new EffectiveReset(a, null, true, "no FLR and no parent bridge (root bus): cannot be reset", null, null);
    }
    if (root.isPresent()) {
      return new EffectiveReset(a, null, false, "no FLR; the bridge directly above it is not listed", null, null);
    }
    return new EffectiveReset(a, null, false, "no FLR; parent bridge not known (use lspci -vvv or -t)", null, null);
  }

  private static PciAddress sharedBridge(ResetMethod m, Optional<PciAddress> parent) {
    return (m == ResetMethod.LINK || m == ResetMethod.BRIDGE) ? parent.orElse(null) : null;
  }

  /**
   * This analysis without some functions: their resets are not listed and the groups made only of
   * them are left out (a group with another member keeps all its members, so no reason is lost).
   * What a plan's text shows when it leaves out the functions nobody passes through.
   *
   * @param hidden the functions to leave out
   * @return the narrower analysis of the same host
   */
  public ResetAnalysis without(java.util.Set<PciAddress> hidden) {
    Map<PciAddress, EffectiveReset> kept = new LinkedHashMap<>();
    methods.forEach((a, r) -> {
      if (!hidden.contains(a)) {
        kept.put(a, r);
      }
    });
    List<CoAssignmentGroup> keptGroups = groups.stream()
        .filter(g -> g.members().stream().anyMatch(m -> !hidden.contains(m))).toList();
    return new ResetAnalysis(host, kept, mapLines, keptGroups);
  }

  /** The host analysed. */
  public Host host() {
    return host;
  }

  /** The effective reset of every function that can be passed through, in topology order. */
  public Map<PciAddress, EffectiveReset> methods() {
    return java.util.Collections.unmodifiableMap(methods);
  }

  /** The effective reset of a function, or empty when it is not a passthrough candidate of this host. */
  public Optional<EffectiveReset> method(PciAddress address) {
    return Optional.ofNullable(methods.get(address));
  }

  /** The passthru.map line that applies to the function, when one does (even a {@code default} one). */
  public Optional<PassthruMapEntry> mapLine(PciAddress address) {
    return Optional.ofNullable(mapLines.get(address));
  }

  /** Every group, each function in exactly one, in address order of their first member. */
  public List<CoAssignmentGroup> groups() {
    return groups;
  }

  /** The groups of more than one function. */
  public List<CoAssignmentGroup> sharedGroups() {
    return groups.stream().filter(g -> !g.single()).toList();
  }

  /** The group of a function, or empty when it is not a passthrough candidate. */
  public Optional<CoAssignmentGroup> groupOf(PciAddress address) {
    return Optional.ofNullable(groupOf.get(address));
  }

  /**
   * A list of addresses for a reason line or a rendering, cut after a few: {@code 0000:01:00.0,
   * 0000:01:00.1}, {@code ... and 3 more}.
   *
   * @param addresses the addresses, in the order to show them
   * @return the list as text
   */
  public static String names(List<PciAddress> addresses) {
    if (addresses.size() <= NAMES_IN_REASON) {
      return join(addresses);
    }
    return join(addresses.subList(0, NAMES_IN_REASON)) + " and " + (addresses.size() - NAMES_IN_REASON) + " more";
  }

  private static String join(List<PciAddress> addresses) {
    List<String> s = new ArrayList<>();
    addresses.forEach(a -> s.add(a.toString()));
    return String.join(", ", s);
  }

  /** Sorted copy, for stable output. */
  static List<PciAddress> sorted(java.util.Collection<PciAddress> addresses) {
    List<PciAddress> list = new ArrayList<>(addresses);
    java.util.Collections.sort(list);
    return list;
  }

  /** Where a function's map line is, when it came from a file. */
  Optional<SourceRef> mapSource(PciAddress address) {
    return mapLine(address).flatMap(PassthruMapEntry::source);
  }
}
