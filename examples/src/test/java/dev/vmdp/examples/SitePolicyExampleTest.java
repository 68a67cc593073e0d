package dev.vmdp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.Severity;
import dev.vmdp.rules.Report;
import org.junit.jupiter.api.Test;

class SitePolicyExampleTest {

  @Test
  void addsSite001DowngradesVmdp205AndDropsVmdp104AndVmdp505() {
    Printed<Report> p = Printed.run(SitePolicyExample::run);

    Report site = p.result();
    assertThat(site.byRule("SITE001")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.subject()).isEqualTo("vm RHEL3 pciPassthru1");
      assertThat(f.facts()).containsEntry("device", "78cd:6543");
    });
    assertThat(site.byRule("VMDP205")).hasSize(2).allMatch(f -> f.severity() == Severity.INFO);
    assertThat(site.byRule("VMDP104")).isEmpty();
    assertThat(site.byRule("VMDP505")).isEmpty();

    String standard = p.text().substring(0, p.text().indexOf("site rules:"));
    assertThat(standard).contains("WARNING VMDP205", "INFO VMDP104").doesNotContain("SITE001")
        .contains("0 errors, 2 warnings, ");
    assertThat(p.text()).contains("ERROR SITE001 device 78cd:6543 is not on the site's approved list")
        .endsWith("1 error, 0 warnings, 2 infos\n");
  }
}
