package dev.vmdp.rules;

import dev.vmdp.model.Edit;
import dev.vmdp.model.VmdpException;
import dev.vmdp.model.vm.VirtualMachine;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
public final class VmFix implements Fix {
  private final String vmName;
  private final String file;
  private final String summary;
  private final UnaryOperator<VirtualMachine> change;
  private final List<Edit> edits;

  private VmFix(String vmName, String file, String summary, UnaryOperator<VirtualMachine> change, List<Edit> edits) {
    this.vmName = Objects.requireNonNull(vmName, "vmName");
    this.file = file;
    this.summary = checkSummary(summary);
    this.change = Objects.requireNonNull(change, "change");
    this.edits = List.copyOf(edits);
  }

  static VmFix of(VirtualMachine vm, String summary, UnaryOperator<VirtualMachine> change) {
    Objects.requireNonNull(vm, "vm");
    return new VmFix(vm.name(), vm.file().orElse(null), summary, change, List.of());
  }

  static String checkSummary(String summary) {
    Objects.requireNonNull(summary, "summary");
    if (summary.isBlank() || summary.endsWith(".") || summary.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("Fix summary must be one line without a trailing period, was '" + summary + "'");
    }
    return summary;
  }

  /** The name of the VM the fix was made for (its {@link VirtualMachine#name()}). */
  public String vmName() {
    return vmName;
  }

  @Override
  public Optional<String> file() {
    return Optional.ofNullable(file);
  }

  @Override
  public String summary() {
    return summary;
  }

  @Override
  public List<Edit> edits() {
    return edits;
  }

  @Override
  public VmFix withEdits(List<Edit> newEdits) {
    return new VmFix(vmName, file, summary, change, newEdits);
  }

  /**
   * Whether the fix is for this VM: the same file, or, when the fix has no file, the same name.
   *
   * @param vm a VM
   * @return true when {@link #applyTo(VirtualMachine)} accepts it
   */
  public boolean targets(VirtualMachine vm) {
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
      throw new VmdpException("fix '" + summary + "' is for " + (file != null ? file : "VM '" + vmName + "'")
          + ", not " + vm.file().orElse("VM '" + vm.name() + "'"));
    }
    return change.apply(vm);
  }

  /** Renders as {@link #description()}. */
  @Override
  public String toString() {
    return description();
  }
}
