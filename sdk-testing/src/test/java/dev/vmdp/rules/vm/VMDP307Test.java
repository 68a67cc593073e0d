package dev.vmdp.rules.vm;

import static dev.vmdp.rules.VmxTexts.BRIDGE_SLOTS;
import static dev.vmdp.rules.VmxTexts.ROOT_PORTS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.Severity;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.knowledge.KnowledgeBase;
import dev.vmdp.testing.RuleTest;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VMDP307Test {
  /**
   * The guide's RHEL3 VM on ESX 4.0 with its first device put in IOAPIC mode, next to its LSI Logic
   * disk controller and a vmxnet NIC.
   */
  static final String RHEL3 = """
      .encoding = "UTF-8"
      config.version = "8"
      virtualHW.version = "7"
      floppy0.present = "TRUE"
      nvram = "rhel3.nvram"
      pciBridge0.present = "TRUE"
      """ + ROOT_PORTS + """
      displayName = "RHEL3"
      memsize = "512"
      scsi0.present = "TRUE"
      scsi0.sharedBus = "none"
      scsi0.virtualDev = "lsilogic"
      scsi0:0.present = "TRUE"
      scsi0:0.fileName = "rhel3.vmdk"
      scsi0:0.deviceType = "scsi-hardDisk"
      ethernet0.present = "TRUE"
      ethernet0.virtualDev = "vmxnet"
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
      pciPassthru0.pciSlotNumber = "160"
      # BUG: VMDP307
      pciPassthru0.msiEnabled = "FALSE"
      scsi0.pciSlotNumber = "16"
      ethernet0.pciSlotNumber = "32"
      """ + BRIDGE_SLOTS;

  static final String CLEAN = RHEL3.replace("# BUG: VMDP307\n", "");

  static RuleTest test(String vmx) {
    return RuleTest.forRules("VMDP307").esx("4.0").vmx("rhel3.vmx", vmx);
  }

  @Test
  void positive_ioapicEntryNextToVmxnetAndLsiLogicInRhel3() {
    Finding f = test(RHEL3).run().expectMarked().only("VMDP307");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.subject()).isEqualTo("vm RHEL3 pciPassthru0");
    assertThat(f.facts()).containsEntry("msiEnabled", "FALSE").containsEntry("guestOs", "rhel3")
        .containsEntry("otherDevices", "scsi0 (lsilogic),ethernet0 (vmxnet)");
  }

  @Test
  void negative_msiMode() {
    test(CLEAN.replace("msiEnabled = \"FALSE\"", "msiEnabled = \"TRUE\"")).run().expectNone();
  }

  @Test
  void negative_noOtherPresentIrqDevice() {
    String alone = CLEAN.replace("scsi0.present = \"TRUE\"", "scsi0.present = \"FALSE\"")
        .replace("ethernet0.present = \"TRUE\"", "ethernet0.present = \"FALSE\"");
    test(alone).run().expectNone();
    // svga takes no legacy interrupt line.
    test(alone.replace("floppy0.present = \"TRUE\"", "floppy0.present = \"TRUE\"\nsvga.present = \"TRUE\"")).run()
        .expectNone();
  }

  @Test
  void negative_modernGuest() {
    test(CLEAN.replace("guestOS = \"rhel3\"", "guestOS = \"rhel7-64\"")).run().expectNone();
  }

  @Test
  void negative_siteKnowsNoIoapicGuests() {
    KnowledgeBase none = KnowledgeBase.standard()
        .withGuests(KnowledgeBase.standard().guests().withIoapicFamilies(Set.of()));
    test(CLEAN).knowledge(none).run().expectNone();
  }
}
