package dev.vmdp.rules.reset;

import dev.vmdp.model.host.PassthruMapEntry;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciFunction;
import dev.vmdp.rules.Report;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a wanted assignment (VM to functions) takes: for each VM the functions that must join it
 * and the ones that must leave the VMkernel, the conflicts no assignment can satisfy, passthru.map
 * lines that would untangle shared resets, and the findings of the reset and map rules.
 *
 * <p>For a renderer, {@link #functions()} gives each function with its device name and reset, and
 * marks the platform functions nobody passes through ({@link PlannedFunction}: host plumbing and
 * the uncore of CPU sockets), which a plan's text leaves out unless asked: {@link #shown(boolean)}
 * is the plan as the text shows it.
 *
 * @param analysis the reset analysis the plan rests on
 * @param vms one entry per VM, in the order given
 * @param conflicts one line per function or group wanted by several VMs, in plain words
 *     ({@code 0000:04:00.0 is wanted by ml01 and ml02}); the findings say the same (VMDP207,
 *     VMDP401, VMDP402)
 * @param suggestions passthru.map lines that would free functions, each with its reason
 * @param report the findings of VMDP207, VMDP401-406 and VMDP501-506 for the assignment as wanted
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

  /**
   * Every passthrough candidate of the host, in address order, with its device name, reset and
   * whether anyone can pass it through.
   *
   * @return the functions
   */
  public List<PlannedFunction> functions() {
    Set<PciAddress> wanted = wantedOrJoining();
    List<PlannedFunction> out = new ArrayList<>(analysis.methods().size());
    for (EffectiveReset r : analysis.methods().values()) {
      PciFunction f = analysis.host().topology().function(r.address()).orElseThrow();
      out.add(PlannedFunction.of(analysis.host(), f, r, wanted.contains(r.address())));
    }
    return List.copyOf(out);
  }

  /**
   * One function of the plan.
   *
   * @param address the function
   * @return its entry, or empty when it is not a passthrough candidate of the host
   */
  public Optional<PlannedFunction> function(PciAddress address) {
    return analysis.method(address).map(r -> PlannedFunction.of(analysis.host(),
        analysis.host().topology().function(address).orElseThrow(), r, wantedOrJoining().contains(address)));
  }

  /** The functions nobody passes through and no VM of the plan wants, which a plan's text leaves out. */
  public List<PlannedFunction> hiddenByDefault() {
    return functions().stream().filter(f -> !f.shownByDefault()).toList();
  }

  /**
   * The plan as its text shows it: with {@code all}, this plan; else the same plan whose analysis
   * leaves out the platform functions no VM wants ({@link #hiddenByDefault()}), so their resets
   * and the groups made only of them are not listed. The assignment, conflicts, suggestions and
   * findings are the same.
   *
   * @param all show every function ({@code vmdp plan --all})
   * @return the plan to render
   */
  public Plan shown(boolean all) {
    if (all) {
      return this;
    }
    Set<PciAddress> hidden = new HashSet<>();
    hiddenByDefault().forEach(f -> hidden.add(f.address()));
    return hidden.isEmpty() ? this : new Plan(analysis.without(hidden), vms, conflicts, suggestions, report);
  }

  /**
   * The same plan with other findings (after a site policy turned rules off or changed severities).
   *
   * @param findings the report
   * @return the plan
   */
  public Plan withReport(Report findings) {
    return new Plan(analysis, vms, conflicts, suggestions, findings);
  }

  private Set<PciAddress> wantedOrJoining() {
    Set<PciAddress> out = new HashSet<>();
    for (VmPlan v : vms) {
      out.addAll(v.wanted());
      out.addAll(v.extra().keySet());
    }
    return out;
  }
}
