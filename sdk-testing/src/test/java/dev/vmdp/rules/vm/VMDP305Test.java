package dev.vmdp.rules.vm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.Severity;
import dev.vmdp.rules.Finding;
import dev.vmdp.testing.RuleTest;
import org.junit.jupiter.api.Test;

class VMDP305Test {

  /** An ESX 4 VM as the client writes it (the guide's key order), with a reservation below memsize. */
  static final String ESX4_VM = """
      .encoding = "UTF-8"
      config.version = "8"
      virtualHW.version = "7"
      pciBridge0.present = "TRUE"
      pciBridge4.present = "TRUE"
      pciBridge4.virtualDev = "pcieRootPort"
      pciBridge4.functions = "8"
      displayName = "db01"
      memsize = "1024"
      guestOS = "rhel5-64"
      # BUG: VMDP305
      sched.mem.minsize = "256"
      pciPassthru0.present = "TRUE"
      pciPassthru0.deviceId = "10c6"
      pciPassthru0.vendorId = "8086"
      pciPassthru0.systemId = "48c4619b-6d58-18db-2a0e-000423d1e6f6"
      pciPassthru0.id = "03:00.0"
      pciPassthru0.pciSlotNumber = "160"
      """;

  /** An ESXi 7.0 U3 VM (HW 19) with a GPU and no reservation key at all. */
  static final String ESXI7_VM = """
      .encoding = "UTF-8"
      config.version = "8"
      virtualHW.version = "19"
      pciBridge0.present = "TRUE"
      svga.present = "TRUE"
      pciBridge4.present = "TRUE"
      pciBridge4.virtualDev = "pcieRootPort"
      pciBridge4.functions = "8"
      displayName = "ml01"
      firmware = "efi"
      guestOS = "ubuntu-64"
      numvcpus = "8"
      # BUG: VMDP305
      memSize = "65536"
      pciPassthru0.id = "00000:059:00.0"
      pciPassthru0.deviceId = "0x1eb8"
      pciPassthru0.vendorId = "0x10de"
      pciPassthru0.systemId = "5f3c1c9e-7d1a-4c1e-a1d3-3cecef0a1b2c"
      pciPassthru0.present = "TRUE"
      pciPassthru.use64bitMMIO = "TRUE"
      pciPassthru.64bitMMIOSizeGB = "64"
      """;

  @Test
  void positive_esx4ReservationBelowMemsize_fixWritesTheMinsizeKeyTheFileHas() {
    Finding f = RuleTest.forRules("VMDP305").esx("4.0").vmx("db01.vmx", ESX4_VM).run()
        .expectMarked()
        .only("VMDP305");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.facts()).containsEntry("memsize", "1024").containsEntry("reservation", "256")
        .containsEntry("reservationKey", "sched.mem.minsize");
    RuleTest.forRules("VMDP305").esx("4.0").vmx("db01.vmx", ESX4_VM).run().fix()
        .expectEdits("set sched.mem.minsize = \"1024\"")
        .expectWritten("db01.vmx", "sched.mem.minsize = \"1024\"")
        .expectNotWritten("db01.vmx", "sched.mem.min = \"1024\"")
        .recheck().expectNone();
  }

  @Test
  void positive_esxi7WithoutAReservationKey_fixAddsSchedMemMin() {
    var checked = RuleTest.forRules("VMDP305").esx("7.0U3").vmx("ml01.vmx", ESXI7_VM).run().expectMarked();
    assertThat(checked.only("VMDP305").facts()).containsEntry("reservation", "0").containsEntry("reservationKey", "absent");
    checked.fix()
        .expectEdits("set sched.mem.min = \"65536\"")
        .expectWritten("ml01.vmx", "sched.mem.min = \"65536\"")
        .recheck().expectNone();
  }

  @Test
  void negative_fullyReservedOrNoPassthroughEntry() {
    RuleTest.forRules("VMDP305").esx("4.0").vmx("db01.vmx", ESX4_VM.replace("\"256\"", "\"1024\"")).run().expectNone();
    RuleTest.forRules("VMDP305").esx("7.0U3").vmx("ml01.vmx",
        ESXI7_VM.replace("pciPassthru0.present = \"TRUE\"", "pciPassthru0.present = \"FALSE\"")).run().expectNone();
  }

  @Test
  void negative_noMemsizeIsSilent() {
    RuleTest.forRules("VMDP305").esx("7.0U3").vmx("ml01.vmx", ESXI7_VM.replace("memSize = \"65536\"\n", ""))
        .run().expectNone();
  }

  @Test
  void positive_aVgpuVmNeedsAFullReservationToo() {
    String vmx = dev.vmdp.rules.VmxTexts.ESXI8_VGPU
        .replace("sched.mem.min = \"16384\"", "# BUG: VMDP305\nsched.mem.min = \"4096\"")
        .replace("sched.mem.minSize = \"16384\"", "sched.mem.minSize = \"4096\"");
    var checked = RuleTest.forRules("VMDP305").esx("8.0U2").vmx("vdi01.vmx", vmx).run().expectMarked();
    assertThat(checked.only("VMDP305").facts()).containsEntry("vgpu", "true").containsEntry("reservation", "4096");
    checked.fix().expectEdits("set sched.mem.min = \"16384\"", "set sched.mem.minSize = \"16384\"")
        .expectWritten("vdi01.vmx", "sched.mem.min = \"16384\"", "sched.mem.minSize = \"16384\"")
        .recheck().expectNone();
  }
}
