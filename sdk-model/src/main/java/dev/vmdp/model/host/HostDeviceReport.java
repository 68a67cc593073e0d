package dev.vmdp.model.host;

import dev.vmdp.model.VmdpStyle;
import dev.vmdp.model.pci.PciAddress;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the host itself says about one PCI function ({@code esxcli hardware pci list}, and the
 * fewer facts of {@code esxcli hardware pci pcipassthru list} and {@code lspci -p}): whether it
 * can be passed through, its parent and dependent devices, the reset method the host will use,
 * whether its functions may be split, and its configured and current owners. Every fact is empty
 * when no view showed it.
 *
 * <pre>{@code
 * HostDeviceReport r = HostDeviceReport.builder()
 *     .address(PciAddress.parseEsxcli("PCI 0:3:0:0"))
 *     .passthruCapable(true)
 *     .parent(PciAddress.parseEsxcli("PCI 0:0:1:0"))
 *     .resetMethod(ResetMethod.LINK)
 *     .configuredOwner(Owner.PASSTHRU).currentOwner(Owner.VMKERNEL)
 *     .build();
 * r.passthroughState();   // Optional[ENABLED_PENDING_REBOOT]
 * }</pre>
 */
@Value.Immutable
@VmdpStyle
public abstract class HostDeviceReport {

  /** The function the report is about. */
  public abstract PciAddress address();

  /** {@code Passthru Capable}, when shown. */
  public abstract Optional<Boolean> passthruCapable();

  /** {@code Parent Device}: the bridge above the function, when shown. */
  public abstract Optional<PciAddress> parent();

  /** {@code Dependent Device}: the device that must go along with this one, when shown. */
  public abstract Optional<PciAddress> dependentDevice();

  /** {@code Reset Method}: how the host will reset the function, when shown. */
  public abstract Optional<ResetMethod> resetMethod();

  /** {@code FPT Sharable}, when shown. */
  public abstract Optional<Boolean> fptShareable();

  /** {@code Configured Owner}, when shown. */
  public abstract Optional<Owner> configuredOwner();

  /** {@code Current Owner}, when shown. */
  public abstract Optional<Owner> currentOwner();

  /** The VMkernel's name for the device ({@code vmnic0}), when shown. */
  public abstract Optional<String> vmkernelName();

  /**
   * The passthrough state the owners imply; empty unless both the configured and the current owner
   * are known.
   */
  public Optional<PassthroughState> passthroughState() {
    if (configuredOwner().isEmpty() || currentOwner().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(PassthroughState.fromOwners(configuredOwner().get(), currentOwner().get()));
  }

  @Value.Check
  void check() {
    if (parent().filter(address()::equals).isPresent()) {
      throw new IllegalStateException("HostDeviceReport parent cannot be the function itself, was " + address());
    }
    if (vmkernelName().filter(String::isBlank).isPresent()) {
      throw new IllegalStateException("HostDeviceReport vmkernelName must not be blank when present, was '"
          + vmkernelName().get() + "' (" + address() + ")");
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HostDeviceReport} values. */
  public static final class Builder extends ImmutableHostDeviceReport.Builder {}
}
