package dev.vmdp.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The harness itself: markers must match findings exactly, or the test fails. */
class RuleTestTest {
  static final String VM = """
      virtualHW.version = "7"
      memsize = "512"
      # BUG: VMDP305
      sched.mem.min = "128"
      pciPassthru0.present = "TRUE"
      pciPassthru0.id = "03:00.0"
      """;

  @Test
  void aMarkerWithoutItsFindingFails() {
    Checked c = RuleTest.forRules("VMDP305").vmx("a.vmx", VM.replace("\"128\"", "\"512\"")).run();
    assertThatThrownBy(c::expectMarked).isInstanceOf(AssertionError.class).hasMessageContaining("a.vmx:4: VMDP305");
  }

  @Test
  void aFindingWithoutItsMarkerFails() {
    Checked c = RuleTest.forRules("VMDP305").vmx("a.vmx", VM.replace("# BUG: VMDP305\n", "")).run();
    assertThatThrownBy(c::expectMarked).isInstanceOf(AssertionError.class).hasMessageContaining("a.vmx:3: VMDP305");
  }

  @Test
  void aMarkerOnTheWrongLineFails() {
    Checked c = RuleTest.forRules("VMDP305").vmx("a.vmx", VM.replace("# BUG: VMDP305\nsched.mem.min = \"128\"\n",
        "sched.mem.min = \"128\"\n# BUG: VMDP305\n")).run();
    assertThatThrownBy(c::expectMarked).isInstanceOf(AssertionError.class);
  }

  @Test
  void seesOnlyTheRulesUnderTestAndNamesFilesAsTheTestDid() {
    Checked c = RuleTest.forRules("VMDP305").vmx("a.vmx", VM).run().expectMarked();
    assertThat(c.findings()).extracting(f -> f.ruleId()).containsOnly("VMDP305");
    assertThat(c.only("VMDP305").location().orElseThrow().file()).isEqualTo("a.vmx");
  }

  @Test
  void fixSavesTheFileAndRecheckReadsItBack() {
    Fixed fixed = RuleTest.forRules("VMDP305").vmx("a.vmx", VM).run().fix();
    assertThat(fixed.applied()).hasSize(1);
    assertThat(fixed.text("a.vmx")).contains("sched.mem.min = \"512\"").doesNotContain("\"128\"");
    assertThatThrownBy(() -> fixed.expectWritten("a.vmx", "sched.mem.min = \"128\"")).isInstanceOf(AssertionError.class);
    fixed.recheck().expectNone();
  }

  @Test
  void aMarkerEndingTheFileIsAMistakeOfTheTest() {
    assertThatThrownBy(() -> RuleTest.forRules("VMDP305").vmx("a.vmx", VM + "# BUG: VMDP305\n").run().expectMarked())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ends the file");
  }

  /** An ESX 4.0 VM with one passthrough entry, all memory reserved. */
  static final String DB01 = """
      .encoding = "UTF-8"
      config.version = "8"
      virtualHW.version = "7"
      displayName = "db01"
      memsize = "1024"
      guestOS = "rhel5-64"
      sched.mem.minsize = "1024"
      pciPassthru0.present = "TRUE"
      pciPassthru0.deviceId = "10c6"
      pciPassthru0.vendorId = "8086"
      pciPassthru0.systemId = "48c4619b-6d58-18db-2a0e-000423d1e6f6"
      pciPassthru0.id = "03:00.0"
      """;

  @Test
  void anInventoryGivesHostFactsItsVmsAreCheckedOnceAgainstItAndItsMarkersCount() {
    RuleTest t = RuleTest.forRules("VMDP101", "VMDP305")
        .vmx("db01.vmx", DB01.replace("sched.mem.minsize = \"1024\"", "sched.mem.minsize = \"512\""))
        .inventory("inventory.yaml", """
            hosts:
              esx01:
                version: "4.0"
                cpu: intel
                # BUG: VMDP101
                iommu: {kind: none}
            vms:
              - vmx: db01.vmx
                host: esx01
            """);
    Checked c = t.run();
    assertThat(c.all("VMDP305")).as("opened once").hasSize(1);
    assertThat(c.only("VMDP101").subject()).isEqualTo("host esx01");
    assertThat(c.only("VMDP305").location().orElseThrow().file()).isEqualTo("db01.vmx");
    assertThatThrownBy(c::expectMarked).isInstanceOf(AssertionError.class).hasMessageContaining("db01.vmx:7: VMDP305");
    assertThat(c.fix().expectWritten("db01.vmx", "sched.mem.minsize = \"1024\"").recheck().all("VMDP305")).isEmpty();
    RuleTest.forRules("VMDP101").vmx("db01.vmx", DB01).inventory("inventory.yaml", """
        hosts:
          esx01:
            # BUG: VMDP101
            iommu: {kind: none}
        vms:
          - {vmx: db01.vmx, host: esx01}
        """).run().expectMarked();
  }

  @Test
  void aFileTheInventoryNamesIsReadThroughIt() {
    Checked c = RuleTest.forRules("VMDP103").vmx("db01.vmx", DB01)
        .file("modules.txt", """
            Name                    Used Size (kb)
            vmkernel                57
            procfs                  2         16
            e1000e                  0         176
            """)
        .inventory("inventory.yaml", """
            hosts:
              esx01:
                version: "4.0"
                moduleList: modules.txt
            vms:
              - {vmx: db01.vmx, host: esx01}
            """).run();
    assertThat(c.only("VMDP103").facts()).containsEntry("reason", "noIommuModule");
    assertThat(c.only("VMDP103").location().orElseThrow().file()).isEqualTo("modules.txt");
  }

  @Test
  void aVmTheInventoryDoesNotListIsCheckedAgainstTheHostFiles() {
    Checked c = RuleTest.forRules("VMDP104").vmx("db01.vmx", DB01)
        .modules("modules.txt", "Name  Used Size (kb)\nvmkernel  57\nvtddmar  0  28\n")
        .inventory("inventory.yaml", """
            hosts:
              esx02:
                iommu: {kind: vt-d, biosEnabled: true}
            """).run();
    // esx02 is checked alone (it runs no VM): its IOMMU is not verified; db01's host has vtddmar loaded.
    assertThat(c.findings()).extracting(f -> f.subject()).containsExactly("host esx02");
  }

  @Test
  void oneInventoryPerTest() {
    assertThatThrownBy(() -> RuleTest.forRules("VMDP101").inventory("a.yaml", "hosts: {}\n").inventory("b.yaml", "hosts: {}\n"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("one inventory");
  }

  @Test
  void aHostReadFromFilesIsNamedAfterTheFirstFileAsTheTestNamedIt() {
    Checked c = RuleTest.forRules("VMDP104").lspci("lspci.txt", "03:00.0 0200: 8086:10c6 (rev 01)\n").run();
    assertThat(c.only("VMDP104").subject()).isEqualTo("host lspci.txt");
  }
}
