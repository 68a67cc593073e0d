package dev.vmdp.rules.vm;

import static dev.vmdp.rules.VmxTexts.BRIDGE_SLOTS;
import static dev.vmdp.rules.VmxTexts.ROOT_PORTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.vmdp.model.Severity;
import dev.vmdp.rules.Finding;
import dev.vmdp.testing.Checked;
import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP309Test {
  /** The guide's two-device VM on ESX 4.0, with slot numbers as given. */
  static String vm(String slot0, String slot1, String ethernetSlot) {
    return ("""
        .encoding = "UTF-8"
        config.version = "8"
        virtualHW.version = "7"
        pciBridge0.present = "TRUE"
        """ + ROOT_PORTS + """
        displayName = "RHEL3"
        memsize = "512"
        ethernet0.present = "TRUE"
        ethernet0.virtualDev = "vmxnet3"
        ethernet0.networkName = "VM Network"
        ethernet0.addressType = "vpx"
        ethernet0.generatedAddress = "00:50:56:84:3a:7c"
        guestOS = "rhel3"
        sched.mem.minsize = "512"
        pciPassthru0.present = "TRUE"
        pciPassthru0.deviceId = "3456"
        pciPassthru0.vendorId = "12ab"
        pciPassthru0.systemId = "48c4619b-6d58-18db-2a0e-000423d1e6f6"
        pciPassthru0.id = "03:00.0"
        %s
        pciPassthru1.present = "TRUE"
        pciPassthru1.deviceId = "6543"
        pciPassthru1.vendorId = "78cd"
        pciPassthru1.systemId = "48c4619b-6d58-18db-2a0e-000423d1e6f6"
        pciPassthru1.id = "02:00.0"
        %s
        %s
        """ + BRIDGE_SLOTS).formatted(slot0, slot1, ethernetSlot);
  }

  static Checked check(String vmx) {
    return RuleTest.forRules("VMDP309").esx("4.0").vmx("rhel3.vmx", vmx).run();
  }

  @Test
  void positive_twoEntriesInSlot160() {
    Finding f = check(vm("pciPassthru0.pciSlotNumber = \"160\"", "# BUG: VMDP309\npciPassthru1.pciSlotNumber = \"160\"",
        "ethernet0.pciSlotNumber = \"32\"")).expectMarked().only("VMDP309");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.subject()).isEqualTo("vm RHEL3 pciPassthru1");
    assertThat(f.facts()).containsEntry("slot", "160").containsEntry("slotMeaning", "pciBridge4 function 0, device 0")
        .containsEntry("key", "pciPassthru1.pciSlotNumber").containsEntry("alsoUsedBy", "pciPassthru0.pciSlotNumber");
  }

  @Test
  void positive_entryAndAVirtualNicOrABridge() {
    // 192 is pciBridge5 function 0, which the NIC holds; 21 is pciBridge4's own slot.
    Checked c = check(vm("pciPassthru0.pciSlotNumber = \"192\"", "pciPassthru1.pciSlotNumber = \"21\"",
        "# BUG: VMDP309\nethernet0.pciSlotNumber = \"192\"").replace("pciBridge4.pciSlotNumber = \"21\"",
        "# BUG: VMDP309\npciBridge4.pciSlotNumber = \"21\"")).expectMarked();
    assertThat(c.all("VMDP309")).extracting(f -> f.facts().get("key"), f -> f.facts().get("alsoUsedBy"))
        .containsExactlyInAnyOrder(
            tuple("ethernet0.pciSlotNumber", "pciPassthru0.pciSlotNumber"),
            tuple("pciBridge4.pciSlotNumber", "pciPassthru1.pciSlotNumber"));
  }

  @Test
  void negative_distinctSlots() {
    check(vm("pciPassthru0.pciSlotNumber = \"160\"", "pciPassthru1.pciSlotNumber = \"192\"",
        "ethernet0.pciSlotNumber = \"32\"")).expectNone();
  }

  @Test
  void negative_unassignedOrAbsentSlots() {
    check(vm("pciPassthru0.pciSlotNumber = \"-1\"", "pciPassthru1.pciSlotNumber = \"-1\"", "")).expectNone();
    check(vm("", "", "")).expectNone();
  }

  @Test
  void negative_virtualDevicesSharingASlotWithoutPassthrough() {
    String nics = vm("", "", "ethernet0.pciSlotNumber = \"33\"")
        .replace("pciPassthru0.present = \"TRUE\"", "pciPassthru0.present = \"FALSE\"")
        .replace("pciPassthru1.present = \"TRUE\"", "pciPassthru1.present = \"FALSE\"")
        .replace("guestOS = \"rhel3\"", """
            ethernet1.present = "TRUE"
            ethernet1.virtualDev = "vmxnet3"
            ethernet1.networkName = "Backup"
            ethernet1.addressType = "vpx"
            ethernet1.generatedAddress = "00:50:56:84:3a:7d"
            ethernet1.pciSlotNumber = "33"
            guestOS = "rhel3\"""");
    check(nics).expectNone();
  }
}
