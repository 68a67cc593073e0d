package dev.vmdp.rules.reset;

import dev.vmdp.model.host.ResetMethod;
import dev.vmdp.model.pci.PciAddress;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Functions that must go to the same owner, and why: they share a link or bridge reset, or they
 * are functions of one device that is not shareable ({@code fptShareable false}).
 */
public final class CoAssignmentGroup {
  private final List<PciAddress> members;
  private final ResetMethod resetMethod;
  private final PciAddress dependentBridge;
  private final List<String> reasons;
  private final boolean sharedReset;
  private final boolean notShareable;

  CoAssignmentGroup(List<PciAddress> members, ResetMethod resetMethod, PciAddress dependentBridge, List<String> reasons,
      boolean sharedReset, boolean notShareable) {
    this.members = List.copyOf(Objects.requireNonNull(members, "members"));
    this.resetMethod = resetMethod;
    this.dependentBridge = dependentBridge;
    this.reasons = List.copyOf(reasons);
    this.sharedReset = sharedReset;
    this.notShareable = notShareable;
  }

  /** The functions, in address order (bridges are never members). */
  public List<PciAddress> members() {
    return members;
  }

  /** The shared reset ({@code link} or {@code bridge}) when the group has one, else the members' common method. */
  public Optional<ResetMethod> resetMethod() {
    return Optional.ofNullable(resetMethod);
  }

  /** The bridge or port whose reset all members share; empty for a group made only by shareability. */
  public Optional<PciAddress> dependentBridge() {
    return Optional.ofNullable(dependentBridge);
  }

  /** Why the members are together, one line each, naming the functions and the cause. */
  public List<String> reasons() {
    return reasons;
  }

  /** True when a link or bridge reset ties the members together. */
  public boolean sharedReset() {
    return sharedReset;
  }

  /** True when a non-shareable device ties (some of) the members together. */
  public boolean notShareable() {
    return notShareable;
  }

  /** True when the group holds one function only (nothing ties it to another). */
  public boolean single() {
    return members.size() == 1;
  }

  @Override
  public String toString() {
    return members + (dependentBridge != null ? " below " + dependentBridge : "") + " " + reasons;
  }
}
