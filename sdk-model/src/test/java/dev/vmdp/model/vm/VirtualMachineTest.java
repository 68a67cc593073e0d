package dev.vmdp.model.vm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vmdp.model.SourceRef;
import dev.vmdp.model.pci.PciAddress;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VirtualMachineTest {

  /** The guide's sample VM (DOMAIN.md 5.7). */
  static VirtualMachine guideSample() {
    VirtualMachine.Builder b = VirtualMachine.builder()
        .name("RHEL3").guestOs("rhel3").hardwareVersion(7).memoryMb(512).memoryReservationMb(512)
        .addPciBridge(PciBridge.builder().index(0).present(true).build());
    for (int i = 4; i <= 7; i++) {
      b.addPciBridge(PciBridge.builder().index(i).present(true).virtualDev("pcieRootPort").functions(8).build());
    }
    return b
        .addPassthroughDevice(PassthroughDevice.builder().index(0).present(true).id("03:00.0")
            .vendorId(0x12ab).deviceId(0x3456).systemId("48c4619b-6d58-18db-2a0e-000423d1e6f6").pciSlotNumber(160)
            .build())
        .addPassthroughDevice(PassthroughDevice.builder().index(1).present(true).id("02:00.0")
            .vendorId(0x78cd).deviceId(0x6543).systemId("48c4619b-6d58-18db-2a0e-000423d1e6f6").pciSlotNumber(192)
            .build())
        .putSource("memsize", SourceRef.of("rhel3.vmx", 9))
        .putSource("pcipassthru0.id", SourceRef.of("rhel3.vmx", 31))
        .build();
  }

  @Test
  void carriesTheGuideSample() {
    VirtualMachine vm = guideSample();
    assertThat(vm.hardwareVersion()).hasValue(7);
    assertThat(vm.memoryMb()).hasValue(512);
    assertThat(vm.memoryReservationMb()).hasValue(512);
    assertThat(vm.pciBridges()).extracting(PciBridge::index).containsExactly(0, 4, 5, 6, 7);
    assertThat(vm.presentPassthroughDevices()).hasSize(2);
    assertThat(vm.passthrough(1).flatMap(PassthroughDevice::address)).hasValue(PciAddress.parse("02:00.0"));
    assertThat(vm.passthrough(1).flatMap(PassthroughDevice::slot).map(PciSlotNumber::describe))
        .hasValue("pciBridge5 function 0, device 0");
    assertThat(vm.passthrough(2)).isEmpty();
    assertThat(vm.pciBridge(4).flatMap(PciBridge::virtualDev)).hasValue("pcieRootPort");
    assertThat(vm.pciBridge(1)).isEmpty();
    assertThat(vm).hasToString("VirtualMachine[RHEL3, HW 7, 2 passthrough]");
  }

  @Test
  void unknownValuesStayUnknown() {
    VirtualMachine vm = VirtualMachine.builder().name("bare").build();
    assertThat(vm.hardwareVersion()).isEmpty();
    assertThat(vm.memoryMb()).isEmpty();
    assertThat(vm.memoryReservationMb()).isEmpty();
    assertThat(vm.memoryLimitMb()).isEmpty();
    assertThat(vm.memoryPinned()).isEmpty();
    assertThat(vm.cpuHotAdd()).isEmpty();
    assertThat(vm.memoryHotAdd()).isEmpty();
    assertThat(vm.firmware()).isEmpty();
    assertThat(vm.efi()).isFalse();
    assertThat(vm.use64bitMmio()).isEmpty();
    assertThat(vm.mmioSizeGb()).isEmpty();
    assertThat(vm.guestOs()).isEmpty();
    assertThat(vm.displayName()).isEmpty();
    assertThat(vm.numCpus()).isEmpty();
    assertThat(vm.sourceOf("memsize")).isEmpty();
    assertThat(vm).hasToString("VirtualMachine[bare, 0 passthrough]");
  }

  @Test
  void onlyEntriesWithPresentTrueCount() {
    VirtualMachine vm = VirtualMachine.builder().name("vm")
        .addPassthroughDevice(PassthroughDevice.builder().index(0).present(true).build())
        .addPassthroughDevice(PassthroughDevice.builder().index(1).present(false).build())
        .addPassthroughDevice(PassthroughDevice.builder().index(2).build())
        .build();
    assertThat(vm.presentPassthroughDevices()).extracting(PassthroughDevice::index).containsExactly(0);
    assertThat(vm.passthroughDevices()).hasSize(3);
  }

  @Test
  void looksUpSourcesByAnyKeyCase() {
    VirtualMachine vm = guideSample();
    assertThat(vm.sourceOf("memSize")).hasValue(SourceRef.of("rhel3.vmx", 9));
    assertThat(vm.sourceOf("pciPassthru0.id")).hasValue(SourceRef.of("rhel3.vmx", 31));
  }

  @Test
  void findsVirtualDevicesByPrefixInAnyCase() {
    VirtualMachine vm = VirtualMachine.builder().name("vm")
        .addVirtualDevice(VirtualDevice.builder().keyPrefix("ethernet0").virtualDev("vmxnet").build()).build();
    assertThat(vm.virtualDevice("Ethernet0").flatMap(VirtualDevice::virtualDev)).hasValue("vmxnet");
    assertThat(vm.virtualDevice("ethernet1")).isEmpty();
  }

  @Test
  void knowsEfiFirmware() {
    assertThat(VirtualMachine.builder().name("vm").firmware("EFI").build().efi()).isTrue();
    assertThat(VirtualMachine.builder().name("vm").firmware("bios").build().efi()).isFalse();
  }

  @Test
  void copiesWithWithersAndFrom() {
    VirtualMachine vm = guideSample();
    VirtualMachine fixed = vm.withMemoryReservationMb(1024);
    assertThat(fixed.memoryReservationMb()).hasValue(1024);
    assertThat(vm.memoryReservationMb()).hasValue(512);
    VirtualMachine one = vm.withPassthroughDevices(List.of(vm.passthrough(0).orElseThrow()));
    assertThat(one.passthroughDevices()).hasSize(1);
    VirtualMachine copy = VirtualMachine.builder().from(vm).memoryHotAdd(true).build();
    assertThat(copy.memoryHotAdd()).hasValue(true);
    assertThat(copy.passthroughDevices()).isEqualTo(vm.passthroughDevices());
  }

  @Test
  void rejectsABlankNameNamingIt() {
    assertThatThrownBy(() -> VirtualMachine.builder().name(" ").build())
        .hasMessageContaining("VirtualMachine name").hasMessageContaining("' '");
  }

  @Test
  void rejectsOutOfRangeNumbersNamingAttributeAndValue() {
    assertThatThrownBy(() -> VirtualMachine.builder().name("vm").hardwareVersion(0).build())
        .hasMessageContaining("hardwareVersion").hasMessageContaining("was 0");
    assertThatThrownBy(() -> VirtualMachine.builder().name("vm").memoryMb(-4).build())
        .hasMessageContaining("memoryMb").hasMessageContaining("was -4");
    assertThatThrownBy(() -> VirtualMachine.builder().name("vm").memoryReservationMb(-1).build())
        .hasMessageContaining("memoryReservationMb").hasMessageContaining("was -1");
    assertThatThrownBy(() -> VirtualMachine.builder().name("vm").numCpus(0).build())
        .hasMessageContaining("numCpus").hasMessageContaining("was 0");
    assertThatThrownBy(() -> VirtualMachine.builder().name("vm").mmioSizeGb(-64).build())
        .hasMessageContaining("mmioSizeGb").hasMessageContaining("was -64");
  }

  @Test
  void rejectsDuplicateIndexesNamingTheKey() {
    assertThatThrownBy(() -> VirtualMachine.builder().name("vm")
            .addPassthroughDevice(PassthroughDevice.builder().index(3).build())
            .addPassthroughDevice(PassthroughDevice.builder().index(3).present(true).build()).build())
        .hasMessageContaining("pciPassthru3 is listed twice");
    assertThatThrownBy(() -> VirtualMachine.builder().name("vm")
            .addPciBridge(PciBridge.builder().index(4).build())
            .addPciBridge(PciBridge.builder().index(4).build()).build())
        .hasMessageContaining("pciBridge4 is listed twice");
    // Indexes from 64 on are counted apart from the small ones; 0 and 63 are the edges of those.
    assertThatThrownBy(() -> VirtualMachine.builder().name("vm")
            .addPciBridge(PciBridge.builder().index(64).build())
            .addPciBridge(PciBridge.builder().index(0).build())
            .addPciBridge(PciBridge.builder().index(63).build())
            .addPciBridge(PciBridge.builder().index(64).build()).build())
        .hasMessageContaining("pciBridge64 is listed twice");
    assertThatThrownBy(() -> VirtualMachine.builder().name("vm")
            .addPassthroughDevice(PassthroughDevice.builder().index(63).build())
            .addPassthroughDevice(PassthroughDevice.builder().index(63).build()).build())
        .hasMessageContaining("pciPassthru63 is listed twice");
    VirtualMachine many = VirtualMachine.builder().name("vm")
        .addPciBridge(PciBridge.builder().index(0).build())
        .addPciBridge(PciBridge.builder().index(63).build())
        .addPciBridge(PciBridge.builder().index(64).build())
        .addPciBridge(PciBridge.builder().index(1000).build())
        .addPassthroughDevice(PassthroughDevice.builder().index(0).build())
        .addPassthroughDevice(PassthroughDevice.builder().index(64).build()).build();
    assertThat(many.pciBridges()).hasSize(4);
    assertThat(many.passthroughDevices()).hasSize(2);
    assertThatThrownBy(() -> VirtualMachine.builder().name("vm")
            .addVirtualDevice(VirtualDevice.builder().keyPrefix("ethernet0").build())
            .addVirtualDevice(VirtualDevice.builder().keyPrefix("Ethernet0").build()).build())
        .hasMessageContaining("'Ethernet0' is listed twice");
  }

  @Test
  void rejectsSourceKeysThatAreNotLowerCaseNamingThem() {
    assertThatThrownBy(() -> VirtualMachine.builder().name("vm").putSource("memSize", SourceRef.of("a.vmx", 1)).build())
        .hasMessageContaining("'memSize'");
  }

  @Test
  void sourcesPutOneByOneAddToThoseSetWholeOrCopied() {
    VirtualMachine read = VirtualMachine.builder().name("vm")
        .sources(Map.of("memsize", SourceRef.of("a.vmx", 3)))
        .putSource("guestos", SourceRef.of("a.vmx", 4))
        .build();
    assertThat(read.sources()).containsExactly(
        Map.entry("memsize", SourceRef.of("a.vmx", 3)), Map.entry("guestos", SourceRef.of("a.vmx", 4)));
    VirtualMachine copy = VirtualMachine.builder().from(read)
        .putSource("memsize", SourceRef.of("a.vmx", 9))
        .putSource("numvcpus", SourceRef.of("a.vmx", 10))
        .build();
    assertThat(copy.sources()).containsExactly(Map.entry("memsize", SourceRef.of("a.vmx", 9)),
        Map.entry("guestos", SourceRef.of("a.vmx", 4)), Map.entry("numvcpus", SourceRef.of("a.vmx", 10)));
    assertThat(copy.sourceOf("NumVCPUs")).contains(SourceRef.of("a.vmx", 10));
    assertThat(VirtualMachine.builder().name("vm").build().sources()).isEmpty();
    assertThat(VirtualMachine.builder().from(read).build()).isEqualTo(read);
  }
}
