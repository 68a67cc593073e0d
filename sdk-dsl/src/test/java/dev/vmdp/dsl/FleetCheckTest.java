package dev.vmdp.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.vmdp.model.VmdpException;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.Report;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A fleet check streams the files and finds what a whole check of them finds. */
class FleetCheckTest {
  @TempDir
  Path dir;

  /** An ESXi 6.7 VM with an Intel 10G port passed through, its memory reserved or not. */
  static String nic(String name, String address, boolean reserved) {
    return """
        .encoding = "UTF-8"
        config.version = "8"
        virtualHW.version = "14"
        pciBridge0.present = "TRUE"
        pciBridge4.present = "TRUE"
        pciBridge4.virtualDev = "pcieRootPort"
        pciBridge4.functions = "8"
        memSize = "4096"
        displayName = "%s"
        guestOS = "rhel7-64"
        %spciPassthru0.id = "%s"
        pciPassthru0.deviceId = "0x10fb"
        pciPassthru0.vendorId = "0x8086"
        pciPassthru0.systemId = "5f3c1c9e-7d1a-4c1e-a1d3-3cecef0a1b2c"
        pciPassthru0.present = "TRUE"
        pciBridge0.pciSlotNumber = "17"
        pciBridge4.pciSlotNumber = "21"
        pciPassthru0.pciSlotNumber = "192"
        """.formatted(name, reserved ? "sched.mem.min = \"4096\"\nsched.mem.minSize = \"4096\"\n" : "", address);
  }

  static final String IDLE = """
      .encoding = "UTF-8"
      config.version = "8"
      virtualHW.version = "14"
      memSize = "2048"
      displayName = "idle"
      guestOS = "rhel7-64"
      """;

  private Path fleet() throws Exception {
    Files.createDirectories(dir.resolve("ds1/fw02"));
    Files.createDirectories(dir.resolve("ds1/idle"));
    Files.writeString(dir.resolve("ds1/fw02/fw02.vmx"), nic("fw02", "0000:04:00.0", true));
    Files.writeString(dir.resolve("ds1/idle/idle.vmx"), IDLE);
    Files.writeString(dir.resolve("fw01.vmx"), nic("fw01", "0000:04:00.0", false));
    Files.writeString(dir.resolve("fw03.vmx"), nic("fw03", "0000:05:00.0", false));
    Files.writeString(dir.resolve("notes.txt"), "not a VM");
    return dir;
  }

  private static List<String> keys(List<Finding> findings) {
    return findings.stream().map(f -> f.ruleId() + " " + f.severity() + " " + f.subject() + " "
        + f.location().map(Object::toString).orElse("-") + " " + f.facts()).sorted().toList();
  }

  @Test
  void findsWhatAWholeCheckFindsAndDeliversTheFilesInPathOrder() throws Exception {
    Path root = fleet();
    Report whole = Workspace.create().hostVersion("6.7").vmx(root).check();

    List<FleetCheck.FileResult> results = new ArrayList<>();
    FleetCheck.Summary s = Workspace.create().hostVersion("6.7").fleet().threads(2).run(List.of(root), results::add);

    assertThat(results).extracting(FleetCheck.FileResult::path).containsExactly(
        root.resolve("ds1/fw02/fw02.vmx"), root.resolve("ds1/idle/idle.vmx"), root.resolve("fw01.vmx"),
        root.resolve("fw03.vmx"));
    List<Finding> streamed = new ArrayList<>();
    results.forEach(r -> streamed.addAll(r.report().findings()));
    streamed.addAll(s.allVms().findings());
    assertThat(keys(streamed)).isEqualTo(keys(whole.findings())).isNotEmpty();
    // VMDP207 compares files: fw01 and fw02 want one port; it comes at the end, from the kept facts.
    assertThat(s.allVms().findings()).extracting(Finding::ruleId).contains("VMDP207");
    assertThat(results.get(2).report().findings()).extracting(Finding::ruleId).contains("VMDP305");
    assertThat(s.files()).isEqualTo(4);
    assertThat(s.failed()).isFalse();
    assertThat(s.inputs()).containsExactly(root.resolve("ds1/fw02/fw02.vmx").toString(),
        root.resolve("ds1/idle/idle.vmx").toString(), root.resolve("fw01.vmx").toString(),
        root.resolve("fw03.vmx").toString());
  }

