package dev.vmdp.io.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.vmdp.model.VmdpException;
import dev.vmdp.model.host.CpuVendor;
import dev.vmdp.model.host.EsxVersion;
import dev.vmdp.model.host.Host;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Untrusted inventories cannot exhaust memory or time: aliases, depth and size are capped. */
class InventoryLimitsTest {
  @TempDir
  Path dir;

  private VmdpException error(String yaml) {
    VmdpException e = catchThrowableOfType(VmdpException.class, () -> Inventory.parse(yaml, "inv.yaml", dir));
    assertThat(e).as("expected a VmdpException").isNotNull();
    return e;
  }

  @Test
  void aliasBombIsRefusedWhereItWouldExplode() {
    StringBuilder y = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char c = 'b'; c <= 'i'; c++) {
      String prev = "*" + (char) (c - 1);
      y.append(c).append(": &").append(c).append(" [")
          .append(String.join(",", Collections.nCopies(9, prev))).append("]\n");
    }
    VmdpException e = error(y.toString());
    // 9^6 values would be 531441: the sixth line ('f') already passes the cap of 200,000.
    assertThat(e.getMessage()).startsWith("inv.yaml:6:")
        .contains("YAML aliases expand to more than 200000 values (an alias bomb?)");
    assertThat(e.sourceLine()).hasValueSatisfying(l -> assertThat(l).startsWith("f: &f ["));
  }

  @Test
  void tooManyAliasesAreRefused() {
    String y = "x: &x 1\nhosts: {}\nmany: [" + String.join(", ", Collections.nCopies(1001, "*x")) + "]\n";
    assertThat(error(y).getMessage()).startsWith("inv.yaml:3:").contains("too many YAML aliases (more than 1000)");
  }

  @Test
  void aliasToAnUnknownAnchorIsRefused() {
    assertThat(error("hosts:\n  h:\n    modules: *common\n").getMessage())
        .isEqualTo("inv.yaml:3:14: alias *common names no anchor defined before it");
  }

  @Test
  void deepFlowNestingIsRefusedAtTheLevelThatPassesTheCap() {
    VmdpException e = error("hosts: " + "[".repeat(100_000));
    assertThat(e.getMessage()).isEqualTo("inv.yaml:1:39: YAML nested too deeply (more than 32 levels)");
    assertThat(e.sourceLine()).hasValueSatisfying(l -> assertThat(l).hasSizeLessThan(210).endsWith("..."));
  }

  @Test
  void deepBlockNestingIsRefused() {
    StringBuilder y = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      y.append("  ".repeat(i)).append("k").append(i).append(":\n");
    }
    assertThat(error(y.toString()).getMessage()).startsWith("inv.yaml:33:")
        .endsWith("YAML nested too deeply (more than 32 levels)");
  }

  @Test
  void depthBehindAnAliasCounts() {
    String deep = "[".repeat(20) + "]".repeat(20);
    String y = "a: &deep " + deep + "\nb: " + "[".repeat(15) + "*deep" + "]".repeat(15) + "\n";
    assertThat(error(y).getMessage()).startsWith("inv.yaml:2:").endsWith("YAML nested too deeply (more than 32 levels)");
  }

  @Test
  void fileAbove16MiBIsRefusedBeforeReading() throws Exception {
    Path big = dir.resolve("big.yaml");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength((16L << 20) + 1);
    }
    VmdpException e = catchThrowableOfType(VmdpException.class, () -> Inventory.read(big));
    assertThat(e.getMessage()).isEqualTo(big + ": file is 16777217 bytes, above the limit of 16 MiB "
        + "(InputLimits.maxFileBytes); refusing to read it");
  }

  @Test
  void textAbove16MiCharactersIsRefused() {
    String y = "# " + "x".repeat(16 << 20) + "\n";
    assertThat(error(y).getMessage()).startsWith("inv.yaml:1: inventory too large (");
  }

  @Test
  void anchorsAliasesAndMergeKeysWithinTheLimitsWork() {
    Inventory inv = Inventory.parse("""
        templates:
          r710: &r710
            version: "4.0"
            cpu: intel
            iommu: {kind: vt-d, biosEnabled: true}
        hosts:
          esx01:
            <<: *r710
            modules: &mods [vmkernel, vtddmar]
            uuid: u-1
          esx02:
            <<: *r710
            version: "4.1"
            modules: *mods
        """, "inv.yaml", dir);
    Host esx01 = inv.host("esx01");
    Host esx02 = inv.host("esx02");
    assertThat(esx01.version()).contains(EsxVersion.ESX_4_0);
    assertThat(esx02.version()).contains(EsxVersion.ESX_4_1);
    assertThat(esx02.cpuVendor()).contains(CpuVendor.INTEL);
    assertThat(esx02.iommu().biosEnabled()).contains(true);
    assertThat(esx02.loadedModules()).contains(Set.of("vmkernel", "vtddmar"));
    assertThat(esx02.systemUuid()).isEmpty();
  }

  @Test
  void emptyDocumentIsAnEmptyInventory() {
    assertThat(Inventory.parse("", "inv.yaml", dir).hosts()).isEmpty();
    assertThat(Inventory.parse("# nothing yet\n", "inv.yaml", dir).vms()).isEmpty();
    assertThat(Inventory.parse("hosts:\nvms:\n", "inv.yaml", dir).hosts()).isEmpty();
  }
}
