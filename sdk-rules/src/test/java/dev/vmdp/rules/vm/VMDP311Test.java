package dev.vmdp.rules.vm;

import static dev.vmdp.rules.vm.VmRuleTesting.check;
import static dev.vmdp.rules.vm.VmRuleTesting.entry;
import static dev.vmdp.rules.vm.VmRuleTesting.vm;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.io.lspci.LspciReader;
import dev.vmdp.model.SourceRef;
import dev.vmdp.model.host.EsxVersion;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.fixtures.Fixtures;
import org.junit.jupiter.api.Test;

class VMDP311Test {
  private final LargeBarsWithout64bitMmio rule = new LargeBarsWithout64bitMmio();

  /** A Tesla P40 (32 GB BAR 1) as Linux lspci -nn -vvv shows it, abridged. */
  private static final String P40 = """
      42:00.0 3D controller [0302]: NVIDIA Corporation GP102GL [Tesla P40] [10de:1b38] (rev a1)
      \tSubsystem: NVIDIA Corporation Device [10de:11d9]
      \tControl: I/O- Mem+ BusMaster+ SpecCycle- MemWINV- VGASnoop- ParErr- Stepping- SERR- FastB2B- DisINTx+
      \tRegion 0: Memory at d4000000 (32-bit, non-prefetchable) [size=16M]
      \tRegion 1: Memory at 3b800000000 (64-bit, prefetchable) [size=32G]
      \tRegion 3: Memory at 3b7fe000000 (64-bit, prefetchable) [size=32M]
      \tCapabilities: [60] Power Management version 3
      \t\tFlags: PMEClk- DSI- D1- D2- AuxCurrent=0mA PME(D0+,D1-,D2-,D3hot+,D3cold-)
      \t\tStatus: D0 NoSoftRst+ PME-Enable- DSel=0 DScale=0 PME-
      \tCapabilities: [78] Express (v2) Endpoint, MSI 00
      \t\tDevCap:\tMaxPayload 256 bytes, PhantFunc 0, Latency L0s unlimited, L1 <64us
      \t\t\tExtTag+ AttnBtn- AttnInd- PwrInd- RBE+ FLReset- SlotPowerLimit 75.000W
      \tKernel driver in use: nvidia
      """;

  private static Host gpuHost() {
    return Fixtures.guideHost().withVersion(EsxVersion.ESX_8_0)
        .withTopology(LspciReader.parse(P40, "gpu-lspci.txt").topology());
  }

  private static VirtualMachine.Builder gpuVm() {
    return vm("gpu", 20).firmware("efi").addPassthroughDevice(entry(0, "00000:066:00.0", 0x10de, 0x1b38, 2208))
        .putSource("pcipassthru0.present", SourceRef.of("gpu.vmx", 30));
  }

  @Test
  void positive_32GbBarWithout64bitMmio() {
    assertThat(check(rule, gpuHost(), gpuVm().build())).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("VMDP311");
      assertThat(f.facts()).containsEntry("totalBarBytes", String.valueOf((32L << 30) + (48L << 20)))
          .containsEntry("limitBytes", String.valueOf(16L << 30)).containsEntry("use64bitMMIO", "absent")
          .containsEntry("efi", "true");
      assertThat(f.facts().get("devices")).startsWith("pciPassthru0=0000:42:00.0:");
      assertThat(f.message()).isEqualTo("passthrough BARs total 32.05 GB (above 16 GB) without pciPassthru.use64bitMMIO = \"TRUE\"");
      assertThat(f.location()).hasValue(SourceRef.of("gpu.vmx", 30));
    });
    VirtualMachine off = gpuVm().use64bitMmio(false).putSource("pcipassthru.use64bitmmio", SourceRef.of("gpu.vmx", 12))
        .build();
    assertThat(check(rule, gpuHost(), off)).singleElement().satisfies(f -> {
      assertThat(f.facts()).containsEntry("use64bitMMIO", "FALSE");
      assertThat(f.location()).hasValue(SourceRef.of("gpu.vmx", 12));
    });
  }

  @Test
  void negative_64bitMmioOnSmallBarsOrUnknownSizes() {
    assertThat(check(rule, gpuHost(), gpuVm().use64bitMmio(true).mmioSizeGb(64).build())).isEmpty();
    // the Tesla T4 of the server fixture: 16M + 256M + 32M
    VirtualMachine t4 = vm("t4", 14).addPassthroughDevice(entry(0, "01:00.0", 0x10de, 0x1eb8, 160)).build();
    assertThat(check(rule, Fixtures.server(), t4)).isEmpty();
    assertThat(check(rule, Fixtures.guideHost(), gpuVm().build())).as("host has no such function").isEmpty();
  }
}
