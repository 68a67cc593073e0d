package dev.vmdp.report;

import dev.vmdp.model.Edit;
import dev.vmdp.model.Severity;
import dev.vmdp.model.SourceRef;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Fix;
import dev.vmdp.rules.Report;
import java.util.ArrayList;
import java.util.List;

/**
 * Findings as the rules make them: located with and without a column, without a location, with
 * a fix resolved against its file (edits) and with an unresolved one.
 */
final class Samples {
  /** The .vmx the located findings point into, and the fixes edit. */
  static final String VMX = "displayName = \"RHEL3\"\n"
      + "memsize = \"512\"\n"
      + "sched.mem.minsize = \"256\"\n"
      + "sched.mem.max = \"1024\"\n"
      + "pciPassthru0.present = \"TRUE\"\n";

  static final VirtualMachine RHEL3 = VirtualMachine.builder().name("RHEL3").file("vms/rhel3.vmx").build();

  /** ERROR at line 3 with a fix that replaces line 3 and removes line 4. */
  static final Finding F305 = Finding.builder().ruleId("VMDP305").severity(Severity.ERROR).subject("vm RHEL3")
      .message("memory reservation 256 MB is below memsize 512 MB").putFact("memsize", "512")
      .putFact("reservation", "256").location(SourceRef.of("vms/rhel3.vmx", 3))
      .addFix(Fix.forVm(RHEL3, "reserve all 512 MB of guest memory", vm -> vm).withEdits(List.of(
          Edit.builder().file("vms/rhel3.vmx").kind(Edit.Kind.REPLACE).line(3)
              .oldText("sched.mem.minsize = \"256\"").newText("sched.mem.minsize = \"512\"")
              .description("set sched.mem.minsize = \"512\"").build(),
          Edit.builder().file("vms/rhel3.vmx").kind(Edit.Kind.REMOVE).line(4)
              .oldText("sched.mem.max = \"1024\"").description("remove sched.mem.max").build())))
      .build();

  /** WARNING at line 5, column 14, with a fix that adds a line after line 5. */
  static final Finding F308 = Finding.builder().ruleId("VMDP308").severity(Severity.WARNING)
      .subject("vm RHEL3 pciPassthru0").message("Broadcom 57711 in a Windows 2003 guest needs IOAPIC mode")
      .location(SourceRef.of("vms/rhel3.vmx", 5, 14))
      .addFix(Fix.forVm(RHEL3, "put pciPassthru0 in IOAPIC mode", vm -> vm).withEdits(List.of(
          Edit.builder().file("vms/rhel3.vmx").kind(Edit.Kind.ADD).line(6)
              .newText("pciPassthru0.msiEnabled = \"FALSE\"")
              .description("set pciPassthru0.msiEnabled = \"FALSE\"").build())))
      .build();

  /** WARNING without a location, with a fix not resolved against a file. */
  static final Finding F104 = Finding.builder().ruleId("VMDP104").severity(Severity.WARNING).subject("host esx01")
      .message("IOMMU not verified active").putFact("iommu", "unknown")
      .addFix(Fix.forVm(VirtualMachine.builder().name("x").build(), "enable VT-d in the BIOS", vm -> vm))
      .build();

  /** INFO of a site rule, without a location. */
  static final Finding SITE = Finding.builder().ruleId("SITE001").severity(Severity.INFO).subject("vm RHEL3")
      .message("device 12ab:3456 is on the approved list").build();

  /** The .vmx after F305's and F308's edits. */
  static final String VMX_FIXED = "displayName = \"RHEL3\"\n"
      + "memsize = \"512\"\n"
      + "sched.mem.minsize = \"512\"\n"
      + "pciPassthru0.present = \"TRUE\"\n"
      + "pciPassthru0.msiEnabled = \"FALSE\"\n";

  private Samples() {}

  static Report report() {
    return new Report(List.of(F305, F104, F308, SITE), List.of("host version not given: assumed ESX 4.0"));
  }

  /** {@code n} VMDP505 findings at lines 3, 5, 7, ... of one map. */
  static List<Finding> unusedMapLines(int n) {
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String line = "10de " + Integer.toHexString(0x1000 + i) + " bridge false";
      out.add(Finding.builder().ruleId("VMDP505").severity(Severity.INFO).subject("passthru.map")
          .message("\"" + line + "\" matches no device of host esx01").putFact("line", line)
          .location(SourceRef.of("/etc/vmware/passthru.map", 3 + 2 * i)).build());
    }
    return out;
  }
}
