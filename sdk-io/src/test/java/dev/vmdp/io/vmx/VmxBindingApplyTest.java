package dev.vmdp.io.vmx;

import static dev.vmdp.io.vmx.BindingFixtures.lines;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.host.EsxVersion;
import dev.vmdp.model.pci.PciId;
import dev.vmdp.model.vm.PassthroughDevice;
import dev.vmdp.model.vm.VirtualDevice;
import dev.vmdp.model.vm.VirtualMachine;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class VmxBindingApplyTest {
  private static final VmxWriteOptions DEFAULTS = VmxWriteOptions.defaults();
  private static final VmxWriteOptions ESXI_7 = VmxWriteOptions.forVersion(EsxVersion.ESX_7_0);

  static Stream<String> fixtures() {
    return Stream.of("guide-rhel3.vmx", "esxi7-gpu-passthrough.vmx", "esxi67-db-hba.vmx", "bad-typed-values.vmx");
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void applyingAnUnchangedVmGivesBackTheSameBytes(String name) {
    VmxDocument doc = BindingFixtures.fixture(name);
    VirtualMachine vm = VmxBinding.read(doc);
    VmxDocument same = VmxBinding.apply(doc, vm, vm, DEFAULTS);
    assertThat(same.toBytes()).isEqualTo(doc.toBytes());
    assertThat(same).isSameAs(doc);
    assertThat(VmxBinding.apply(doc, vm, VmxBinding.read(doc), ESXI_7)).isSameAs(doc);
  }

  @Test
  void aNewReservationRewritesOnlyTheReservationLineKeepingItsKey() {
    VmxDocument doc = BindingFixtures.guide();
    VirtualMachine vm = VmxBinding.read(doc);
    VmxDocument edited = VmxBinding.apply(doc, vm, vm.withMemoryReservationMb(1024), DEFAULTS);
    assertThat(lines(edited)).isEqualTo(replaced(lines(doc), 46, "sched.mem.minsize = \"1024\""));
    assertThat(VmxBinding.read(edited).memoryReservationMb()).hasValue(1024);
  }

  @Test
  void msiEnabledGoesRightAfterItsEntrysOtherKeys() {
    VmxDocument doc = BindingFixtures.guide();
    VirtualMachine vm = VmxBinding.read(doc);
    VirtualMachine after = withDevice(vm, 1, d -> PassthroughDevice.builder().from(d).msiEnabled(false).build());
    VmxDocument edited = VmxBinding.apply(doc, vm, after, DEFAULTS);
    assertThat(lines(edited)).isEqualTo(inserted(lines(doc), 59, "pciPassthru1.msiEnabled = \"FALSE\""));
    assertThat(VmxBinding.read(edited).passthrough(1).orElseThrow().msiEnabled()).hasValue(false);
  }

  @Test
  void changingAndRemovingValuesOfAnExistingEntryTouchesOnlyTheirLines() {
    VmxDocument doc = BindingFixtures.esxi7();
    VirtualMachine vm = VmxBinding.read(doc);
    VirtualMachine after = withDevice(vm, 1, d -> PassthroughDevice.builder().from(d).virtualDev("pcie")
        .msiEnabled(java.util.Optional.empty()).build());
    List<String> expected = new ArrayList<>(lines(doc));
    expected.set(38, "pciPassthru1.virtualDev = \"pcie\"");
    expected.remove(40);
    assertThat(lines(VmxBinding.apply(doc, vm, after, DEFAULTS))).isEqualTo(expected);
  }

  @Test
  void aNewEntryForEsx4GoesAfterItsSiblingsInTheGuidesOrderAndForms() {
    VmxDocument doc = BindingFixtures.guide();
    VirtualMachine vm = VmxBinding.read(doc);
    VirtualMachine after = VirtualMachine.builder().from(vm).addPassthroughDevice(PassthroughDevice.builder()
        .index(2).present(true).id("00000:129:00.0").vendorId(0x8086).deviceId(0x10c6)
        .systemId(BindingFixtures.GUIDE_UUID).pciSlotNumber(1184).build()).build();
    VmxDocument edited = VmxBinding.apply(doc, vm, after, DEFAULTS);
    List<String> expected = new ArrayList<>(lines(doc));
    expected.addAll(59, List.of(
        "pciPassthru2.present = \"TRUE\"",
        "pciPassthru2.deviceId = \"10c6\"",
        "pciPassthru2.vendorId = \"8086\"",
        "pciPassthru2.systemId = \"48c4619b-6d58-18db-2a0e-000423d1e6f6\"",
        "pciPassthru2.id = \"129:00.0\"",
        "pciPassthru2.pciSlotNumber = \"1184\""));
    assertThat(lines(edited)).isEqualTo(expected);
  }

  @Test
  void aNewEntryForEsxi7UsesTheLongIdFormAndPrefixedIds() {
    VmxDocument doc = BindingFixtures.esxi7();
    VirtualMachine vm = VmxBinding.read(doc);
    VirtualMachine after = VirtualMachine.builder().from(vm).addPassthroughDevice(PassthroughDevice.builder()
        .index(2).present(true).id("0:102:0.0").vendorId(0x10de).deviceId(0x1aef)
        .systemId("5f3a1c2e-8b4d-9e60-7a12-3c4d5e6f7a8b").build()).build();
    VmxDocument edited = VmxBinding.apply(doc, vm, after, DEFAULTS);
    List<String> expected = new ArrayList<>(lines(doc));
    expected.addAll(41, List.of(
        "pciPassthru2.present = \"TRUE\"",
        "pciPassthru2.id = \"00000:102:00.0\"",
        "pciPassthru2.deviceId = \"0x1aef\"",
        "pciPassthru2.vendorId = \"0x10de\"",
        "pciPassthru2.systemId = \"5f3a1c2e-8b4d-9e60-7a12-3c4d5e6f7a8b\""));
    assertThat(lines(edited)).isEqualTo(expected);
    assertThat(VmxBinding.read(edited).passthroughDevices()).hasSize(3);
  }

  @Test
  void aRemovedEntryLosesEveryKeyOfItsPrefix() {
    VmxDocument doc = BindingFixtures.fixture("esxi67-db-hba.vmx");
    VirtualMachine vm = VmxBinding.read(doc);
    VmxDocument edited = VmxBinding.apply(doc, vm, vm.withPassthroughDevices(List.of()), DEFAULTS);
    List<String> expected = lines(doc).stream().filter(l -> !l.startsWith("pciPassthru0.")).toList();
    assertThat(lines(edited)).isEqualTo(expected).hasSize(lines(doc).size() - 7);
    VmxDocument gpu = BindingFixtures.fixture("esxi7-gpu-passthrough.vmx");
    VirtualMachine g = VmxBinding.read(gpu);
    VmxDocument oneLeft = VmxBinding.apply(gpu, g, g.withPassthroughDevices(List.of(g.passthrough(1).orElseThrow())),
        DEFAULTS);
    assertThat(lines(oneLeft)).contains("pciPassthru*.present = \"False\"", "pciPassthru1.present = \"TRUE\"")
        .noneMatch(l -> l.startsWith("pciPassthru0."));
  }

  @Test
  void aMovedDeviceIdIsWrittenInTheTargetsFormAndTheSameAddressIsLeftAsWritten() {
    VmxDocument doc = BindingFixtures.guide();
    VirtualMachine vm = VmxBinding.read(doc);
    VirtualMachine moved = withDevice(vm, 0, d -> PassthroughDevice.builder().from(d).id("129:0.0").build());
    assertThat(lines(VmxBinding.apply(doc, vm, moved, DEFAULTS)))
        .isEqualTo(replaced(lines(doc), 52, "pciPassthru0.id = \"129:00.0\""));
    assertThat(lines(VmxBinding.apply(doc, vm, moved, ESXI_7)))
        .isEqualTo(replaced(lines(doc), 52, "pciPassthru0.id = \"00000:129:00.0\""));
    VmxDocument hba = BindingFixtures.esxi67();
    VirtualMachine h = VmxBinding.read(hba);
    VirtualMachine same = withDevice(h, 0, d -> PassthroughDevice.builder().from(d).id("00000:066:00.0").build());
    assertThat(VmxBinding.apply(hba, h, same, DEFAULTS)).isSameAs(hba);
  }

  @Test
  void vendorAndDeviceIdsKeepTheEntrysSpelling() {
    VmxDocument guide = BindingFixtures.guide();
    VirtualMachine g = VmxBinding.read(guide);
    VirtualMachine intel = withDevice(g, 0, d -> PassthroughDevice.builder().from(d).vendorId(0x8086).build());
    assertThat(lines(VmxBinding.apply(guide, g, intel, ESXI_7)))
        .isEqualTo(replaced(lines(guide), 50, "pciPassthru0.vendorId = \"8086\""));
    VmxDocument gpu = BindingFixtures.esxi7();
    VirtualMachine v = VmxBinding.read(gpu);
    VirtualMachine other = withDevice(v, 0, d -> PassthroughDevice.builder().from(d).deviceId(0x2236).build());
    assertThat(lines(VmxBinding.apply(gpu, v, other, VmxWriteOptions.forVersion(EsxVersion.ESX_4_0))))
        .isEqualTo(replaced(lines(gpu), 32, "pciPassthru0.deviceId = \"0x2236\""));
    VirtualMachine allowed = withDevice(v, 1, d -> PassthroughDevice.builder().from(d)
        .allowedDevices(List.of(PciId.of(0x10de, 0x20b5), PciId.of(0x10de, 0x20f1))).build());
    assertThat(lines(VmxBinding.apply(gpu, v, allowed, DEFAULTS)))
        .isEqualTo(replaced(lines(gpu), 38, "pciPassthru1.allowedDevices = \"0x10de:0x20b5,0x10de:0x20f1\""));
  }

  @Test
  void aChangedReservationUpdatesEveryReservationKeyTheFileHasAndANewOneFollowsTheTarget() {
    VmxDocument gpu = BindingFixtures.esxi7();
    VirtualMachine v = VmxBinding.read(gpu);
    List<String> both = new ArrayList<>(lines(gpu));
    both.set(21, "sched.mem.min = \"32768\"");
    both.set(22, "sched.mem.minSize = \"32768\"");
    assertThat(lines(VmxBinding.apply(gpu, v, v.withMemoryReservationMb(32768), DEFAULTS))).isEqualTo(both);
    VirtualMachine none = VirtualMachine.builder().from(v).memoryReservationMb(java.util.OptionalLong.empty()).build();
    VmxDocument removed = VmxBinding.apply(gpu, v, none, DEFAULTS);
    assertThat(lines(removed)).isEqualTo(lines(gpu).stream().filter(l -> !l.startsWith("sched.mem.min")).toList());
    VirtualMachine back = VmxBinding.read(removed);
    assertThat(lines(VmxBinding.apply(removed, back, back.withMemoryReservationMb(65536), DEFAULTS)))
        .isEqualTo(inserted(lines(removed), 22, "sched.mem.min = \"65536\""));   // after sched.mem.pin
    VmxDocument esx4 = VmxTestSupport.doc("virtualHW.version = \"7\"\nmemsize = \"512\"\nsched.swap.derivedName = \"x\"\n");
    VirtualMachine e = VmxBinding.read(esx4);
    assertThat(lines(VmxBinding.apply(esx4, e, e.withMemoryReservationMb(512), DEFAULTS)))
        .containsExactly("virtualHW.version = \"7\"", "memsize = \"512\"", "sched.swap.derivedName = \"x\"",
            "sched.mem.minsize = \"512\"");
    assertThat(lines(VmxBinding.apply(esx4, e, e.withMemoryReservationMb(512), ESXI_7)))
        .endsWith("sched.mem.min = \"512\"");
  }

  @Test
  void memoryKeepsTheFilesKeySpellingAndVirtualDevicesEditTheirBlock() {
    VmxDocument gpu = BindingFixtures.esxi7();
    VirtualMachine v = VmxBinding.read(gpu);
    VirtualMachine more = VirtualMachine.builder().from(v).memoryMb(131072).build();
    assertThat(lines(VmxBinding.apply(gpu, v, more, DEFAULTS)))
        .isEqualTo(replaced(lines(gpu), 20, "memSize = \"131072\""));
    VmxDocument hba = BindingFixtures.esxi67();
    VirtualMachine h = VmxBinding.read(hba);
    List<VirtualDevice> devices = new ArrayList<>(h.virtualDevices());
    devices.replaceAll(d -> d.keyPrefix().equals("ethernet0")
        ? VirtualDevice.builder().from(d).virtualDev("e1000e").build() : d);
    devices.removeIf(d -> d.keyPrefix().equals("sound"));
    VmxDocument edited = VmxBinding.apply(hba, h, VirtualMachine.builder().from(h).virtualDevices(devices).build(),
        DEFAULTS);
    List<String> expected = new ArrayList<>(lines(hba));
    expected.set(33, "ethernet0.virtualDev = \"e1000e\"");
    expected.remove(39);
    assertThat(lines(edited)).isEqualTo(expected);
  }

  @Test
  void aDuplicatedKeyIsRewrittenOnEveryLineAndNeverDuplicated() {
    VmxDocument hba = BindingFixtures.esxi67();
    VirtualMachine h = VmxBinding.read(hba);
    List<VirtualDevice> devices = new ArrayList<>(h.virtualDevices());
    devices.replaceAll(d -> d.keyPrefix().equals("ethernet0")
        ? VirtualDevice.builder().from(d).pciSlotNumber(1216).build() : d);
    VmxDocument edited = VmxBinding.apply(hba, h, VirtualMachine.builder().from(h).virtualDevices(devices).build(),
        DEFAULTS);
    List<String> expected = new ArrayList<>(lines(hba));
    expected.set(58, "ethernet0.pciSlotNumber = \"1216\"");
    expected.set(68, "ethernet0.pciSlotNumber = \"1216\"");
    assertThat(lines(edited)).isEqualTo(expected);
  }

  @Test
  void aValueTheFilesEncodingCannotHoldIsRefusedNamingTheKey() {
    VmxDocument doc = VmxDocument.parse(
        ".encoding = \"windows-1252\"\ndisplayName = \"caf\u00e9\"\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
        "latin.vmx");
    VirtualMachine vm = VmxBinding.read(doc);
    assertThat(vm.displayName()).hasValue("caf\u00e9");
    VirtualMachine renamed = VirtualMachine.builder().from(vm).displayName("\u65e5\u672c").build();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> VmxBinding.apply(doc, vm, renamed, DEFAULTS))
        .isInstanceOf(dev.vmdp.model.VmdpException.class).hasMessageContaining("displayName");
  }

  private static VirtualMachine withDevice(VirtualMachine vm, int index, UnaryOperator<PassthroughDevice> change) {
    List<PassthroughDevice> out = new ArrayList<>(vm.passthroughDevices());
    out.replaceAll(d -> d.index() == index ? change.apply(d) : d);
    return vm.withPassthroughDevices(out);
  }

  /** The lines with 1-based line {@code n} replaced. */
  private static List<String> replaced(List<String> lines, int n, String line) {
    List<String> out = new ArrayList<>(lines);
    out.set(n - 1, line);
    return out;
  }

  /** The lines with a line inserted after 1-based line {@code n}. */
  private static List<String> inserted(List<String> lines, int n, String line) {
    List<String> out = new ArrayList<>(lines);
    out.add(n, line);
    return out;
  }
}
