package dev.vmdp.rules.reset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.Severity;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.fixtures.TestHosts;
import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP402Test {
  /** db1 takes the QLogic 2532's first port (passthru.map: {@code 1077 2532 default false}). */
  static final String DB1 = TestHosts.vm("db1", """
      pciPassthru0.present = "TRUE"
      # BUG: VMDP402
      pciPassthru0.id = "00000:004:00.0"
      pciPassthru0.deviceId = "0x2532"
      pciPassthru0.vendorId = "0x1077"
      pciPassthru0.systemId = "4c4c4544-0035-4d10-8058-b3c04f4e3732"
      """);

  static RuleTest esx01() {
    return RuleTest.forRules("VMDP402").lspci("lspci-nnvvv.txt", TestHosts.lspci()).map("passthru.map", TestHosts.SITE_MAP);
  }

  @Test
  void positive_qlogicPortsInTwoVms() {
    Finding f = esx01().vmx("db1.vmx", DB1)
        .vmx("db2.vmx", TestHosts.vm("db2", TestHosts.entry(0, "00000:004:00.1", "1077:2532")))
        .run().expectMarked().only("VMDP402");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.subject()).isEqualTo("vm db1 pciPassthru0");
    assertThat(f.facts()).containsEntry("device", "0000:04:00.0").containsEntry("functions", "0000:04:00.0, 0000:04:00.1")
        .containsEntry("owners", "db1, db2").containsEntry("mapLine", "1077 2532 default false");
  }

  @Test
  void positive_onePortInAVmTheOtherWithTheVmkernel() {
    Finding f = esx01().vmx("db1.vmx", DB1).esxConf("esx.conf", """
        /adv/Misc/HostName = "esx01"
        /adv/Net/ManagementIface = "vmk0"
        /device/004:00.1/owner = "vmkernel"
        /device/004:00.1/vmkname = "vmhba3"
        /system/uuid = "4c4c4544-0035-4d10-8058-b3c04f4e3732"
        """).run().expectMarked().only("VMDP402");
    assertThat(f.facts()).containsEntry("owners", "db1, VMkernel");
  }

  @Test
  void negative_bothPortsInOneVmOrTheOtherUnused() {
    String both = TestHosts.vm("db1", TestHosts.entry(0, "00000:004:00.0", "1077:2532")
        + TestHosts.entry(1, "00000:004:00.1", "1077:2532"));
    esx01().vmx("db1.vmx", both).run().expectNone();
    esx01().vmx("db1.vmx", DB1.replace("# BUG: VMDP402\n", "")).run().expectNone();
  }

  @Test
  void negative_shareableDeviceSplit() {
    esx01().vmx("a.vmx", TestHosts.vm("a", TestHosts.entry(0, "00000:003:00.0", "8086:10c6")))
        .vmx("b.vmx", TestHosts.vm("b", TestHosts.entry(0, "00000:003:00.1", "8086:10c6"))).run().expectNone();
  }
}
