package dev.vmdp.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.Severity;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Report;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReportTest {

  @Test
  void groupsBySubjectSeverityFirstWithPlaceFixesAndSummary() {
    RenderContext context = RenderContext.builder().addInput("vms/rhel3.vmx").addInput("lspci.txt").build();
    assertThat(ReportRenderer.text(Samples.report(), context)).isEqualTo("note: host version not given: assumed ESX 4.0\n"
        + "vm RHEL3\n"
        + "  ERROR VMDP305 memory reservation 256 MB is below memsize 512 MB  (vms/rhel3.vmx:3)\n"
        + "      fix: set sched.mem.minsize = \"512\"; remove sched.mem.max\n"
        + "  INFO SITE001 device 12ab:3456 is on the approved list\n"
        + "host esx01\n"
        + "  WARNING VMDP104 IOMMU not verified active\n"
        + "      fix: enable VT-d in the BIOS\n"
        + "vm RHEL3 pciPassthru0\n"
        + "  WARNING VMDP308 Broadcom 57711 in a Windows 2003 guest needs IOAPIC mode  (vms/rhel3.vmx:5:14)\n"
        + "      fix: set pciPassthru0.msiEnabled = \"FALSE\"\n"
        + "2 files checked: 1 error, 2 warnings, 1 info\n");
  }

  @Test
  void withoutInputsTheSummaryCountsFindingsOnly() {
    assertThat(ReportRenderer.text(new Report(List.of(), List.of()))).isEqualTo("0 errors, 0 warnings, 0 infos\n");
    assertThat(ReportRenderer.summary(Samples.report())).isEqualTo("1 error, 2 warnings, 1 info");
  }

  /** The case: VMware's stock 6.7 map gives 14 INFO lines "matches no device of host ...". */
  @Test
  void foldsALongRunOfOneInfoIntoOneLineThatSaysWhere() {
    List<Finding> findings = new ArrayList<>(Samples.unusedMapLines(14));
    String text = ReportRenderer.text(new Report(findings, List.of()));
    assertThat(text).isEqualTo("passthru.map\n"
        + "  INFO VMDP505 14 findings: passthru.map line matches no device on the host "
        + "(/etc/vmware/passthru.map lines 3, 5, 7, 9, 11, 13, 15, 17 and 6 more)\n"
        + "0 errors, 0 warnings, 14 infos\n");
  }

  @Test
  void keepsShortRunsAndWarningsLineByLine() {
    String three = ReportRenderer.text(new Report(Samples.unusedMapLines(TextReport.FOLD_AT - 1), List.of()));
    assertThat(three.lines().filter(l -> l.startsWith("  INFO VMDP505 \"10de "))).hasSize(TextReport.FOLD_AT - 1);
    List<Finding> warnings = Samples.unusedMapLines(TextReport.FOLD_AT + 2).stream()
        .map(f -> f.withSeverity(Severity.WARNING)).toList();
    assertThat(ReportRenderer.text(new Report(warnings, List.of())).lines().filter(l -> l.contains("WARNING VMDP505")))
        .hasSize(TextReport.FOLD_AT + 2);
  }

  @Test
  void leavesOutFindingsBelowTheMinimumAndSaysHowMany() {
    RenderContext warnings = RenderContext.builder().minimumSeverity(Severity.WARNING).build();
    String text = ReportRenderer.text(Samples.report(), warnings);
    assertThat(text).doesNotContain("SITE001").contains("VMDP104").endsWith("1 error, 2 warnings, 0 infos (1 info not shown)\n");
    RenderContext errors = RenderContext.builder().minimumSeverity(Severity.ERROR).build();
    assertThat(ReportRenderer.text(Samples.report(), errors))
        .doesNotContain("host esx01").endsWith("1 error, 0 warnings, 0 infos (2 warnings, 1 info not shown)\n");
  }

  @Test
  void coloursOnlyTheSeverityWordsWhenAsked() {
    RenderContext color = RenderContext.builder().color(true).build();
    String text = ReportRenderer.text(Samples.report(), color);
    assertThat(text).contains("  \u001b[1;31mERROR\u001b[0m VMDP305 ")
        .contains("  \u001b[33mWARNING\u001b[0m VMDP104 ").contains("  \u001b[36mINFO\u001b[0m SITE001 ");
    assertThat(text.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(ReportRenderer.text(Samples.report()));
    assertThat(ReportRenderer.text(Samples.report())).doesNotContain("\u001b");
  }

  @Test
  void showsControlCharactersFromFilesInsteadOfSendingThemToTheTerminal() {
    Finding evil = Finding.builder().ruleId("VMDP602").severity(Severity.WARNING).subject("vm x\u001b[2J")
        .message("line \u001b]0;owned\u0007 kept \u009b31m").location(dev.vmdp.model.SourceRef.of("a\u001b.vmx", 2))
        .build();
    String text = ReportRenderer.text(new Report(List.of(evil), List.of("assumed \u0085")), RenderContext.builder()
        .color(true).build());
    assertThat(text.replaceAll("\u001b\\[[0-9;]*m(WARNING)\u001b\\[0m", "$1")).doesNotContain("\u001b")
        .doesNotContain("\u0007").doesNotContain("\u009b").doesNotContain("\u0085")
        .contains("vm x\\u001b[2J\n").contains("line \\u001b]0;owned\\u0007 kept \\u009b31m  (a\\u001b.vmx:2)\n")
        .contains("note: assumed \\u0085\n");
  }
}
