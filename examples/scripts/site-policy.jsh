// Example 9 as a console script: a site rule (SITE001, approved devices only) and a policy
// (VMDP205 becomes INFO, VMDP104 and VMDP505 off) over the guide's sample VM.
//   vmdp run examples/scripts/site-policy.jsh
import java.util.*;
import dev.vmdp.report.ReportRenderer;

Set<PciId> approved = Set.of(PciId.parse("12ab:3456"), PciId.parse("8086:10c6"));

class ApprovedDevicesOnly implements Rule {
  public String id() { return "SITE001"; }
  public Severity defaultSeverity() { return Severity.ERROR; }
  public String summary() { return "only devices on the site's approved list may be passed through"; }
  public List<Finding> check(CheckContext context) {
    List<Finding> out = new ArrayList<>();
    for (VirtualMachine vm : context.vms()) {
      for (PassthroughDevice d : vm.presentPassthroughDevices()) {
        d.pciId().filter(id -> !approved.contains(id)).ifPresent(id -> out.add(
            finding("vm " + vm.name() + " " + d.keyPrefix(), "device " + id + " is not on the site's approved list")
                .putFact("device", id.toString()).build()));
      }
    }
    return out;
  }
}

Workspace site = GuideSample.workspace()
    .addRule(new ApprovedDevicesOnly())
    .policy(SitePolicy.builder().putSeverity("VMDP205", Severity.INFO).addDisabled("VMDP104").addDisabled("VMDP505").build());
System.out.print(ReportRenderer.text(site.check()));
