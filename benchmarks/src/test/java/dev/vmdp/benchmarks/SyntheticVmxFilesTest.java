package dev.vmdp.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.io.vmx.VmxBinding;
import dev.vmdp.io.vmx.VmxDocument;
import dev.vmdp.model.Diagnostic;
import dev.vmdp.model.Severity;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.model.pci.PciFunction;
import dev.vmdp.model.vm.VirtualMachine;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generated fleet has the mix of issue #20, and vmdp reads every file of it. */
class SyntheticVmxFilesTest {
  private static final int COUNT = 2_000;
  private static List<PciFunction> host;
  private static List<byte[]> files;
  private static List<VmxDocument> docs;

  @BeforeAll
  static void generate() {
    host = SyntheticHosts.all(FleetGenerator.ROOT_PORTS, 42L);
    files = SyntheticVmxFiles.generate(COUNT, 42L, host);
    docs = new ArrayList<>();
    for (int i = 0; i < COUNT; i++) {
      docs.add(VmxDocument.parse(files.get(i), "vm-" + i + ".vmx"));
    }
  }

  @Test
  void sizesAndLineCountsAreThoseOfRealFiles() {
    int[] sizes = files.stream().mapToInt(b -> b.length).sorted().toArray();
    assertThat(sizes[0]).isGreaterThanOrEqualTo(2 * 1024);
    assertThat(sizes[COUNT - 1]).isLessThanOrEqualTo(12 * 1024);
    assertThat(sizes[COUNT / 2]).as("median").isBetween(4_600, 5_900);
    assertThat(sizes[COUNT / 10]).as("10th percentile").isLessThan(3_600);
    assertThat(sizes[COUNT * 9 / 10]).as("90th percentile").isGreaterThan(9_500);
    assertThat(Arrays.stream(sizes).average().orElseThrow()).as("mean").isBetween(5_800.0, 7_500.0);
    int[] lines = docs.stream().mapToInt(VmxDocument::lineCount).sorted().toArray();
    assertThat(lines[0]).isGreaterThanOrEqualTo(80);
    assertThat(lines[COUNT - 1]).isBetween(250, 380);
  }

  @Test
  void holdsBothStylesEncodingsAndLineEndings() {
    long esxi = docs.stream().filter(d -> d.get("vc.uuid").isPresent()).count();
    long workstation = docs.stream().filter(d -> "hosted".equals(d.get("virtualHW.productCompatibility").orElse(""))).count();
    assertThat(esxi).isBetween(COUNT * 85L / 100, COUNT * 95L / 100);
    assertThat(workstation).isEqualTo(COUNT - esxi);
    assertThat(docs.stream().filter(d -> d.charset().name().equals("windows-1252")).count()).isGreaterThan(10);
    assertThat(docs.stream().filter(d -> d.charset().name().equals("GBK")).count()).isGreaterThan(5);
    assertThat(files.stream().filter(b -> new String(b, 0, 17, StandardCharsets.ISO_8859_1).equals("#!/usr/bin/vmware")).count())
        .isGreaterThan(5);
    long crlf = files.stream().filter(b -> new String(b, StandardCharsets.ISO_8859_1).contains("\r\n")).count();
    assertThat(crlf).isBetween(20L, COUNT / 10L);
  }

  @Test
  void holdsPassthroughOfTheFourKindsNamingTheHost() {
    Set<PciAddress> addresses = host.stream().map(PciFunction::address).collect(Collectors.toSet());
    int fixed = 0;
    int vgpu = 0;
    int dynamic = 0;
    int sriov = 0;
    for (VmxDocument d : docs) {
      if (d.get("pciPassthru0.id").isPresent()) {
        fixed++;
        assertThat(addresses).contains(PciAddress.parseVmx(d.get("pciPassthru0.id").orElseThrow()));
        assertThat(d.get("pciPassthru0.vendorId")).isPresent();
      }
      if (d.get("pciPassthru0.vgpu").isPresent()) {
        vgpu++;
        assertThat(d.get("pciPassthru0.vgpu").orElseThrow()).startsWith("grid_t4-");
        assertThat(d.get("pciPassthru0.id")).isEmpty();
        assertThat(d.keysWithPrefix("pciPassthru0.cfg.")).isNotEmpty();
      }
      if (d.get("pciPassthru0.allowedDevices").isPresent()) {
        dynamic++;
        assertThat(d.get("pciPassthru0.allowedDevices").orElseThrow()).isEqualTo("0x10de:0x1eb8");
        assertThat(Integer.parseInt(d.get("virtualHW.version").orElseThrow())).isGreaterThanOrEqualTo(17);
      }
      if (d.get("pciPassthru31.pfId").isPresent()) {
        sriov++;
        assertThat(addresses).contains(PciAddress.parseVmx(d.get("pciPassthru31.pfId").orElseThrow()));
        assertThat(d.get("pciPassthru31.systemId")).contains("BYPASS");
        assertThat(d.get("pciPassthru31.vendorId")).contains("0");
      }
    }
    assertThat(fixed).as("fixed").isGreaterThan(COUNT / 10);
    assertThat(vgpu).as("vGPU").isGreaterThan(COUNT / 50);
    assertThat(dynamic).as("Dynamic DirectPath").isGreaterThan(COUNT / 50);
    assertThat(sriov).as("SR-IOV").isGreaterThan(COUNT / 50);
  }

  @Test
  void holdsLongEscapedGuestinfoPayloadsAndTheGuestsIdentity() {
    long appInfo = docs.stream().filter(d -> d.get("guestinfo.appInfo").isPresent()).count();
    assertThat(appInfo).isGreaterThan(COUNT / 3);
    VmxDocument d = docs.stream().filter(x -> x.get("guestinfo.appInfo").orElse("").length() > 3_000).findFirst()
        .orElseThrow();
    assertThat(d.get("guestinfo.appInfo").orElseThrow()).startsWith("{\n\"version\":\"1\"").contains("\"applications\":[");
    assertThat(docs.stream().filter(x -> x.get("guestInfo.detailed.data").orElse("").startsWith("architecture='X86'"))
        .count()).isEqualTo(COUNT);
  }

  @Test
  void everyFileReadsBackAndOnlyTheDamagedOnesHaveErrors() {
    int damaged = 0;
    for (int i = 0; i < COUNT; i++) {
      VirtualMachine vm = VmxBinding.read(docs.get(i));
      List<Diagnostic> errors = vm.diagnostics().stream().filter(x -> x.severity() == Severity.ERROR).toList();
      assertThat(docs.get(i).toBytes()).as("vm-%d round trip", i).isEqualTo(files.get(i));
      if (SyntheticVmxFiles.damaged(i)) {
        damaged++;
        assertThat(errors).as("vm-%d", i).isNotEmpty().allMatch(x -> x.ruleId().equals("VMDP605"));
      } else {
        assertThat(errors).as("vm-%d", i).isEmpty();
      }
    }
    assertThat(damaged).isEqualTo(COUNT / SyntheticVmxFiles.DAMAGED_EVERY);
  }

  @Test
  void theSameSeedGivesTheSameBytes() {
    List<byte[]> again = SyntheticVmxFiles.generate(50, 42L, host);
    for (int i = 0; i < 50; i++) {
      assertThat(again.get(i)).isEqualTo(files.get(i));
    }
    assertThat(SyntheticVmxFiles.generate(5, 43L, host).get(0)).isNotEqualTo(files.get(0));
  }
}
