package dev.vmdp.examples;

import dev.vmdp.dsl.GuideSample;
import dev.vmdp.dsl.Workspace;
import dev.vmdp.model.Severity;
import dev.vmdp.model.pci.PciId;
import dev.vmdp.model.vm.PassthroughDevice;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.CheckContext;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Report;
import dev.vmdp.rules.Rule;
import dev.vmdp.rules.SitePolicy;
import dev.vmdp.report.ReportRenderer;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Example 9: a site extends the standard checks. It adds its own rule ({@code SITE001}: only
 * devices on the site's approved list may be passed through) and a policy that changes the
 * standard rules: VMDP205 ("not on VMware's supported list") becomes INFO, since the site keeps
 * its own list, and VMDP104 (IOMMU not verified) and VMDP505 (a passthru.map line for a device
 * the host does not have; the site uses one map on every host) are switched off. The VM is the guide's sample,
 * in memory.
 *
 * <pre>{@code
 * SitePolicyExample.run(System.out);
 * }</pre>
 */
public final class SitePolicyExample {
  private SitePolicyExample() {}

  /**
   * Runs the example.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Checks the guide's sample with the standard rules, then with the site rule and policy.
   *
   * @param out where the example prints
   * @return the report with the site's rule and policy
   */
  public static Report run(PrintStream out) {
    Workspace standard = GuideSample.workspace();
    out.print("standard rules:\n" + ReportRenderer.text(standard.check()));

    // tag::site[]
    Workspace site = GuideSample.workspace()
        .addRule(new ApprovedDevicesOnly(Set.of(PciId.parse("12ab:3456"), PciId.parse("8086:10c6"))))
        .policy(SitePolicy.builder()
            .putSeverity("VMDP205", Severity.INFO)      // the site keeps its own list: SITE001
            .addDisabled("VMDP104")                     // IOMMU checked by the host team
            .addDisabled("VMDP505")                     // one map for all hosts: unused lines are fine
            .build());
    Report report = site.check();
    out.print("site rules:\n" + ReportRenderer.text(report));
    // end::site[]
    return report;
  }

  // tag::rule[]
  /** SITE001: only devices on the site's approved list may be passed through. */
  static final class ApprovedDevicesOnly implements Rule {
    private final Set<PciId> approved;

    ApprovedDevicesOnly(Set<PciId> approved) {
      this.approved = Set.copyOf(approved);
    }

    @Override
    public String id() {
      return "SITE001";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.ERROR;
    }

    @Override
    public String summary() {
      return "only devices on the site's approved list may be passed through";
    }

    @Override
    public List<Finding> check(CheckContext context) {
      List<Finding> out = new ArrayList<>();
      for (VirtualMachine vm : context.vms()) {
        for (PassthroughDevice d : vm.presentPassthroughDevices()) {
          Optional<PciId> id = d.pciId();
          if (id.isPresent() && !approved.contains(id.get())) {
            out.add(finding("vm " + vm.name() + " " + d.keyPrefix(), "device " + id.get()
                + " is not on the site's approved list (ask the platform team)")
                .putFact("device", id.get().toString())
                .build());
          }
        }
      }
      return out;
    }
  }
  // end::rule[]
}
