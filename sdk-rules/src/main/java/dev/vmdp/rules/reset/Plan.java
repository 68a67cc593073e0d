package dev.vmdp.rules.reset;

import dev.vmdp.model.host.PassthruMapEntry;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.rules.Report;
import java.util.List;
import java.util.Map;

/**
 * What a wanted assignment (VM to functions) takes: for each VM the functions that must join it
 * and the ones that must leave the VMkernel, the conflicts no assignment can satisfy, passthru.map
 * lines that would untangle shared resets, and the findings of the reset and map rules.
 *
 * @param analysis the reset analysis the plan rests on
 * @param vms one entry per VM, in the order given
 * @param conflicts one line per group wanted by several VMs
 * @param suggestions passthru.map lines that would free functions, each with its reason
 * @param report the findings of VMDP401-406 and VMDP501-506 for the assignment as wanted
 */
public record Plan(ResetAnalysis analysis, List<VmPlan> vms, List<String> conflicts,
    Map<PassthruMapEntry, String> suggestions, Report report) {

  /**
   * One VM's part of the plan.
   *
   * @param vm the VM's name
   * @param wanted the functions asked for
   * @param extra functions that must join the VM too, each with why
   * @param fromVmkernel functions (asked for or extra) the VMkernel uses now and must give up
   * @param noReset functions asked for that cannot be reset (cannot be passed through)
   */
  public record VmPlan(String vm, List<PciAddress> wanted, Map<PciAddress, String> extra, List<PciAddress> fromVmkernel,
      List<PciAddress> noReset) {}

  /** True when every VM can get what it wants (with its extra functions) and no rule reports an error. */
  public boolean feasible() {
    return conflicts.isEmpty() && !report.hasErrors() && vms.stream().allMatch(v -> v.noReset().isEmpty());
  }
}
