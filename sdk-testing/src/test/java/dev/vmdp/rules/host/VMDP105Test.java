package dev.vmdp.rules.host;

import static dev.vmdp.rules.VmxTexts.GUIDE_RHEL3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.Severity;
import dev.vmdp.rules.Finding;
import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP105Test {
  /**
   * {@code esxcli hardware pci list} of esx01's Intel 82598 (ESXi 6.7): port 03:00.0 with these
   * owners, port 03:00.1 with the VMkernel.
   */
  static String esxcli(String configuredOwner, String currentOwner) {
    return block(0, "vmnic2", configuredOwner, currentOwner) + "\n" + block(1, "vmnic3", "VMkernel", "VMkernel");
  }

  private static String block(int function, String vmkname, String configured, String current) {
    return """
        0000:03:00.%1$d
           Address: 0000:03:00.%1$d
           Segment: 0x0000
           Bus: 0x03
           Slot: 0x00
           Function: 0x%1$d
           VMkernel Name: %2$s
           Vendor Name: Intel Corporation
           Device Name: 82598EB 10-Gigabit AF Dual Port Network Connection
           Configured Owner: %3$s
           Current Owner: %4$s
           Vendor ID: 0x8086
           Device ID: 0x10c6
           SubVendor ID: 0x8086
           SubDevice ID: 0xa05f
           Device Class: 0x0200
           Device Class Name: Ethernet controller
           Programming Interface: 0x00
           Revision ID: 0x01
           Interrupt Line: 0x0b
           IRQ: 255
           Interrupt Vector: 0x00
           PCI Pin: 0x00
           Spawned Bus: 0x00
           Flags: 0x3219
           Module ID: 4294967295
           Module Name: ixgbe
           Chassis: 0
           Physical Slot: 4294967295
           Device Layer Bus Address: s00000001.00
           Passthru Capable: true
           Parent Device: PCI 0:0:3:0
           Dependent Device: PCI 0:3:0:%1$d
           Reset Method: Function reset
           FPT Sharable: true
        """.formatted(function, vmkname, configured, current);
  }

  /** esx01's esx.conf after passthrough was switched on for 03:00.0 in the client. */
  static final String ESX_CONF = """
      /adv/Misc/HostName = "esx01"
      /adv/Net/ManagementIface = "vmk0"
      # BUG: VMDP105
      /device/003:00.0/owner = "passthru"
      /device/003:00.1/owner = "vmkernel"
      /device/003:00.1/vmkname = "vmnic3"
      /system/uuid = "4c4c4544-0035-4d10-8058-b3c04f4e3732"
      """;

  @Test
  void positive_esxcliConfiguredPassthruCurrentVmkernel() {
    Finding f = RuleTest.forRules("VMDP105").esxcli("esxcli-pci-list.txt", esxcli("VM Passthru", "VMkernel"))
        .esxConf("esx.conf", ESX_CONF).run().expectMarked().only("VMDP105");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.subject()).endsWith(" device 0000:03:00.0");
    assertThat(f.facts()).containsEntry("address", "0000:03:00.0").containsEntry("state", "enabledPendingReboot")
        .containsEntry("configured", "true").containsEntry("active", "false")
        .containsEntry("configuredOwner", "passthru").containsEntry("currentOwner", "vmkernel");
  }

  @Test
  void positive_esxcliConfiguredVmkernelCurrentPassthru() {
    Finding f = RuleTest.forRules("VMDP105").esxcli("esxcli-pci-list.txt", esxcli("VMkernel", "VM Passthru"))
        .run().only("VMDP105");
    assertThat(f.facts()).containsEntry("state", "disablePendingReboot").containsEntry("configured", "false")
        .containsEntry("active", "true").containsEntry("configuredOwner", "vmkernel")
        .containsEntry("currentOwner", "passthru");
  }

  @Test
  void positive_disablePendingRebootAsTheVsphereApiReportsIt() {
    Finding f = RuleTest.forRules("VMDP105").vmx("rhel3.vmx", GUIDE_RHEL3).inventory("inventory.yaml", """
        hosts:
          esx-guide:
            version: "4.0"
            devices:
              - {address: 0000:03:00.0, id: 12ab:3456, passthrough: active}
              - {address: 0000:02:00.0, id: 78cd:6543, passthrough: disable-pending-reboot}
        vms:
          - {vmx: rhel3.vmx, host: esx-guide}
        """).run().only("VMDP105");
    assertThat(f.subject()).isEqualTo("host esx-guide device 0000:02:00.0");
    assertThat(f.facts()).containsEntry("address", "0000:02:00.0").containsEntry("state", "disablePendingReboot")
        .doesNotContainKey("configuredOwner");
  }

  @Test
  void negative_active() {
    RuleTest.forRules("VMDP105").esxcli("esxcli-pci-list.txt", esxcli("VM Passthru", "VM Passthru")).run()
        .expectNone();
  }

  @Test
  void negative_onlyTheEsxConfOwner() {
    RuleTest.forRules("VMDP105").esxConf("esx.conf", ESX_CONF.replace("# BUG: VMDP105\n", "")).run().expectNone();
  }
}
