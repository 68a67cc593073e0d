package dev.vmdp.rules;

import dev.vmdp.model.VmdpException;
import dev.vmdp.model.host.PassthruMap;
import dev.vmdp.model.vm.VirtualMachine;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A fix: a described transformation of one VM (or of the host's passthru.map). The file binding
 * turns the changed model into a minimal edit of the file.
 *
 * <pre>{@code
 * Fix fix = Fix.forVm("RHEL3", "set sched.mem.min = \"512\" (reserve all memory)",
 *     vm -> vm.withMemoryReservationMb(512));
 * VirtualMachine fixed = fix.applyTo(vm);
 * }</pre>
 */
public final class Fix {

  /** What a fix changes. */
  public enum Target {
    /** One VM's configuration (its .vmx). */
    VM,
    /** The host's {@code /etc/vmware/passthru.map}. */
    PASSTHRU_MAP
  }

  private final Target target;
  private final String vmName;
  private final String description;
  private final UnaryOperator<VirtualMachine> vmChange;
  private final UnaryOperator<PassthruMap> mapChange;

  private Fix(Target target, String vmName, String description, UnaryOperator<VirtualMachine> vmChange,
      UnaryOperator<PassthruMap> mapChange) {
    this.target = target;
    this.vmName = vmName;
    this.description = Objects.requireNonNull(description, "description");
    this.vmChange = vmChange;
    this.mapChange = mapChange;
  }

  /**
   * A fix of one VM.
   *
   * @param vmName the VM's name, as {@link VirtualMachine#name()}
   * @param description what it does, in the file's terms (e.g. {@code set pciPassthru0.msiEnabled = "FALSE"})
   * @param change the transformation
   * @return the fix
   */
  public static Fix forVm(String vmName, String description, UnaryOperator<VirtualMachine> change) {
    return new Fix(Target.VM, Objects.requireNonNull(vmName, "vmName"), description,
        Objects.requireNonNull(change, "change"), null);
  }

  /**
   * A fix of the host's passthru.map.
   *
   * @param description what it does (e.g. {@code add "8086 10c6 d3d0 default"})
   * @param change the transformation
   * @return the fix
   */
  public static Fix forPassthruMap(String description, UnaryOperator<PassthruMap> change) {
    return new Fix(Target.PASSTHRU_MAP, null, description, null, Objects.requireNonNull(change, "change"));
  }

  /** What the fix changes. */
  public Target target() {
    return target;
  }

  /** The VM the fix changes, or empty for a passthru.map fix. */
  public Optional<String> vmName() {
    return Optional.ofNullable(vmName);
  }

  /** What the fix does, one line. */
  public String description() {
    return description;
  }

  /**
   * Applies the fix to a VM.
   *
   * @param vm the VM named by {@link #vmName()}
   * @return the changed VM
   * @throws VmdpException when this is not a VM fix or the VM is another one
   */
  public VirtualMachine applyTo(VirtualMachine vm) {
    if (target != Target.VM) {
      throw new VmdpException("fix '" + description + "' changes the passthru.map, not a VM");
    }
    if (!vm.name().equals(vmName)) {
      throw new VmdpException("fix '" + description + "' is for VM '" + vmName + "', not '" + vm.name() + "'");
    }
    return vmChange.apply(vm);
  }

  /**
   * Applies the fix to a passthru.map.
   *
   * @param map the host's map
   * @return the changed map
   * @throws VmdpException when this is not a passthru.map fix
   */
  public PassthruMap applyTo(PassthruMap map) {
    if (target != Target.PASSTHRU_MAP) {
      throw new VmdpException("fix '" + description + "' changes VM '" + vmName + "', not the passthru.map");
    }
    return mapChange.apply(map);
  }

  /** The description. */
  @Override
  public String toString() {
    return description;
  }
}
