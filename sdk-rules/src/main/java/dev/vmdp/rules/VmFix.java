package dev.vmdp.rules;

import dev.vmdp.model.Edit;
import dev.vmdp.model.VmdpException;
import dev.vmdp.model.vm.VirtualMachine;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A {@link Fix} of one VM: a change of its {@link VirtualMachine}, addressed to the VM's file (or
 * to its name, for a VM built in code).
 *
 * <pre>{@code
 * VmFix fix = Fix.forVm(vm, "put pciPassthru0 in IOAPIC mode", v -> ...);
 * if (fix.targets(vm)) {
 *   VirtualMachine fixed = fix.applyTo(vm);
 * }
 * }</pre>
 */
public final class VmFix extends ModelFix<VirtualMachine> implements Fix {
  private final String vmName;

  private VmFix(String vmName, String file, String summary, UnaryOperator<VirtualMachine> change, List<Edit> edits) {
    super(file, summary, change, edits);
    this.vmName = Objects.requireNonNull(vmName, "vmName");
  }

  static VmFix of(VirtualMachine vm, String summary, UnaryOperator<VirtualMachine> change) {
    Objects.requireNonNull(vm, "vm");
    return new VmFix(vm.name(), vm.file().orElse(null), summary, change, List.of());
  }

  /** The name of the VM the fix was made for (its {@link VirtualMachine#name()}). */
  public String vmName() {
    return vmName;
  }

  @Override
  public VmFix withEdits(List<Edit> newEdits) {
    return new VmFix(vmName, fileOrNull(), summary(), change(), newEdits);
  }

  /**
   * Whether the fix is for this VM: the same file, or, when the fix has no file, the same name.
   *
   * @param vm a VM
   * @return true when {@link #applyTo(VirtualMachine)} accepts it
   */
  public boolean targets(VirtualMachine vm) {
    String file = fileOrNull();
    return file != null ? vm.file().filter(file::equals).isPresent() : vm.name().equals(vmName);
  }

  /**
   * Applies the change.
   *
   * @param vm the VM the fix targets
   * @return the changed VM
   * @throws VmdpException when the fix is for another VM
   */
  public VirtualMachine applyTo(VirtualMachine vm) {
    if (!targets(vm)) {
      throw new VmdpException("fix '" + summary() + "' is for " + file().orElse("VM '" + vmName + "'")
          + ", not " + vm.file().orElse("VM '" + vm.name() + "'"));
    }
    return change(vm);
  }

  /** Renders as {@link #description()}. */
  @Override
  public String toString() {
    return description();
  }
}
