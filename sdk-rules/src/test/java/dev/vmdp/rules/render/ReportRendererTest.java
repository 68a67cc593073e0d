package dev.vmdp.rules.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.Severity;
import dev.vmdp.model.SourceRef;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Fix;
import dev.vmdp.rules.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportRendererTest {

  static final Finding F305 = Finding.builder().ruleId("VMDP305").severity(Severity.ERROR).subject("vm RHEL3")
      .message("memory reservation 0 MB is below memsize 512 MB").putFact("memsize", "512")
      .putFact("reservation", "0").location(SourceRef.of("rhel3.vmx", 12))
      .addFix(Fix.forVm(dev.vmdp.model.vm.VirtualMachine.builder().name("RHEL3").build(),
          "reserve all 512 MB of guest memory", vm -> vm)).build();
  static final Finding F205 = Finding.builder().ruleId("VMDP205").severity(Severity.WARNING).subject("vm RHEL3")
      .message("device 78cd:6543 \"odd\"\tname").build();

  @Test
  void jsonFollowsTheCommandLineContract() {
    String json = ReportRenderer.json(new Report(List.of(F305, F205), List.of("assumed ESX 4.0")));
    assertThat(json).isEqualTo("{\"findings\":[{\"rule\":\"VMDP305\",\"severity\":\"ERROR\",\"subject\":\"vm RHEL3\","
        + "\"message\":\"memory reservation 0 MB is below memsize 512 MB\",\"location\":{\"file\":\"rhel3.vmx\",\"line\":12},"
        + "\"facts\":{\"memsize\":\"512\",\"reservation\":\"0\"},\"fixes\":[\"reserve all 512 MB of guest memory\"]},"
        + "{\"rule\":\"VMDP205\",\"severity\":\"WARNING\",\"subject\":\"vm RHEL3\",\"message\":\"device 78cd:6543 "
        + "\\\"odd\\\"\\tname\",\"facts\":{},\"fixes\":[]}],\"assumptions\":[\"assumed ESX 4.0\"],"
        + "\"summary\":{\"errors\":1,\"warnings\":1,\"infos\":0}}");
  }

  @Test
  void textGroupsBySubjectAndShowsFixesAndSummary() {
    assertThat(ReportRenderer.text(new Report(List.of(F305), List.of())))
        .isEqualTo("vm RHEL3\n"
            + "  ERROR VMDP305 memory reservation 0 MB is below memsize 512 MB  (rhel3.vmx:12)\n"
            + "      fix: reserve all 512 MB of guest memory\n"
            + "1 error, 0 warnings, 0 infos\n");
  }

  @Test
  void escapesControlCharactersInJson() {
    assertThat(new Json().value("a\u0001b\u2028").toString()).isEqualTo("\"a\\u0001b\\u2028\"");
  }

  @Test
  void textShowsControlCharactersFromFilesInsteadOfSendingThemToTheTerminal() {
    Finding evil = Finding.builder().ruleId("VMDP602").severity(Severity.WARNING).subject("vm x\u001b[2J")
        .message("line \u001b]0;owned\u0007 kept").build();
    String text = ReportRenderer.text(new Report(List.of(evil), List.of()));
    assertThat(text).doesNotContain("\u001b").doesNotContain("\u0007")
        .contains("vm x\\u001b[2J").contains("line \\u001b]0;owned\\u0007 kept");
    assertThat(ReportRenderer.printable("plain")).isSameAs("plain");
  }
}
