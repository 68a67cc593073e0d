package dev.vmdp.rules.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.io.lspci.LspciReader;
import dev.vmdp.model.Severity;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.host.PassthroughState;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.fixtures.TestHosts;
import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP106Test {
  /**
   * esx01's esx.conf: {@code /device/000:11.0/owner} is bus 0, slot 0x0b, function 0, a card that is
   * no longer in the lspci inventory; the 82598's first port is still there.
   */
  static final String ESX_CONF = """
      /adv/Misc/HostName = "esx01"
      /adv/Net/ManagementIface = "vmk0"
      /device/000:11.0/device = "10c6"
      # BUG: VMDP106
      /device/000:11.0/owner = "passthru"
      /device/000:11.0/vendor = "8086"
      /device/003:00.0/owner = "passthru"
      /device/003:00.1/owner = "vmkernel"
      /device/003:00.1/vmkname = "vmnic3"
      /system/uuid = "4c4c4544-0035-4d10-8058-b3c04f4e3732"
      """;

  @Test
  void positive_esxConfOwnerPassthruMissingFromInventory() {
    Finding f = RuleTest.forRules("VMDP106").lspci("lspci-nnvvv.txt", TestHosts.lspci()).esxConf("esx.conf", ESX_CONF)
        .run().expectMarked().only("VMDP106");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.subject()).endsWith(" device 0000:00:0b.0");
    assertThat(f.facts()).containsEntry("address", "0000:00:0b.0").containsEntry("reason", "configuredForPassthrough")
        .containsEntry("evidence", "esxConfOwner");
  }

  /**
   * esx01 as the vSphere API describes it: its lspci inventory, and a passthrough state for a
   * function the inventory does not list (no file carries a state for a function it does not list).
   */
  static Host esx01With0a(PassthroughState state) {
    return Host.builder().name("esx01").topology(LspciReader.parse(TestHosts.lspci(), "lspci-nnvvv.txt").topology())
        .putPassthroughState(PciAddress.parse("0000:0a:00.0"), state).build();
  }

  @Test
  void positive_stillActiveBeforeTheDisablingReboot() {
    Finding f = RuleTest.forRules("VMDP106").host(esx01With0a(PassthroughState.DISABLE_PENDING_REBOOT)).run()
        .only("VMDP106");
    assertThat(f.subject()).isEqualTo("host esx01 device 0000:0a:00.0");
    assertThat(f.facts()).containsEntry("reason", "activeBeforeReboot").containsEntry("evidence", "passthroughState");
  }

  @Test
  void negative_inventoryUnknown() {
    RuleTest.forRules("VMDP106").esxConf("esx.conf", ESX_CONF.replace("# BUG: VMDP106\n", "")).run().expectNone();
  }

  @Test
  void negative_vmkernelOwnerOrDisabledDeviceMissing() {
    String vmkernel = ESX_CONF.replace("# BUG: VMDP106\n", "")
        .replace("/device/000:11.0/owner = \"passthru\"", "/device/000:11.0/owner = \"vmkernel\"");
    RuleTest.forRules("VMDP106").lspci("lspci-nnvvv.txt", TestHosts.lspci()).esxConf("esx.conf", vmkernel).run()
        .expectNone();
    RuleTest.forRules("VMDP106").host(esx01With0a(PassthroughState.DISABLED)).run().expectNone();
  }
}