  @Test
  @Timeout(60) // a thread waiting for a file no thread checks would hang here
  void everyNumberOfThreadsFindsTheSameInPathOrder() throws Exception {
    // More files than the window holds for one thread (16), so it fills, drains to half and fills
    // again; with one thread the calling thread checks every file itself.
    for (int i = 0; i < 40; i++) {
      Path vm = dir.resolve(String.format("ds%d/vm%02d/vm%02d.vmx", i % 3, i, i));
      Files.createDirectories(vm.getParent());
      Files.writeString(vm, i % 4 == 0 ? IDLE : nic("vm" + i, "0000:0" + (4 + i % 5) + ":00.0", i % 2 == 0));
    }
    List<List<String>> byThreads = new ArrayList<>();
    List<Path> order = null;
    for (int threads : new int[] {1, 2, 5}) {
      List<FleetCheck.FileResult> results = new ArrayList<>();
      FleetCheck.Summary s = Workspace.create().hostVersion("6.7").fleet().threads(threads).run(List.of(dir), results::add);
      List<Path> paths = results.stream().map(FleetCheck.FileResult::path).toList();
      assertThat(paths).hasSize(40).isSorted();
      if (order != null) {
        assertThat(paths).isEqualTo(order);
      }
      order = paths;
      List<Finding> all = new ArrayList<>();
      results.forEach(r -> all.addAll(r.report().findings()));
      all.addAll(s.allVms().findings());
      byThreads.add(keys(all));
    }
    assertThat(byThreads.get(0)).anyMatch(k -> k.startsWith("VMDP207")).anyMatch(k -> k.startsWith("VMDP305"));
    assertThat(byThreads).allSatisfy(k -> assertThat(k).isEqualTo(byThreads.get(0)));
    assertThatThrownBy(() -> Workspace.create().fleet().threads(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFileThatCannotBeReadIsItsOwnErrorAndTheOthersAreChecked() throws Exception {
    Path root = fleet();
    Files.write(root.resolve("ds1/huge.vmx"), new byte[17 * 1024 * 1024]);
    Files.createSymbolicLink(root.resolve("ds1/gone.vmx"), root.resolve("nowhere.vmx"));
    boolean fifo = new ProcessBuilder("mkfifo", root.resolve("ds1/pipe.vmx").toString()).start().waitFor() == 0;
    assumeThat(fifo).as("mkfifo is needed to make a FIFO").isTrue();

    List<FleetCheck.FileResult> results = new ArrayList<>();
    FleetCheck.Summary s = Workspace.create().hostVersion("6.7").fleet().run(List.of(root), results::add);

    assertThat(results).filteredOn(r -> r.error().isPresent()).extracting(FleetCheck.FileResult::path)
        .containsExactly(root.resolve("ds1/gone.vmx"), root.resolve("ds1/huge.vmx"), root.resolve("ds1/pipe.vmx"));
    assertThat(results).filteredOn(r -> r.error().isPresent())
        .allSatisfy(r -> assertThat(r.error().get().getMessage()).contains(r.path().toString()));
    assertThat(results).filteredOn(r -> r.error().isEmpty()).hasSize(4);
    assertThat(s.failedFiles()).isEqualTo(3);
    assertThat(s.failed()).isTrue();
    assertThat(s.allVms().findings()).extracting(Finding::ruleId).contains("VMDP207");
  }

  @Test
  void aFolderWithoutVmxFilesIsAnErrorNotACleanCheck() throws Exception {
    Files.createDirectories(dir.resolve("empty"));
    List<FleetCheck.FileResult> results = new ArrayList<>();
    FleetCheck.Summary s = Workspace.create().fleet().run(List.of(dir.resolve("empty")), results::add);
    assertThat(results).singleElement().satisfies(r ->
        assertThat(r.error()).get().extracting(Throwable::getMessage).asString().contains("no .vmx file below"));
    assertThat(s.failed()).isTrue();
  }

  @Test
  void fixSavesFileByFileAndTheReportIsOfTheFixedFiles() throws Exception {
    Path root = fleet();
    byte[] fw02 = Files.readAllBytes(root.resolve("ds1/fw02/fw02.vmx"));
    List<FleetCheck.FileResult> results = new ArrayList<>();
    FleetCheck.Summary s = Workspace.create().hostVersion("6.7").fleet().fix(f -> f.ruleId().equals("VMDP305"))
        .run(List.of(root), results::add);

    FleetCheck.FileResult fw01 = results.get(2);
    assertThat(fw01.saved()).isTrue();
    assertThat(fw01.applied()).extracting(a -> a.finding().ruleId()).containsExactly("VMDP305");
    assertThat(fw01.diff()).contains("+sched.mem.min = \"4096\"");
    assertThat(fw01.report().findings()).extracting(Finding::ruleId).doesNotContain("VMDP305");
    assertThat(Files.readString(root.resolve("fw01.vmx"), StandardCharsets.UTF_8)).contains("sched.mem.min = \"4096\"");
    assertThat(root.resolve("fw01.vmx.bak")).hasContent(nic("fw01", "0000:04:00.0", false));
    assertThat(results.get(0).saved()).isFalse();
    assertThat(Files.readAllBytes(root.resolve("ds1/fw02/fw02.vmx"))).isEqualTo(fw02);
    assertThat(s.applied()).isEmpty();
  }

  @Test
  void aDryRunGivesTheDiffsAndWritesNothing() throws Exception {
    Path root = fleet();
    List<FleetCheck.FileResult> results = new ArrayList<>();
    Workspace.create().hostVersion("6.7").fleet().fix(f -> true).dryRun(true).run(List.of(root), results::add);
    assertThat(results.get(2).diff()).contains("+sched.mem.min = \"4096\"");
    assertThat(results).noneMatch(FleetCheck.FileResult::saved);
    assertThat(root.resolve("fw01.vmx")).hasContent(nic("fw01", "0000:04:00.0", false));
    assertThat(root.resolve("fw01.vmx.bak")).doesNotExist();
  }

  @Test
  void theFileOfARunningVmIsNotOverwrittenAndIsThatFilesError() throws Exception {
    Path root = fleet();
    Path lock = Files.createDirectory(root.resolve("fw01.vmx.lck"));
    List<FleetCheck.FileResult> results = new ArrayList<>();
    FleetCheck.Summary s = Workspace.create().hostVersion("6.7").fleet().fix(f -> true).run(List.of(root), results::add);
    FleetCheck.FileResult fw01 = results.get(2);
    assertThat(fw01.saved()).isFalse();
    assertThat(fw01.error()).get().extracting(Throwable::getMessage).asString().contains("fw01.vmx");
    // The report is of the file as it is on disk, unfixed.
    assertThat(fw01.report().findings()).extracting(Finding::ruleId).contains("VMDP305");
    assertThat(root.resolve("fw01.vmx")).hasContent(nic("fw01", "0000:04:00.0", false));
    assertThat(results.get(3).saved()).isTrue();
    assertThat(s.failedFiles()).isEqualTo(1);
    Files.delete(lock);
  }

  /** A port of an 82576 below root port 00:03.0, without FLR, that resets through D3 -> D0 (NoSoftRst-). */
  private static String port(int function) {
    return """
        04:00.%d Ethernet controller [0200]: Intel Corporation 82576 Gigabit Network Connection [8086:10c9] (rev 01)
        	Capabilities: [40] Power Management version 3
        		Flags: PMEClk- DSI+ D1- D2- AuxCurrent=0mA PME(D0+,D1-,D2-,D3hot+,D3cold+)
        		Status: D0 NoSoftRst- PME-Enable- DSel=0 DScale=1 PME-
        	Capabilities: [a0] Express (v2) Endpoint, MSI 00
        		DevCap:	MaxPayload 512 bytes, PhantFunc 0, Latency L0s <512ns, L1 <64us
        			ExtTag- AttnBtn- AttnInd- PwrInd- RBE+ FLReset-

        """.formatted(function);
  }

  @Test
  void aMapFixWaitsForTheEndAndIsSaved() throws Exception {
    Files.writeString(dir.resolve("fw01.vmx"), nic("fw01", "0000:04:00.0", true).replace("0x10fb", "0x10c9"));
    Path lspci = Files.writeString(dir.resolve("lspci.txt"), """
        00:03.0 PCI bridge [0604]: Intel Corporation Xeon E5 v3 PCI Express Root Port 3 [8086:2f08] (rev 02)
        	Bus: primary=00, secondary=04, subordinate=04, sec-latency=0
        	Capabilities: [90] Express (v2) Root Port (Slot-), MSI 00
        		DevCap:	MaxPayload 256 bytes, PhantFunc 0
        			ExtTag- RBE+

        """ + port(0) + port(1));
    Path map = Files.writeString(dir.resolve("passthru.map"), "# vendor device resetMethod fptShareable\n");
    Workspace ws = Workspace.create().hostVersion("6.7").lspci(lspci).map(map);
    FleetCheck.Summary s = ws.fleet().fix(f -> f.ruleId().equals("VMDP406"))
        .run(List.of(dir.resolve("fw01.vmx")), r -> { });

    assertThat(s.applied()).extracting(a -> a.finding().ruleId()).containsExactly("VMDP406");
    assertThat(s.saved()).containsExactly(map);
    assertThat(Files.readString(map, StandardCharsets.UTF_8)).contains("8086", "10c9", "d3d0");
    assertThat(s.diff()).contains("+8086");
    assertThat(s.allVms().assumptions()).anyMatch(n -> n.contains("passthru.map was fixed"));
    assertThat(s.allVms().findings()).extracting(Finding::ruleId).doesNotContain("VMDP406");
    assertThat(s.inputs()).containsExactly(dir.resolve("fw01.vmx").toString(), lspci.toString(), map.toString());
  }

  @Test
  void aWorkspaceWithVmsOrRunTwiceIsRefused() throws Exception {
    Path root = fleet();
    assertThatThrownBy(() -> Workspace.create().vmx(root.resolve("fw01.vmx")).fleet())
        .isInstanceOf(VmdpException.class).hasMessageContaining("must hold no VM");
    FleetCheck check = Workspace.create().fleet();
    check.run(List.of(root.resolve("fw01.vmx")), r -> { });
    assertThatThrownBy(() -> check.run(List.of(root.resolve("fw01.vmx")), r -> { }))
        .isInstanceOf(IllegalStateException.class);
  }
}
