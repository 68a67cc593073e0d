package dev.vmdp.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {
  @TempDir
  Path dir;

  private final CliTestSupport cli = new CliTestSupport();

  private Path lspci() throws IOException {
    String text = "00:01.0 PCI bridge [0604]: Intel Corporation Root Port [8086:6f02]\n"
        + "\tBus: primary=00, secondary=01, subordinate=01, sec-latency=0\n"
        + "\tCapabilities: [60] Express (v2) Root Port (Slot+), MSI 00\n"
        + "01:00.0 VGA compatible controller [0300]: NVIDIA Corporation TU104GL [10de:1eb8]\n"
        + "\tControl: I/O- Mem+ BusMaster+\n"
        + "\tCapabilities: [60] Express (v2) Legacy Endpoint, MSI 00\n"
        + "\t\tDevCap:\tMaxPayload 256 bytes, PhantFunc 0\n"
        + "\t\t\tExtTag+ RBE+ FLReset+\n"
        + "01:00.1 Audio device [0403]: NVIDIA Corporation TU104 HD Audio Controller [10de:10f8]\n"
        + "\tControl: I/O- Mem+ BusMaster+\n"
        + "\tCapabilities: [60] Express (v2) Endpoint, MSI 00\n"
        + "\t\tDevCap:\tMaxPayload 256 bytes, PhantFunc 0\n"
        + "\t\t\tExtTag+ RBE+ FLReset-\n";
    return Files.writeString(dir.resolve("lspci.txt"), text);
  }

  @Test
  void plansTheGpuWithItsAudioFunction() throws Exception {
    Path map = Files.writeString(dir.resolve("passthru.map"), "10de ffff bridge false\n");
    assertThat(cli.vmdp("plan", "--lspci", lspci().toString(), "--map", map.toString(), "--assign", "render=01:00.0"))
        .isEqualTo(ExitCode.OK);
    assertThat(cli.out()).contains("0000:01:00.0  bridge  passthru.map line 1: 10de ffff bridge false")
        .contains("    + 0000:01:00.1 must join it: ").contains("feasible as planned");
  }

  @Test
  void splittingTheGroupIsAnErrorAndJsonFollowsTheContract() throws Exception {
    Path map = Files.writeString(dir.resolve("passthru.map"), "10de ffff bridge false\n");
    assertThat(cli.vmdp("plan", "--format", "json", "--lspci", lspci().toString(), "--map", map.toString(),
        "--assign", "a=01:00.0", "--assign", "b=01:00.1")).isEqualTo(ExitCode.FINDINGS);
    assertThat(cli.out()).startsWith("{\"functions\":[").contains("\"groups\":[{\"members\":[\"0000:01:00.0\",\"0000:01:00.1\"]")
        .contains("\"rule\":\"VMDP401\"").contains("\"feasible\":false");
  }

  /**
   * docs/plan.md shows docs/images/plan.svg, which Graphviz drew from docs/images/plan.dot: that
   * file is what this command writes today (regenerate both with the command in docs/plan.md).
   */
  @Test
  void plansAsAGraphvizGraphAndTheDocsPictureIsThisRun() throws Exception {
    Path reset = Path.of("../examples/src/main/resources/dev/vmdp/examples/reset");
    Path docs = Path.of("../docs/images");
    assertThat(cli.vmdp("plan", "--lspci", reset.resolve("lspci.txt").toString(), "--map",
        reset.resolve("passthru.map").toString(), "--esx-conf", docs.resolve("plan-example-esx.conf").toString(),
        "--esx", "6.7", "--assign", "cad01=0000:01:00.0", "--assign", "db01=0000:04:00.0", "--assign",
        "web=0000:04:00.1", "--format", "DOT")).isEqualTo(ExitCode.FINDINGS);
    assertThat(cli.out()).startsWith("digraph \"vmdp plan\" {\n").contains("subgraph \"cluster_0\"")
        .contains("\"vm web\" -> \"0000:04:00.1\"").contains("\"vmkernel\" -> \"0000:01:00.1\"");
    assertThat(cli.out()).as("docs/images/plan.dot is out of date: run the command in docs/plan.md")
        .isEqualTo(Files.readString(docs.resolve("plan.dot")));
  }

  @Test
  void badAssignmentsAreUsageErrors() throws Exception {
    assertThat(cli.vmdp("plan", "--lspci", lspci().toString(), "--assign", "render")).isEqualTo(ExitCode.USAGE);
    assertThat(cli.err()).contains("--assign wants VM=ADDR");
    assertThat(cli.vmdp("plan", "--lspci", lspci().toString(), "--assign", "x=09:00.0")).isEqualTo(ExitCode.USAGE);
    assertThat(cli.err()).contains("has no PCI function 0000:09:00.0");
    assertThat(cli.vmdp("plan", "--lspci", lspci().toString(), "--assign", "web=0000:04:00.1,")).isEqualTo(ExitCode.USAGE);
    assertThat(cli.err()).contains("--assign wants VM=ADDR[,ADDR...], was 'web=0000:04:00.1,'");
  }

  @Test
  void plansEveryCorpusLspciFileWithTheEsxi67Map() throws IOException {
    Path corpus = Path.of(System.getProperty("vmdp.shared.dir", "../shared"), "corpus");
    assumeTrue(Files.isDirectory(corpus.resolve("lspci")), "../shared/corpus not found: skipping vmdp plan over the corpus");
    Path map = corpus.resolve("passthru-map/esxi-6.7.0-8169922-default.map");
    List<Path> files;
    try (Stream<Path> s = Files.list(corpus.resolve("lspci"))) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path f : files) {
      int code = cli.vmdp("plan", "--lspci", f.toString(), "--map", map.toString());
      assertThat(code).as(f + ": " + cli.err()).isIn(ExitCode.OK, ExitCode.FINDINGS);
      assertThat(cli.out()).as(f.toString()).contains("Reset method of each function");
    }
  }
}
