package dev.vmdp.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vmdp check} and {@code vmdp plan} with the host's files the way ESXi gives them (issue
 * #17): {@code esxcli hardware pci list} alone, a folder of a host's files, a vm-support bundle
 * made here with commons-compress. The host is esx03 (test resources {@code esx03}: an ESXi 7.0 U3
 * host laid out as a vm-support bundle lays out its files: {@code commands/} outputs named as
 * vm-support names them, {@code etc/vmware/}, {@code var/run/log/}, the VMs under
 * {@code vmfs/volumes/}); ml01 has the T4 GPU in passthrough, ml02 an X710 port the VMkernel keeps.
 */
class HostInputsCommandTest {
  @TempDir
  Path dir;

  private final CliTestSupport cli = new CliTestSupport();

  static Path esx03() {
    try {
      return Path.of(HostInputsCommandTest.class.getResource("esx03").toURI());
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

  static Path pciList() {
    return esx03().resolve("commands/localcli_hardware-pci-list.txt");
  }

  /** esx03's files as a vm-support bundle, under the top folder vm-support names. */
  Path bundle() throws IOException {
    Path tgz = dir.resolve("esx-esx03-2024-05-02--10.14-2101441.tgz");
    Path root = esx03();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(Files.newOutputStream(tgz)));
        Stream<Path> files = Files.walk(root)) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
        TarArchiveEntry e = new TarArchiveEntry("esx-esx03-2024-05-02--10.14-2101441/"
            + root.relativize(p).toString().replace('\\', '/'));
        byte[] bytes = Files.readAllBytes(p);
        e.setSize(bytes.length);
        tar.putArchiveEntry(e);
        tar.write(bytes);
        tar.closeArchiveEntry();
      }
    }
    return tgz;
  }

  @Test
  void planWorksFromEsxcliOutputAlone() {
    // Reported: "vmdp plan needs the host's lspci output" although esxcli gives it all.
    assertThat(cli.vmdp("plan", "--pci-list", pciList().toString(), "--assign", "ml01=0000:3b:00.0"))
        .as(cli.err()).isEqualTo(ExitCode.OK);
    assertThat(cli.out()).contains("  0000:3b:00.0  bridge  host reports bridge (esxcli Reset Method)")
        .contains("  0000:18:00.0  flr     host reports flr (esxcli Reset Method)")
        .contains("vm ml01: 0000:3b:00.0").contains("feasible as planned")
        .doesNotContain("parent bridge not known");
  }

  @Test
  void anInfeasiblePlanIsAnErrorInPlainWordsAndExitsOne() {
    // Reported: "not feasible as planned", then "0 errors", exit 0.
    assertThat(cli.vmdp("plan", "--pci-list", pciList().toString(), "--assign", "ml01=0000:3b:00.0",
        "--assign", "ml02=0000:3b:00.0")).isEqualTo(ExitCode.FINDINGS);
    assertThat(cli.out()).contains("conflict: 0000:3b:00.0 is wanted by ml01 and ml02")
        .contains("VMDP207").contains("0000:3b:00.0 is wanted by ml01 and ml02: one host device can be given to one VM only")
        .doesNotContain("0 errors").doesNotContain("resets no other function");
  }

  @Test
  void checkWorksFromAFolderWithEsxcliOutputAlone() throws IOException {
    Path host = Files.createDirectories(dir.resolve("esx03"));
    Files.copy(pciList(), host.resolve("pci.txt"));
    Files.copy(esx03().resolve("vmfs/volumes/datastore1/ml02/ml02.vmx"), host.resolve("ml02.vmx"));
    assertThat(cli.vmdp("check", "--esx", "7.0U3", "--host", host.toString())).as(cli.err()).isEqualTo(ExitCode.FINDINGS);
    assertThat(cli.out()).contains("VMDP204").contains("host device 0000:18:00.0 is not enabled for passthrough")
        .contains("ml02.vmx");
  }

  @Test
  void checkOfABundleChecksTheVmsInsideAgainstTheHostInIt() throws IOException {
    Path tgz = bundle();
    assertThat(cli.vmdp("check", "--host", tgz.toString())).as(cli.err()).isEqualTo(ExitCode.FINDINGS);
    String out = cli.out();
    // ml02's X710 port is the VMkernel's (esxcli, esx.conf and pcipassthru list agree); ml01's T4 is fine.
    assertThat(out).contains("VMDP204").contains("0000:18:00.0 is not enabled for passthrough")
        .contains(tgz + "/esx-esx03-2024-05-02--10.14-2101441/vmfs/volumes/datastore1/ml02/ml02.vmx");
    // ml01's vmware.log in the bundle reaches the log rules.
    assertThat(out).contains("VMDP707").contains("caused an IOMMU fault");
    // The version came from commands/vmware_-vl.txt: nothing was assumed.
    assertThat(out).doesNotContain("host version not given");
  }

  @Test
  void aBundleCannotBeSavedAndFixSaysSo() throws IOException {
    Path tgz = bundle();
    cli.vmdp("check", "--fix", "--host", tgz.toString());
    assertThat(cli.out()).satisfiesAnyOf(
        o -> assertThat(o).contains("No fix to apply."),
        o -> assertThat(o).contains("not saved: " + tgz + " is a vm-support bundle, which vmdp does not write"));
    assertThat(cli.err()).doesNotContain("held in memory only");
  }

  @Test
  void lspciRefusesEsxcliOutput() {
    assertThat(cli.vmdp("check", "--lspci", pciList().toString())).isEqualTo(ExitCode.USAGE);
    assertThat(cli.err()).isEqualTo(pciList() + ":1:1: not lspci output: this is esxcli hardware pci list output\n");
    Path lspciP = esx03().resolve("commands/lspci_-p.txt");
    assertThat(cli.vmdp("plan", "--lspci", lspciP.toString())).isEqualTo(ExitCode.USAGE);
    assertThat(cli.err()).isEqualTo(lspciP + ":1:1: not lspci output: this is ESXi lspci -p output\n");
  }

  @Test
  void planOfAHostFolderSaysWhereViewsDisagree() throws IOException {
    Path host = Files.createDirectories(dir.resolve("esx03"));
    Files.copy(pciList(), host.resolve("pci.txt"));
    Files.writeString(host.resolve("esx.conf"), "/adv/Misc/HostName = \"esx03\"\n/device/059:00.0/owner = \"vmkernel\"\n");
    assertThat(cli.vmdp("plan", "--host", host.toString())).as(cli.err()).isEqualTo(ExitCode.OK);
    assertThat(cli.out()).contains("note: " + host.resolve("esx.conf") + ":2: 0000:3b:00.0: esx.conf says the configured "
        + "owner is vmkernel, esxcli hardware pci list says VM Passthru; esxcli hardware pci list is used");
  }

  @Test
  void planOfTwoSocketServersKnowsEverySocketsRootBusesAndLeavesOutTheUncore() throws IOException {
    // Reported: on a two-socket server, "parent bridge not known" 162 times, 191 lines for 5 devices.
    Path corpus = Path.of(System.getProperty("vmdp.shared.dir", "../shared"), "corpus", "lspci");
    assumeTrue(Files.isDirectory(corpus), "../shared/corpus not found: skipping the two-socket servers of the corpus");
    for (String name : List.of("xeon-e5v4-nvidia-gpu-server-lspci-vvv.txt", "hpe-skylake-mellanox-sriov-lspci-vvv.txt")) {
      Path f = corpus.resolve(name);
      assumeTrue(Files.isRegularFile(f), name + " not in the corpus: skipping it");
      assertThat(cli.vmdp("plan", "--lspci", f.toString())).as(name + ": " + cli.err()).isIn(ExitCode.OK, ExitCode.FINDINGS);
      String text = cli.out();
      assertThat(text).as(name).doesNotContain("parent bridge not known").doesNotContain("7f:08.0")
          .contains("--all lists them");
      assertThat(cli.vmdp("plan", "--all", "--lspci", f.toString())).isIn(ExitCode.OK, ExitCode.FINDINGS);
      assertThat(cli.out()).as(name).doesNotContain("parent bridge not known");
      assertThat(cli.out().lines().count()).as(name).isGreaterThan(text.lines().count());
    }
  }

  @Test
  void planOfTheXeonServerIsShort() throws IOException {
    Path f = Path.of(System.getProperty("vmdp.shared.dir", "../shared"), "corpus", "lspci",
        "xeon-e5v4-nvidia-gpu-server-lspci-vvv.txt");
    assumeTrue(Files.isRegularFile(f), "../shared/corpus not found: skipping the Xeon server");
    cli.vmdp("plan", "--lspci", f.toString());
    long functionLines = cli.out().lines().filter(l -> l.startsWith("  0000:")).count();
    assertThat(functionLines).as(cli.out()).isLessThan(30);
  }
}
