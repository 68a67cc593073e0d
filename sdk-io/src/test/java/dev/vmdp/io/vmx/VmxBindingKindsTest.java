package dev.vmdp.io.vmx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciId;
import dev.vmdp.model.vm.PassthroughDevice;
import dev.vmdp.model.vm.PassthroughKind;
import dev.vmdp.model.vm.VirtualMachine;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The binding reads each of the four kinds of passthrough entry, keeps its bytes, and edits it minimally. */
class VmxBindingKindsTest {

  static final String VGPU = """
      .encoding = "UTF-8"
      virtualHW.version = "21"
      firmware = "efi"
      chipset.motherboardLayout = "acpi"
      pciBridge0.present = "TRUE"
      pciBridge0.virtualDev = "pciRootBridge"
      memSize = "16384"
      pciPassthru0.present = "TRUE"
      pciPassthru0.vgpu = "grid_t4-4q"
      pciPassthru0.cfg.enable_uvm = "1"
      pciPassthru0.cfg.Enable_Profiling = "1"
      """;

  static final String SRIOV = """
      virtualHW.version = "21"
      pciPassthru31.present = "TRUE"
      pciPassthru31.pfId = "00000:026:00.1"
      pciPassthru31.id = "00000:026:00.1"
      pciPassthru31.deviceId = "0"
      pciPassthru31.vendorId = "0"
      pciPassthru31.systemId = "BYPASS"
      pciPassthru31.dvs.portgroupId = "dvportgroup-1031"
      pciPassthru31.addressType = "generated"
      pciPassthru31.generatedAddress = "00:50:56:9a:31:01"
      hypervisor.cpuid.v0 = "FALSE"
      """;

  static VmxDocument doc(String text, String name) {
    return VmxDocument.parse(text.getBytes(StandardCharsets.UTF_8), name);
  }

  @Test
  void readsAVgpuWithItsPluginParametersAndTheAcpiLayout() {
    VirtualMachine vm = VmxBinding.read(doc(VGPU, "vdi01.vmx"));
    PassthroughDevice d = vm.passthrough(0).orElseThrow();
    assertThat(d.kind()).isEqualTo(PassthroughKind.VGPU);
    assertThat(d.vgpuProfile()).hasValue("grid_t4-4q");
    assertThat(d.pluginParameters().keySet()).containsExactly("enable_uvm", "Enable_Profiling");
    assertThat(d.pluginParameters().values()).containsExactly("1", "1");
    assertThat(d.id()).isEmpty();
    assertThat(vm.acpiMotherboardLayout()).isTrue();
    assertThat(vm.sourceOf("pciPassthru0.cfg.enable_uvm")).isPresent();
  }

  @Test
  void readsAnSriovAdapterAsVcenterWritesIt() {
    VirtualMachine vm = VmxBinding.read(doc(SRIOV, "nfv01.vmx"));
    PassthroughDevice d = vm.passthrough(31).orElseThrow();
    assertThat(d.kind()).isEqualTo(PassthroughKind.SRIOV);
    assertThat(d.pfAddress()).hasValue(PciAddress.parse("0000:1a:00.1"));
    assertThat(d.portgroupId()).hasValue("dvportgroup-1031");
    assertThat(d.addressType()).hasValue("generated");
    assertThat(d.generatedAddress()).hasValue("00:50:56:9a:31:01");
    assertThat(d.vendorId()).hasValue(0);
    assertThat(vm.hypervisorCpuidV0()).hasValue(false);
  }

  @Test
  void readsDynamicAndFixedEntries() {
    VirtualMachine vm = VmxBinding.read(doc("""
        pciPassthru0.present = "TRUE"
        pciPassthru0.allowedDevices = "0x10de:0x20b5"
        pciPassthru1.present = "TRUE"
        pciPassthru1.id = "00000:059:00.0"
        """, "mixed.vmx"));
    assertThat(vm.passthroughDevices()).extracting(PassthroughDevice::kind)
        .containsExactly(PassthroughKind.DYNAMIC, PassthroughKind.FIXED);
    assertThat(vm.passthrough(0).orElseThrow().allowedDevices()).containsExactly(PciId.of(0x10de, 0x20b5));
  }

  @Test
  void roundTripsEveryKindByteForByteAndEditsOnlyTheChangedLine() {
    for (String text : List.of(VGPU, SRIOV)) {
      VmxDocument d = doc(text, "x.vmx");
      assertThat(new String(d.toBytes(), StandardCharsets.UTF_8)).isEqualTo(text);
      VirtualMachine vm = VmxBinding.read(d);
      assertThat(VmxBinding.apply(d, vm, vm, VmxWriteOptions.defaults())).isSameAs(d);
    }
    VmxDocument d = doc(VGPU, "vdi01.vmx");
    VirtualMachine vm = VmxBinding.read(d);
    PassthroughDevice old = vm.passthrough(0).orElseThrow();
    PassthroughDevice changed = PassthroughDevice.builder().from(old).vgpuProfile("grid_t4-8q")
        .pluginParameters(Map.of("enable_uvm", "0")).build();
    String edited = new String(VmxBinding.apply(d, vm, vm.withPassthroughDevices(List.of(changed)),
        VmxWriteOptions.defaults()).toBytes(), StandardCharsets.UTF_8);
    assertThat(edited).isEqualTo(VGPU.replace("grid_t4-4q", "grid_t4-8q").replace("enable_uvm = \"1\"", "enable_uvm = \"0\"")
        .replace("pciPassthru0.cfg.Enable_Profiling = \"1\"\n", ""));
  }

  @Test
  void writesANewSriovAdapterInVcentersForms() {
    VirtualMachine vm = VirtualMachine.builder().name("nfv02").hardwareVersion(21)
        .addPassthroughDevice(PassthroughDevice.builder().index(31).present(true).pfId("00000:026:00.1")
            .id("00000:026:00.1").vendorId(0).deviceId(0).systemId(PassthroughDevice.BYPASS)
            .networkName("VM Network").addressType("generated").build())
        .build();
    String written = new String(VmxBinding.write(vm, VmxWriteOptions.defaults()).toBytes(), StandardCharsets.UTF_8);
    assertThat(written).contains("pciPassthru31.pfId = \"00000:026:00.1\"\n", "pciPassthru31.vendorId = \"0\"\n",
        "pciPassthru31.deviceId = \"0\"\n", "pciPassthru31.systemId = \"BYPASS\"\n",
        "pciPassthru31.networkName = \"VM Network\"\n");
    assertThat(VmxBinding.read(VmxDocument.parse(written.getBytes(StandardCharsets.UTF_8), "nfv02.vmx"))
        .passthrough(31).orElseThrow().kind()).isEqualTo(PassthroughKind.SRIOV);
  }
}
