package dev.vmdp.io.vmx;

import static dev.vmdp.io.vmx.BindingFixtures.GUIDE_UUID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.Diagnostic;
import dev.vmdp.model.Severity;
import dev.vmdp.model.SourceRef;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciId;
import dev.vmdp.model.vm.PassthroughDevice;
import dev.vmdp.model.vm.PciBridge;
import dev.vmdp.model.vm.VirtualDevice;
import dev.vmdp.model.vm.VirtualMachine;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class VmxBindingReadTest {

  @Test
  void vmsNamingTheSameDeviceShareItsTextsButNotTheirOwn() {
    String text = """
        .encoding = "UTF-8"
        displayName = "%s"
        pciPassthru0.present = "TRUE"
        pciPassthru0.id = "00000:059:00.0"
        pciPassthru0.systemId = "5d2f1c3e-aa01-4b5e-9a77-0c42a1b2c3d4"
        pciPassthru0.vgpu = "grid_t4-2q"
        pciPassthru0.virtualDev = "vmiop"
        pciPassthru0.generatedAddress = "%s"
        """;
    VirtualMachine a = VmxBinding.read(VmxDocument.parse(
        String.format(text, "a", "00:50:56:aa:00:01").getBytes(StandardCharsets.UTF_8), "a.vmx"));
    VirtualMachine b = VmxBinding.read(VmxDocument.parse(
        String.format(text, "b", "00:50:56:aa:00:01").getBytes(StandardCharsets.UTF_8), "b.vmx"));
    PassthroughDevice da = a.passthroughDevices().get(0);
    PassthroughDevice db = b.passthroughDevices().get(0);
    assertThat(da).isEqualTo(db);
    assertThat(da.id().get()).isEqualTo("00000:059:00.0").isSameAs(db.id().get());
    assertThat(da.systemId().get()).isSameAs(db.systemId().get());
    assertThat(da.vgpuProfile().get()).isEqualTo("grid_t4-2q").isSameAs(db.vgpuProfile().get());
    assertThat(da.virtualDev().get()).isSameAs(db.virtualDev().get());
    // A display name that needs no stripping is the VM's name, one text for both.
    assertThat(a.name()).isEqualTo("a").isSameAs(a.displayName().get());
    // The same MAC in two files is a mistake of theirs; each VM's is its own text.
    assertThat(da.generatedAddress().get()).isEqualTo(db.generatedAddress().get())
        .isNotSameAs(db.generatedAddress().get());
  }

  @Test
  void readsTheGuidesSampleVm() {
    VirtualMachine vm = VmxBinding.read(BindingFixtures.guide());
    assertThat(vm.name()).isEqualTo("RHEL3");
    assertThat(vm.displayName()).hasValue("RHEL3");
    assertThat(vm.guestOs()).hasValue("rhel3");
    assertThat(vm.hardwareVersion()).hasValue(7);
    assertThat(vm.memoryMb()).hasValue(512);
    assertThat(vm.memoryReservationMb()).hasValue(512);
    assertThat(vm.memoryLimitMb()).isEmpty();
    assertThat(vm.memoryPinned()).isEmpty();
    assertThat(vm.firmware()).isEmpty();
    assertThat(vm.numCpus()).isEmpty();
    assertThat(vm.use64bitMmio()).isEmpty();
    assertThat(vm.diagnostics()).isEmpty();
    assertThat(vm.pciBridges()).extracting(PciBridge::index).containsExactly(0, 4, 5, 6, 7);
    assertThat(vm.pciBridge(0)).hasValue(PciBridge.builder().index(0).present(true).pciSlotNumber(17).build());
    assertThat(vm.pciBridge(5)).hasValue(PciBridge.builder().index(5).present(true).virtualDev("pcieRootPort")
        .functions(8).pciSlotNumber(22).build());
    assertThat(vm.passthroughDevices()).containsExactly(
        PassthroughDevice.builder().index(0).present(true).id("03:00.0").vendorId(0x12ab).deviceId(0x3456)
            .systemId(GUIDE_UUID).pciSlotNumber(160).build(),
        PassthroughDevice.builder().index(1).present(true).id("02:00.0").vendorId(0x78cd).deviceId(0x6543)
            .systemId(GUIDE_UUID).pciSlotNumber(192).build());
    assertThat(vm.passthrough(0).flatMap(PassthroughDevice::address)).hasValue(PciAddress.of(3, 0, 0));
    assertThat(vm.virtualDevices()).containsExactly(
        VirtualDevice.builder().keyPrefix("scsi0").present(true).virtualDev("lsilogic").pciSlotNumber(16).build(),
        VirtualDevice.builder().keyPrefix("ethernet0").present(true).pciSlotNumber(32).build());
  }

  @Test
  void recordsTheLineOfEveryKeyUsed() {
    VirtualMachine vm = VmxBinding.read(BindingFixtures.guide());
    assertThat(vm.sourceOf("memsize")).hasValue(SourceRef.of("guide-rhel3.vmx", 28));
    assertThat(vm.sourceOf("sched.mem.minsize")).hasValue(SourceRef.of("guide-rhel3.vmx", 46));
    assertThat(vm.sourceOf("pciPassthru0.id")).hasValue(SourceRef.of("guide-rhel3.vmx", 52));
    assertThat(vm.sourceOf("pciBridge7.pciSlotNumber")).hasValue(SourceRef.of("guide-rhel3.vmx", 66));
    assertThat(vm.sources()).containsKeys("displayname", "guestos", "virtualhw.version", "pcipassthru1.vendorid",
        "pcibridge4.functions", "ethernet0.pcislotnumber", "scsi0.virtualdev");
    assertThat(vm.sources()).doesNotContainKeys("nvram", "sched.mem.min", "scsi0.shareddbus", "floppy0.present");
    assertThat(vm.sources().keySet()).allSatisfy(k -> assertThat(k).isLowerCase());
  }

  @Test
  void readsAnEsxi7GpuVmWithPrefixedIdsLongIdFormAndDynamicDirectPath() {
    VirtualMachine vm = VmxBinding.read(BindingFixtures.esxi7());
    assertThat(vm.name()).isEqualTo("gpu-worker-01");
    assertThat(vm.hardwareVersion()).hasValue(19);
    assertThat(vm.memoryMb()).hasValue(65536);
    assertThat(vm.sourceOf("memsize")).hasValue(SourceRef.of("esxi7-gpu-passthrough.vmx", 20));
    assertThat(vm.memoryReservationMb()).hasValue(65536);
    assertThat(vm.sourceOf("sched.mem.min")).isPresent();
    assertThat(vm.memoryPinned()).hasValue(true);
    assertThat(vm.firmware()).hasValue("efi");
    assertThat(vm.efi()).isTrue();
    assertThat(vm.numCpus()).hasValue(16);
    assertThat(vm.use64bitMmio()).hasValue(true);
    assertThat(vm.mmioSizeGb()).hasValue(128);
    assertThat(vm.virtualDevices()).containsExactly(
        VirtualDevice.builder().keyPrefix("svga").present(true).build(),
        VirtualDevice.builder().keyPrefix("vmci0").present(true).build());
    PassthroughDevice gpu = vm.passthrough(0).orElseThrow();
    assertThat(gpu.id()).hasValue("00000:101:00.0");
    assertThat(gpu.address()).hasValue(PciAddress.parse("0000:65:00.0"));
    assertThat(gpu.pciId()).hasValue(PciId.of(0x10de, 0x20b5));
    assertThat(gpu.pciSlotNumber()).hasValue(256);
    assertThat(gpu.msiEnabled()).hasValue(true);
    PassthroughDevice dynamic = vm.passthrough(1).orElseThrow();
    assertThat(dynamic.id()).isEmpty();
    assertThat(dynamic.allowedDevices()).containsExactly(PciId.of(0x10de, 0x20b5));
    assertThat(dynamic.virtualDev()).hasValue("pci");
    assertThat(dynamic.pciSlotNumber()).hasValue(-1);
    assertThat(dynamic.slot()).isEmpty();
    assertThat(dynamic.msiEnabled()).hasValue(false);
  }

  @Test
  void theWildcardPresentLineIsNoEntryAndBreaksNothing() {
    VirtualMachine vm = VmxBinding.read(BindingFixtures.esxi7());
    assertThat(vm.passthroughDevices()).extracting(PassthroughDevice::index).containsExactly(0, 1);
    assertThat(vm.presentPassthroughDevices()).hasSize(2);
    assertThat(vm.sources().keySet()).noneMatch(k -> k.contains("*"));
    assertThat(vm.diagnostics()).isEmpty();
    VirtualMachine alone = VmxBinding.read(VmxTestSupport.doc("pciPassthru*.present = \"False\"\n"));
    assertThat(alone.passthroughDevices()).isEmpty();
    assertThat(alone.name()).isEqualTo("test");
  }

  @Test
  void readsHotAddLimitsVirtualDevicesAndTheDecimalIdFormAsWritten() {
    VirtualMachine vm = VmxBinding.read(BindingFixtures.esxi67());
    assertThat(vm.memoryMb()).hasValue(32768);
    assertThat(vm.memoryLimitMb()).hasValue(32768);
    assertThat(vm.memoryReservationMb()).hasValue(32768);
    assertThat(vm.memoryHotAdd()).hasValue(false);
    assertThat(vm.cpuHotAdd()).hasValue(true);
    assertThat(vm.firmware()).hasValue("bios");
    assertThat(vm.numCpus()).hasValue(8);
    PassthroughDevice hba = vm.passthrough(0).orElseThrow();
    assertThat(hba.id()).hasValue("0:66:0.0");
    assertThat(hba.address()).hasValue(PciAddress.of(0, 66, 0, 0));
    assertThat(hba.pciId()).hasValue(PciId.of(0x1077, 0x2532));
    assertThat(hba.effectiveMsiEnabled()).isFalse();
    assertThat(vm.virtualDevices()).extracting(VirtualDevice::keyPrefix)
        .containsExactly("svga", "vmci0", "scsi0", "sata0", "nvme0", "ethernet0", "usb_xhci", "sound");
    assertThat(vm.virtualDevice("scsi0")).hasValue(VirtualDevice.builder().keyPrefix("scsi0").present(true)
        .virtualDev("pvscsi").pciSlotNumber(160).build());
    assertThat(vm.virtualDevice("ethernet0").orElseThrow().pciSlotNumber()).hasValue(192);
    assertThat(vm.virtualDevice("nvme0").orElseThrow().slot()).isEmpty();
    assertThat(vm.virtualDevice("sound").orElseThrow().isPresent()).isFalse();
    // the duplicated ethernet0.pciSlotNumber is the document's VMDP601, copied into the VM
    assertThat(vm.diagnostics()).extracting(Diagnostic::ruleId).containsExactly("VMDP601");
    assertThat(vm.sourceOf("ethernet0.pciSlotNumber")).hasValue(SourceRef.of("esxi67-db-hba.vmx", 59));
  }

  @Test
  void badTypedValuesAreVmdp606AtTheValueAndStayAbsent() {
    VirtualMachine vm = VmxBinding.read(BindingFixtures.fixture("bad-typed-values.vmx"));
    List<String> found = vm.diagnostics().stream().map(Diagnostic::toString).toList();
    assertThat(found).containsExactly(
        "bad-typed-values.vmx:3:21: VMDP606 ERROR virtualHW.version value \"seven\" is not a decimal number",
        "bad-typed-values.vmx:5:11: VMDP606 ERROR memsize value \"513\" is not a multiple of 4 (MB)",
        "bad-typed-values.vmx:6:21: VMDP606 ERROR sched.mem.minsize value \"512MB\" is not a decimal number",
        "bad-typed-values.vmx:7:17: VMDP606 ERROR sched.mem.pin value \"yes\" is not TRUE or FALSE",
        "bad-typed-values.vmx:8:12: VMDP604 WARNING value of numvcpus is not quoted (ESXi rejects unquoted "
            + "values; setting the key writes it quoted)",
        "bad-typed-values.vmx:9:14: VMDP606 ERROR mem.hotadd value \"maybe\" is not TRUE or FALSE",
        "bad-typed-values.vmx:12:25: VMDP606 ERROR pciPassthru0.vendorId value \"0x10dg\" is not a 16-bit hex PCI id"
            + " (want 0x10de or 10de)",
        "bad-typed-values.vmx:13:25: VMDP606 ERROR pciPassthru0.deviceId value \"123456\" is not a 16-bit hex PCI id"
            + " (want 0x10de or 10de)",
        "bad-typed-values.vmx:14:30: VMDP606 ERROR pciPassthru0.pciSlotNumber value \"slot4\" is not a decimal number",
        "bad-typed-values.vmx:15:27: VMDP606 ERROR pciPassthru0.msiEnabled value \"1\" is not TRUE or FALSE",
        "bad-typed-values.vmx:16:31: VMDP606 ERROR pciPassthru0.allowedDevices value \"0x10de:0x20b5,nvidia\" is not"
            + " a list of PCI vendor:device ids (want 0x10de:0x20f1): 'nvidia'",
        "bad-typed-values.vmx:17:24: VMDP606 ERROR pciBridge4.functions value \"16\" is out of range (1..8)",
        "bad-typed-values.vmx:18:27: VMDP606 ERROR ethernet0.pciSlotNumber value \"99999\" is out of range (-1..8191)");
    assertThat(vm.diagnostics()).filteredOn(d -> d.ruleId().equals("VMDP606"))
        .allSatisfy(d -> assertThat(d.severity()).isEqualTo(Severity.ERROR));
    assertThat(vm.hardwareVersion()).isEmpty();
    assertThat(vm.memoryMb()).isEmpty();
    assertThat(vm.memoryReservationMb()).isEmpty();
    assertThat(vm.memoryPinned()).isEmpty();
    assertThat(vm.numCpus()).hasValue(2);
    assertThat(vm.memoryHotAdd()).isEmpty();
    PassthroughDevice d = vm.passthrough(0).orElseThrow();
    assertThat(d.present()).hasValue(true);
    assertThat(d.id()).hasValue("0000:0b:00.0");   // kept as written: hex digits are VMDP210, a rule
    assertThat(d.address()).isEmpty();
    assertThat(d.vendorId()).isEmpty();
    assertThat(d.deviceId()).isEmpty();
    assertThat(d.pciSlotNumber()).isEmpty();
    assertThat(d.msiEnabled()).isEmpty();
    assertThat(d.allowedDevices()).isEmpty();
    assertThat(vm.pciBridge(4).orElseThrow().functions()).isEmpty();
    assertThat(vm.virtualDevice("ethernet0").orElseThrow().pciSlotNumber()).isEmpty();
    // the place of a bad value is still known, so a fix can point at it
    assertThat(vm.sourceOf("memsize")).hasValue(SourceRef.of("bad-typed-values.vmx", 5));
  }

  @Test
  void keysAreCaseInsensitiveAndBooleansAnyCase() {
    VirtualMachine vm = VmxBinding.read(VmxTestSupport.doc(String.join("\n",
        "DISPLAYNAME = \"Mixed\"", "MemSize = \"1024\"", "Sched.Mem.MinSize = \"1024\"", "sched.mem.pin = \"true\"",
        "PCIPASSTHRU0.Present = \"True\"", "pcipassthru0.VENDORID = \"8086\"", "pciPassthru0.deviceid = \"10C6\"",
        "virtualhw.version = \"8\"", "")));
    assertThat(vm.name()).isEqualTo("Mixed");
    assertThat(vm.memoryMb()).hasValue(1024);
    assertThat(vm.memoryReservationMb()).hasValue(1024);
    assertThat(vm.memoryPinned()).hasValue(true);
    assertThat(vm.hardwareVersion()).hasValue(8);
    assertThat(vm.passthrough(0).orElseThrow().pciId()).hasValue(PciId.of(0x8086, 0x10c6));
    assertThat(vm.passthrough(0).orElseThrow().isPresent()).isTrue();
    assertThat(vm.sources()).containsKeys("memsize", "sched.mem.minsize", "pcipassthru0.present");
  }

  @Test
  void sched_mem_minWinsOverMinsizeAndAnEmptyValueIsNotAbsent() {
    VirtualMachine vm = VmxBinding.read(VmxTestSupport.doc(String.join("\n",
        "sched.mem.minsize = \"256\"", "sched.mem.min = \"512\"", "displayName = \"\"", "pciPassthru3.id = \"\"",
        "pciPassthru03.id = \"02:00.0\"", "")));
    assertThat(vm.memoryReservationMb()).hasValue(512);
    assertThat(vm.sources()).containsKey("sched.mem.min").doesNotContainKey("sched.mem.minsize");
    assertThat(vm.displayName()).hasValue("");
    assertThat(vm.name()).isEqualTo("test");
    // pciPassthru03 is no canonical index: it is not a second spelling of pciPassthru3
    assertThat(vm.passthroughDevices()).singleElement().satisfies(d -> {
      assertThat(d.index()).isEqualTo(3);
      assertThat(d.id()).hasValue("");
      assertThat(d.present()).isEmpty();
    });
  }

  @Test
  void theNameFallsBackToTheFileNameWithoutItsFolderAndExtension() {
    VmxDocument doc = VmxDocument.parse("memsize = \"4\"\n".getBytes(StandardCharsets.UTF_8), "/vmfs/volumes/ds1/db01/db01.VMX");
    assertThat(VmxBinding.read(doc).name()).isEqualTo("db01");
    assertThat(VmxBinding.read(VmxDocument.parse(new byte[0], "")).name()).isEqualTo("unnamed");
  }

  @Test
  void theDuplicatePolicyOfTheDocumentPicksTheValue() {
    VmxDocument doc = VmxTestSupport.doc("memsize = \"512\"\nmemsize = \"1024\"\n");
    assertThat(VmxBinding.read(doc).memoryMb()).hasValue(512);
    VirtualMachine last = VmxBinding.read(doc.withDuplicatePolicy(DuplicatePolicy.LAST));
    assertThat(last.memoryMb()).hasValue(1024);
    assertThat(last.sourceOf("memsize")).hasValue(SourceRef.of("test.vmx", 2));
    assertThat(last.diagnostics()).extracting(Diagnostic::ruleId).containsExactly("VMDP601");
  }
}
