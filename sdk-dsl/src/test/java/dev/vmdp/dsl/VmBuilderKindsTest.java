package dev.vmdp.dsl;

import static dev.vmdp.dsl.Vmdp.host;
import static dev.vmdp.dsl.Vmdp.toVmx;
import static dev.vmdp.dsl.Vmdp.vm;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.host.Host;
import dev.vmdp.model.vm.PassthroughDevice;
import dev.vmdp.model.vm.PassthroughKind;
import dev.vmdp.model.vm.VirtualMachine;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The DSL builds each kind of passthrough entry and writes it as ESXi does. */
class VmBuilderKindsTest {

  static final Host ESX8 = host("esx8").version("8.0U3").uuid("5f3c1c9e-7d1a-4c1e-a1d3-3cecef0a1b2c")
      .pci("0000:1a:00.1", d -> d.ids(0x8086, 0x158b).pcie())
      .pci("0000:3b:00.0", d -> d.ids(0x10de, 0x20b5).pcie())
      .build();

  @Test
  void buildsAVgpuADynamicEntryAnSriovAdapterAndAFixedDevice() {
    VirtualMachine ml = vm("ml01").hardwareVersion(21).firmware("efi").memoryMb(65536).reserveAllMemory().on(ESX8)
        .vgpu("grid_a100-40c", p -> p.pluginParameter("enable_uvm", "1"))
        .dynamic("10de:20b5")
        .sriov(ESX8.device("0000:1a:00.1"), "VM Network")
        .passthrough("0000:3b:00.0")
        .build();
    assertThat(ml.passthroughDevices()).extracting(PassthroughDevice::index).containsExactly(0, 1, 2, 31);
    assertThat(ml.passthroughDevices()).extracting(PassthroughDevice::kind).containsExactly(PassthroughKind.VGPU,
        PassthroughKind.DYNAMIC, PassthroughKind.FIXED, PassthroughKind.SRIOV);
    PassthroughDevice sriov = ml.passthrough(31).orElseThrow();
    assertThat(sriov.pfId()).hasValue("00000:026:00.1");
    assertThat(sriov.systemId()).hasValue("BYPASS");
    assertThat(ml.passthrough(0).orElseThrow().id()).isEmpty();
    assertThat(ml.passthrough(2).orElseThrow().systemId()).hasValue("5f3c1c9e-7d1a-4c1e-a1d3-3cecef0a1b2c");

    String vmx = new String(toVmx(ml, ESX8).toBytes(), StandardCharsets.UTF_8);
    assertThat(vmx).contains("pciPassthru0.vgpu = \"grid_a100-40c\"\n", "pciPassthru0.cfg.enable_uvm = \"1\"\n",
        "pciPassthru1.allowedDevices = \"0x10de:0x20b5\"\n", "pciPassthru2.id = \"00000:059:00.0\"\n",
        "pciPassthru31.pfId = \"00000:026:00.1\"\n", "pciPassthru31.systemId = \"BYPASS\"\n");
    assertThat(Vmdp.check(ESX8, ml).errors()).isEmpty();
  }
}
