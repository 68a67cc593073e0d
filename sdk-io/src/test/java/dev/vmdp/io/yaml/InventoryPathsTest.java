package dev.vmdp.io.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.pci.PciId;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paths in an inventory are relative to its folder, never to the working directory. */
class InventoryPathsTest {
  @TempDir
  Path dir;

  private static final String LSPCI = "03:00.0 0200: 8086:10c6 (rev 01)\n03:00.1 0200: 8086:10c6 (rev 01)\n";

  @Test
  void relativePathsResolveAgainstTheInventoryFolder() throws Exception {
    Path site = Files.createDirectories(dir.resolve("site"));
    Path shared = Files.createDirectories(dir.resolve("shared"));
    Files.writeString(shared.resolve("lspci-n.txt"), LSPCI);
    Files.createDirectories(site.resolve("vms/a"));
    Files.writeString(site.resolve("vms/a/a.vmx"), "config.version = \"8\"\n");
    Path inv = Files.writeString(site.resolve("inventory.yaml"), """
        hosts:
          esx01:
            lspci: ../shared/lspci-n.txt
        vms:
          - {vmx: ./vms/x/../a/a.vmx, host: esx01}
        """);
    Inventory read = Inventory.read(inv);
    assertThat(read.host("esx01").device("03:00.1").id()).contains(PciId.of(0x8086, 0x10c6));
    assertThat(read.vms().get(0).vmx()).isEqualTo(site.resolve("vms/a/a.vmx"));
    assertThat(read.fileName()).isEqualTo(inv.toString());
  }

  @Test
  void absolutePathsAreKept() throws Exception {
    Path lspci = Files.writeString(dir.resolve("lspci.txt"), LSPCI);
    Path vmx = Files.writeString(dir.resolve("b.vmx"), "config.version = \"8\"\n");
    Inventory inv = Inventory.parse("hosts:\n  h:\n    lspci: '" + lspci + "'\nvms:\n  - {vmx: '" + vmx + "', host: h}\n",
        "inline", Path.of("/nonexistent-base"));
    assertThat(inv.host("h").topology().size()).isEqualTo(2);
    assertThat(inv.vms().get(0).vmx()).isEqualTo(vmx);
  }

  @Test
  void parseResolvesAgainstTheGivenBaseDirectory() throws Exception {
    Files.writeString(dir.resolve("c.vmx"), "config.version = \"8\"\n");
    Inventory inv = Inventory.parse("hosts: {h: {}}\nvms: [{name: c, vmx: c.vmx, host: h}]\n", "inline", dir);
    assertThat(inv.vms().get(0).vmx()).isEqualTo(dir.resolve("c.vmx"));
    assertThat(inv.vms().get(0).source().map(Object::toString)).contains("inline:2:7");
  }

  @Test
  void severalLspciViewsOfOneHostAreCombined() throws Exception {
    Files.writeString(dir.resolve("n.txt"), LSPCI);
    Files.writeString(dir.resolve("esxi.txt"), "0000:03:00.0 Network controller: Intel Corporation 82598EB [vmnic2]\n");
    Inventory inv = Inventory.parse("hosts:\n  h:\n    lspci: [n.txt, esxi.txt]\n", "inline", dir);
    assertThat(inv.host("h").device("03:00.0").id()).contains(PciId.of(0x8086, 0x10c6));
    assertThat(inv.host("h").device("03:00.0").vmkernelName()).contains("vmnic2");
  }
}
