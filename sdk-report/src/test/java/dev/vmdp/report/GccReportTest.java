package dev.vmdp.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.Severity;
import dev.vmdp.model.SourceRef;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Report;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The gcc form read back by a parser of that form, as editors' errorformat reads it
 * ({@code %f:%l:%c: %t%*[^:]: %m}, {@code %f:%l: %t%*[^:]: %m}): every finding round-trips.
 */
class GccReportTest {
  /** {@code FILE:LINE[:COL]: LEVEL: MESSAGE [RULE]}, or {@code SUBJECT: LEVEL: MESSAGE [RULE]}. */
  static final Pattern LOCATED = Pattern.compile(
      "^(?<file>.+?):(?<line>\\d+):(?:(?<col>\\d+):)? (?<level>error|warning|note): (?<message>.*) "
          + "\\[(?<rule>[A-Z][A-Z0-9_-]*\\d+)]$");
  static final Pattern UNLOCATED = Pattern.compile(
      "^(?<subject>.+?): (?<level>error|warning|note): (?<message>.*) \\[(?<rule>[A-Z][A-Z0-9_-]*\\d+)]$");

  @Test
  void everyFindingRoundTripsThroughAnErrorformatParser() {
    Report report = Samples.report();
    List<String> lines = ReportRenderer.render(report, ReportFormat.GCC, RenderContext.standard()).lines().toList();
    assertThat(lines).hasSize(report.findings().size());
    for (int i = 0; i < lines.size(); i++) {
      Finding f = report.findings().get(i);
      String line = lines.get(i);
      Matcher m = (f.location().isPresent() ? LOCATED : UNLOCATED).matcher(line);
      assertThat(m.matches()).as(line).isTrue();
      assertThat(m.group("level")).isEqualTo(GccReport.level(f.severity()));
      assertThat(m.group("message")).isEqualTo(f.message());
      assertThat(m.group("rule")).isEqualTo(f.ruleId());
      if (f.location().isPresent()) {
        SourceRef l = f.location().get();
        assertThat(m.group("file")).isEqualTo(l.file());
        assertThat(Integer.parseInt(m.group("line"))).isEqualTo(l.line());
        assertThat(m.group("col") == null ? null : Integer.parseInt(m.group("col")))
            .isEqualTo(l.column().isPresent() ? l.column().getAsInt() : null);
      } else {
        assertThat(m.group("subject")).isEqualTo(f.subject());
        assertThat(LOCATED.matcher(line).matches()).as("no file: not read as a file").isFalse();
      }
    }
  }

  @Test
  void looksExactlyAsCompilersPrint() {
    assertThat(ReportRenderer.gcc(Samples.report(), RenderContext.standard())).isEqualTo(
        "vms/rhel3.vmx:3: error: memory reservation 256 MB is below memsize 512 MB [VMDP305]\n"
            + "host esx01: warning: IOMMU not verified active [VMDP104]\n"
            + "vms/rhel3.vmx:5:14: warning: Broadcom 57711 in a Windows 2003 guest needs IOAPIC mode [VMDP308]\n"
            + "vm RHEL3: note: device 12ab:3456 is on the approved list [SITE001]\n");
  }

  @Test
  void keepsEachFindingOnOneLineWithControlCharactersEscaped() {
    Finding f = Finding.builder().ruleId("VMDP602").severity(Severity.WARNING).subject("vm x")
        .message("a\nb\u001b[2J").location(SourceRef.of("odd\r.vmx", 2, 3)).build();
    assertThat(ReportRenderer.gcc(new Report(List.of(f), List.of()), RenderContext.standard()))
        .isEqualTo("odd\\u000d.vmx:2:3: warning: a\\u000ab\\u001b[2J [VMDP602]\n");
  }

  @Test
  void printsNothingForNoFindingAndLeavesOutFindingsBelowTheMinimum() {
    assertThat(ReportRenderer.gcc(new Report(List.of(), List.of()), RenderContext.standard())).isEmpty();
    assertThat(ReportRenderer.gcc(Samples.report(), RenderContext.builder().minimumSeverity(Severity.ERROR).build())
        .lines()).singleElement().satisfies(l -> assertThat(l).endsWith("[VMDP305]"));
  }
}
