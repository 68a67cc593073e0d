package dev.vmdp.io.vmx;

import static dev.vmdp.io.vmx.BindingFixtures.GUIDE_UUID;
import static dev.vmdp.io.vmx.BindingFixtures.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.io.LineTerminator;
import dev.vmdp.model.host.EsxVersion;
import dev.vmdp.model.vm.PassthroughDevice;
import dev.vmdp.model.vm.PciBridge;
import dev.vmdp.model.vm.VirtualMachine;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class VmxBindingWriteTest {

  /** The guide's sample VM as the DSL builds it (DOMAIN.md 5.7): what the user decides, nothing the host adds. */
  static VirtualMachine guideVm() {
    VirtualMachine.Builder b = VirtualMachine.builder().name("RHEL3").displayName("RHEL3").guestOs("rhel3")
        .hardwareVersion(7).memoryMb(512).memoryReservationMb(512);
    b.addPassthroughDevice(PassthroughDevice.builder().index(0).present(true).id("03:00.0")
        .vendorId(0x12ab).deviceId(0x3456).systemId(GUIDE_UUID).pciSlotNumber(160).build());
    b.addPassthroughDevice(PassthroughDevice.builder().index(1).present(true).id("02:00.0")
        .vendorId(0x78cd).deviceId(0x6543).systemId(GUIDE_UUID).pciSlotNumber(192).build());
    return b.build();
  }

  /** The lines vmdp writes for the guide: memory, reservation, bridges, passthrough. */
  private static final Predicate<String> MEMORY_BRIDGE_PASSTHRU = l -> l.startsWith("memsize ")
      || l.startsWith("sched.mem.") || l.startsWith("pciBridge") || l.startsWith("pciPassthru");

  /**
   * The host adds {@code pciBridgeN.pciSlotNumber} at the first power-on (and the guide's VM has
   * been powered on): these five lines are the only memory, bridge and passthrough lines of the
   * sample that a new VM does not have.
   */
  private static final Predicate<String> HOST_ASSIGNED = l -> l.matches("pciBridge[0-9]+\\.pciSlotNumber = .*");

  @Test
  void writingTheGuideVmReproducesTheSamplesPassthroughMemoryAndBridgeLinesByteForByte() {
    VmxDocument written = VmxBinding.write(guideVm(), VmxWriteOptions.forVersion(EsxVersion.ESX_4_0));
    VmxDocument sample = BindingFixtures.guide();
    List<String> expected = lines(sample).stream().filter(MEMORY_BRIDGE_PASSTHRU.and(HOST_ASSIGNED.negate())).toList();
    List<String> actual = lines(written).stream().filter(MEMORY_BRIDGE_PASSTHRU).toList();
    assertThat(actual).isEqualTo(expected).hasSize(27);
    assertThat(lines(sample).stream().filter(MEMORY_BRIDGE_PASSTHRU.and(HOST_ASSIGNED))).hasSize(5);
    // byte for byte: the same text, LF terminated, as in the sample
    assertThat(written.lines()).allSatisfy(l -> assertThat(l.terminator()).isEqualTo(LineTerminator.LF));
    assertThat(written.lines()).filteredOn(l -> MEMORY_BRIDGE_PASSTHRU.test(l.text())).allSatisfy(l ->
        assertThat(sample.lines()).anySatisfy(s -> assertThat(s.raw()).isEqualTo(l.raw())));
    // the bridge block and each passthrough entry are contiguous, in the sample's order
    assertThat(lines(written)).containsSubsequence(expected).containsExactly(
        ".encoding = \"UTF-8\"",
        "config.version = \"8\"",
        "virtualHW.version = \"7\"",
        "pciBridge0.present = \"TRUE\"",
        "pciBridge4.present = \"TRUE\"",
        "pciBridge4.virtualDev = \"pcieRootPort\"",
        "pciBridge4.functions = \"8\"",
        "pciBridge5.present = \"TRUE\"",
        "pciBridge5.virtualDev = \"pcieRootPort\"",
        "pciBridge5.functions = \"8\"",
        "pciBridge6.present = \"TRUE\"",
        "pciBridge6.virtualDev = \"pcieRootPort\"",
        "pciBridge6.functions = \"8\"",
        "pciBridge7.present = \"TRUE\"",
        "pciBridge7.virtualDev = \"pcieRootPort\"",
        "pciBridge7.functions = \"8\"",
        "displayName = \"RHEL3\"",
        "memsize = \"512\"",
        "guestOS = \"rhel3\"",
        "sched.mem.minsize = \"512\"",
        "pciPassthru0.present = \"TRUE\"",
        "pciPassthru0.deviceId = \"3456\"",
        "pciPassthru0.vendorId = \"12ab\"",
        "pciPassthru0.systemId = \"48c4619b-6d58-18db-2a0e-000423d1e6f6\"",
        "pciPassthru0.id = \"03:00.0\"",
        "pciPassthru0.pciSlotNumber = \"160\"",
        "pciPassthru1.present = \"TRUE\"",
        "pciPassthru1.deviceId = \"6543\"",
        "pciPassthru1.vendorId = \"78cd\"",
        "pciPassthru1.systemId = \"48c4619b-6d58-18db-2a0e-000423d1e6f6\"",
        "pciPassthru1.id = \"02:00.0\"",
        "pciPassthru1.pciSlotNumber = \"192\"");
    assertThat(written.fileName()).isEqualTo("RHEL3.vmx");
    assertThat(written.diagnostics()).isEmpty();
    // without a version, HW 7 means the guide's world: the same document
    assertThat(VmxBinding.write(guideVm(), VmxWriteOptions.defaults()).toBytes()).isEqualTo(written.toBytes());
  }

  @Test
  void writtenVmsReadBackAsTheSameVm() {
    assertThat(readBack(guideVm(), VmxWriteOptions.defaults()))
        .isEqualTo(VirtualMachine.builder().from(guideVm()).addAllPciBridges(BindingWriter.standardBridges()).build());
    for (VmxDocument doc : List.of(BindingFixtures.guide(), BindingFixtures.esxi7())) {
      VirtualMachine vm = withoutProvenance(VmxBinding.read(doc));
      assertThat(readBack(vm, VmxWriteOptions.defaults())).isEqualTo(vm);
    }
  }

  @Test
  void aVmForLaterEsxiGetsTheLongIdFormAndPrefixedIds() {
    VirtualMachine vm = withoutProvenance(VmxBinding.read(BindingFixtures.esxi67()));
    VmxDocument written = VmxBinding.write(vm, VmxWriteOptions.defaults());
    assertThat(lines(written)).contains("pciPassthru0.id = \"00000:066:00.0\"", "pciPassthru0.vendorId = \"0x1077\"",
        "sched.mem.min = \"32768\"", "memsize = \"32768\"", "ethernet0.virtualDev = \"vmxnet3\"",
        "nvme0.pciSlotNumber = \"-1\"", "vcpu.hotadd = \"TRUE\"", "firmware = \"bios\"");
    VirtualMachine back = withoutProvenance(VmxBinding.read(written));
    assertThat(back.passthrough(0).orElseThrow().address()).isEqualTo(vm.passthrough(0).orElseThrow().address());
    assertThat(back.withPassthroughDevices(vm.passthroughDevices())).isEqualTo(vm);
    VmxDocument esx4 = VmxBinding.write(vm, VmxWriteOptions.forVersion(EsxVersion.ESX_4_1));
    assertThat(lines(esx4)).contains("pciPassthru0.id = \"66:00.0\"", "pciPassthru0.vendorId = \"1077\"",
        "sched.mem.minsize = \"32768\"");
  }

  @Test
  void theStandardBridgeBlockIsAddedOnlyWhenTheVmHasNoneAndItIsWanted() {
    VirtualMachine bare = VirtualMachine.builder().name("bare").hardwareVersion(19).build();
    assertThat(lines(VmxBinding.write(bare, VmxWriteOptions.defaults()))).contains("pciBridge7.functions = \"8\"");
    VmxWriteOptions noBridges = VmxWriteOptions.builder().standardPciBridgesEnabled(false).build();
    assertThat(lines(VmxBinding.write(bare, noBridges))).containsExactly(
        ".encoding = \"UTF-8\"", "config.version = \"8\"", "virtualHW.version = \"19\"");
    VirtualMachine old = VirtualMachine.builder().name("old").hardwareVersion(4).build();
    assertThat(lines(VmxBinding.write(old, VmxWriteOptions.defaults()))).noneMatch(l -> l.startsWith("pciBridge"));
    VirtualMachine one = VirtualMachine.builder().name("one").addPciBridge(PciBridge.builder().index(0).present(true)
        .build()).build();
    assertThat(lines(VmxBinding.write(one, VmxWriteOptions.defaults())))
        .filteredOn(l -> l.startsWith("pciBridge")).containsExactly("pciBridge0.present = \"TRUE\"");
  }

  @Test
  void valuesAreEscapedSoThatNoValueCanAddALine() {
    VirtualMachine vm = VirtualMachine.builder().name("evil").displayName("a\"\nmemsize = \"4").build();
    VmxDocument written = VmxBinding.write(vm, VmxWriteOptions.defaults());
    assertThat(lines(written)).contains("displayName = \"a|22|0Amemsize = |224\"");
    assertThat(VmxBinding.read(written).displayName()).hasValue("a\"\nmemsize = \"4");
    assertThat(VmxBinding.read(written).memoryMb()).isEmpty();
  }

  private static VirtualMachine readBack(VirtualMachine vm, VmxWriteOptions options) {
    return withoutProvenance(VmxBinding.read(VmxBinding.write(vm, options)));
  }

  static VirtualMachine withoutProvenance(VirtualMachine vm) {
    return VirtualMachine.builder().from(vm).sources(Map.of()).diagnostics(List.of()).file(Optional.empty()).build();
  }
}
