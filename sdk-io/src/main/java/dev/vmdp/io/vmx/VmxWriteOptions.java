package dev.vmdp.io.vmx;

import dev.vmdp.model.VmdpStyle;
import dev.vmdp.model.host.EsxVersion;
import dev.vmdp.model.vm.VirtualMachine;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How {@link VmxBinding} writes values whose spelling depends on the host that will run the VM.
 *
 * <p>The target is ESX 4.x when {@link #esxVersion()} says so, or, without a version, when the VM's
 * {@code virtualHW.version} is 7 or lower or absent (the guide's world, DOMAIN.md 4). ESX 4.x
 * forms: {@code pciPassthruN.id = "03:00.0"} (decimal {@code BB:DD.F}), bare hex ids
 * ({@code "12ab"}), a new reservation as {@code sched.mem.minsize}, new entry keys in the guide's
 * order. Later versions: {@code "00000:101:00.0"} ({@code SSSSS:BBB:DD.F}, decimal),
 * {@code "0x10de"}, {@code sched.mem.min}.
 *
 * <pre>{@code
 * VmxWriteOptions esxi7 = VmxWriteOptions.forVersion(EsxVersion.ESX_7_0);
 * VmxDocument edited = VmxBinding.apply(doc, before, after, esxi7);
 * }</pre>
 */
@Value.Immutable
@VmdpStyle
public abstract class VmxWriteOptions {

  /** The version of the host that will run the VM; empty to infer it from the VM's virtual hardware. */
  public abstract Optional<EsxVersion> esxVersion();

  /**
   * Whether {@link VmxBinding#write} adds the block the client generates ({@code pciBridge0} and
   * {@code pciBridge4}..{@code pciBridge7}) to a VM of virtual hardware 7 or later (or of unknown
   * hardware) that has no {@code pciBridgeN} block at all; true by default.
   */
  @Value.Default
  public boolean standardPciBridgesEnabled() {
    return true;
  }

  /**
   * Whether values are written in the ESX 4.x forms for this VM: true for an explicit version
   * before 5.0, or, without a version, when the VM's hardware version is absent or at most 7.
   *
   * @param vm the VM being written
   * @return true for the ESX 4.x forms
   */
  public boolean esx4FormsFor(VirtualMachine vm) {
    if (esxVersion().isPresent()) {
      return esxVersion().get().isBefore(EsxVersion.ESX_5_0);
    }
    return vm.hardwareVersion().orElse(7) <= 7;
  }

  /** Options without a version: forms follow the VM's virtual hardware. */
  public static VmxWriteOptions defaults() {
    return builder().build();
  }

  /**
   * Options for a host version.
   *
   * @param version the version of the host that will run the VM
   * @return the options
   */
  public static VmxWriteOptions forVersion(EsxVersion version) {
    return builder().esxVersion(version).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link VmxWriteOptions} values. */
  public static final class Builder extends ImmutableVmxWriteOptions.Builder {}
}
