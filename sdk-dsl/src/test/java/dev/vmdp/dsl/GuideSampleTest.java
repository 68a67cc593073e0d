package dev.vmdp.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.Severity;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Report;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The built-in example is the (reconstructed) guide sample line for line, and checks as an expert would say. */
class GuideSampleTest {

  private static String resource(String name) throws IOException {
    try (InputStream in = GuideSampleTest.class.getResourceAsStream("guide/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void isTheReferenceCopyLineForLine() throws IOException {
    List<String> sample = new String(GuideSample.vmx(), StandardCharsets.UTF_8).lines().collect(Collectors.toList());
    List<String> reference = resource("rhel3-reconstructed.vmx").lines().collect(Collectors.toList());
    assertThat(sample).containsExactlyElementsOf(reference);
    assertThat(resource("PROVENANCE.md")).contains("reconstruction, not a verified copy").contains("EN-000217-01");
  }

  @Test
  void holdsTheFactsTheDomainReferenceRecords() {
    String vmx = new String(GuideSample.vmx(), StandardCharsets.UTF_8);
    assertThat(vmx).contains("guestOS = \"linux\"", "displayName = \"RHEL3\"", "virtualHW.version = \"7\"",
        "memsize = \"512\"", "sched.mem.minsize = \"512\"", "pciPassthru0.id = \"03:00.0\"",
        "pciPassthru0.pciSlotNumber = \"160\"", "pciPassthru1.id = \"02:00.0\"", "pciPassthru1.pciSlotNumber = \"192\"",
        "pciBridge0.pciSlotNumber = \"19\"", "48c4619b-6d58-18db-2a0e-000423d1e6f6");
    assertThat(GuideSample.PROVENANCE).contains("reconstructed");
  }

  @Test
  void checksAsAnExpertWouldSayNothingBlamesTheGuidesOwnLines() {
    Report r = GuideSample.workspace().check();
    assertThat(r.errors()).isEmpty();
    assertThat(r.byRule("VMDP104")).hasSize(1);
    assertThat(r.byRule("VMDP205")).extracting(f -> f.facts().get("id")).containsExactlyInAnyOrder("12ab:3456", "78cd:6543");
    assertThat(r.findings()).extracting(Finding::ruleId)
        .doesNotContain("VMDP304", "VMDP308", "VMDP305", "VMDP303", "VMDP309", "VMDP317");
    assertThat(r.findings()).extracting(Finding::severity).doesNotContain(Severity.ERROR);
  }
}
