package dev.vmdp.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.io.lspci.LspciReader;
import dev.vmdp.io.lspci.LspciView;
import dev.vmdp.io.passthrumap.PassthruMapDocument;
import dev.vmdp.io.vmx.VmxBinding;
import dev.vmdp.io.vmx.VmxDocument;
import dev.vmdp.model.pci.PciFunction;
import dev.vmdp.model.pci.Sriov;
import dev.vmdp.model.vm.VirtualMachine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated hosts and fleets read back as what was generated. */
class SyntheticHostsTest {
  @Test
  void lspciOutputReadsBackAsTheGeneratedFunctionsWithTheirVirtualFunctions() {
    LspciView view = LspciReader.parse(SyntheticHosts.lspci(FleetGenerator.ROOT_PORTS, 42L), "lspci.txt");
    List<PciFunction> functions = view.functions();
    assertThat(functions).hasSizeGreaterThan(200);
    assertThat(functions).anyMatch(f -> f.sriov().map(s -> s.role() == Sriov.Role.VF).orElse(false));
    assertThat(functions).anyMatch(f -> f.sriov().map(s -> s.role() == Sriov.Role.PF).orElse(false));
    assertThat(functions).anyMatch(f -> f.acs().isPresent());
  }

  @Test
  void topologyHasAtLeastTheFunctionsAsked() {
    assertThat(SyntheticHosts.topology(1000, 42L).size()).isBetween(1000, 1100);
    assertThat(SyntheticHosts.topology(1, 42L).size()).isEqualTo(1);
  }

  @Test
  void passthruMapHasNoDiagnostics() {
    assertThat(PassthruMapDocument.parse(SyntheticHosts.passthruMap(), "passthru.map").diagnostics()).isEmpty();
  }

  @Test
  void fleetVmsNameFunctionsOfTheHost(@TempDir Path dir) throws Exception {
    long bytes = FleetGenerator.write(dir, 50, 7L);
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir.resolve("vms"))) {
      files = s.filter(p -> p.toString().endsWith(".vmx")).sorted().toList();
    }
    assertThat(files).hasSize(50);
    assertThat(files.stream().mapToLong(p -> p.toFile().length()).sum()).isEqualTo(bytes);
    List<PciFunction> host = SyntheticHosts.all(FleetGenerator.ROOT_PORTS, 7L);
    int devices = 0;
    for (Path f : files) {
      VirtualMachine vm = VmxBinding.read(VmxDocument.read(f));
      for (var d : vm.presentPassthroughDevices()) {
        // vGPU and Dynamic DirectPath entries name no address; fixed ones and SR-IOV adapters do.
        if (d.address().isPresent()) {
          devices++;
          assertThat(host).anyMatch(a -> d.address().get().equals(a.address()));
        }
      }
    }
    assertThat(devices).isPositive();
    assertThat(Files.exists(dir.resolve("host/lspci-nnvvv.txt"))).isTrue();
  }
}
