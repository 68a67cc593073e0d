package dev.vmdp.rules.vm;

import static dev.vmdp.rules.VmxTexts.ROOT_PORTS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.Severity;
import dev.vmdp.rules.Finding;
import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP302Test {
  /**
   * An ESX 3.5 VM (virtual hardware 4, no pciBridge block) to which a passthrough entry was added
   * by hand after the host was upgraded to ESX 4.0, without upgrading the virtual hardware.
   */
  static final String OLD = """
      #!/usr/bin/vmware
      .encoding = "UTF-8"
      config.version = "8"
      # BUG: VMDP302
      virtualHW.version = "4"
      floppy0.present = "TRUE"
      nvram = "old.nvram"
      powerType.powerOff = "default"
      powerType.powerOn = "default"
      powerType.suspend = "default"
      powerType.reset = "default"
      displayName = "old"
      extendedConfigFile = "old.vmxf"
      scsi0.present = "TRUE"
      scsi0.sharedBus = "none"
      scsi0.virtualDev = "lsilogic"
      memsize = "512"
      scsi0:0.present = "TRUE"
      scsi0:0.fileName = "old.vmdk"
      scsi0:0.deviceType = "scsi-hardDisk"
      ethernet0.present = "TRUE"
      ethernet0.networkName = "VM Network"
      ethernet0.addressType = "vpx"
      ethernet0.generatedAddress = "00:50:56:84:12:9e"
      guestOS = "rhel4"
      uuid.bios = "42 04 8c 1e 2d 4f 3a 61-9c 2b 87 f2 54 15 b1 7d"
      sched.mem.minsize = "512"
      pciPassthru0.present = "TRUE"
      pciPassthru0.deviceId = "10c6"
      pciPassthru0.vendorId = "8086"
      pciPassthru0.systemId = "48c4619b-6d58-18db-2a0e-000423d1e6f6"
      pciPassthru0.id = "03:00.0"
      """;

  @Test
  void positive_hardware4WithPassthrough() {
    Finding f = RuleTest.forRules("VMDP302").vmx("old.vmx", OLD).run().expectMarked().only("VMDP302");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.subject()).isEqualTo("vm old");
    assertThat(f.facts()).containsEntry("hardwareVersion", "4").containsEntry("minimum", "7")
        .containsEntry("passthroughDevices", "1");
  }

  @Test
  void negative_hardware7() {
    String upgraded = OLD.replace("# BUG: VMDP302\n", "").replace("virtualHW.version = \"4\"\n",
        "virtualHW.version = \"7\"\npciBridge0.present = \"TRUE\"\n" + ROOT_PORTS);
    RuleTest.forRules("VMDP302").esx("4.0").vmx("old.vmx", upgraded).run().expectNone();
  }

  @Test
  void negative_noPresentPassthroughEntry() {
    RuleTest.forRules("VMDP302").vmx("old.vmx", OLD.replace("# BUG: VMDP302\n", "")
        .replace("pciPassthru0.present = \"TRUE\"", "pciPassthru0.present = \"FALSE\"")).run().expectNone();
  }

  @Test
  void negative_noVirtualHardwareVersion() {
    // A fragment pasted from a forum post: passthrough keys but no virtualHW.version to judge.
    RuleTest.forRules("VMDP302").vmx("fragment.vmx", """
        memsize = "512"
        sched.mem.minsize = "512"
        pciPassthru0.present = "TRUE"
        pciPassthru0.deviceId = "10c6"
        pciPassthru0.vendorId = "8086"
        pciPassthru0.systemId = "48c4619b-6d58-18db-2a0e-000423d1e6f6"
        pciPassthru0.id = "03:00.0"
        """).run().expectNone();
  }
}
