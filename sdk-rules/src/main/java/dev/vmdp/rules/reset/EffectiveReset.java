package dev.vmdp.rules.reset;

import dev.vmdp.model.SourceRef;
import dev.vmdp.model.host.ResetMethod;
import dev.vmdp.model.pci.PciAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * How one function will be reset, and why: the host's own report, the winning passthru.map line,
 * or the function's capabilities and place in the topology (DOMAIN.md 8).
 *
 * <p>{@link #method()} is empty in two cases that {@link #known()} tells apart: the function
 * cannot be reset at all (no FLR and no parent bridge; it cannot be passed through), or the
 * evidence is missing (capabilities or bridges were not shown).
 */
public final class EffectiveReset {
  private final PciAddress address;
  private final ResetMethod method;
  private final boolean known;
  private final String source;
  private final SourceRef mapLine;
  private final PciAddress resetBridge;

  EffectiveReset(PciAddress address, ResetMethod method, boolean known, String source, SourceRef mapLine,
      PciAddress resetBridge) {
    this.address = Objects.requireNonNull(address, "address");
    this.method = method;
    this.known = known;
    this.source = Objects.requireNonNull(source, "source");
    this.mapLine = mapLine;
    this.resetBridge = resetBridge;
  }

  /** The function. */
  public PciAddress address() {
    return address;
  }

  /** The method: {@code flr}, {@code d3d0}, {@code link} or {@code bridge}; empty when none or unknown. */
  public Optional<ResetMethod> method() {
    return Optional.ofNullable(method);
  }

  /** False when the evidence to decide was missing (then {@link #method()} is empty). */
  public boolean known() {
    return known;
  }

  /** True when the function is known to have no reset method at all. */
  public boolean none() {
    return known && method == null;
  }

  /** True for {@code link} and {@code bridge}: the reset also hits the other functions below a bridge. */
  public boolean shared() {
    return method == ResetMethod.LINK || method == ResetMethod.BRIDGE;
  }

  /** Why: {@code "passthru.map line 12"}, {@code "DevCap FLReset+"}, {@code "parent 0000:00:1e.0 is a PCI bridge"}. */
  public String source() {
    return source;
  }

  /** The passthru.map line that decided, when one did. */
  public Optional<SourceRef> mapLine() {
    return Optional.ofNullable(mapLine);
  }

  /** For {@code link}/{@code bridge}: the bridge or port whose reset it is (the dependent bridge). */
  public Optional<PciAddress> resetBridge() {
    return Optional.ofNullable(resetBridge);
  }

  /** The method's word ({@code flr}...), {@code none} or {@code unknown}. */
  public String methodName() {
    return method != null ? method.token() : known ? "none" : "unknown";
  }

  @Override
  public String toString() {
    return address + " " + methodName() + " (" + source + ")";
  }
}
