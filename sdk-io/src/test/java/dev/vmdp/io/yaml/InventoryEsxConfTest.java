package dev.vmdp.io.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vmdp.model.VmdpException;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.host.Owner;
import dev.vmdp.model.pci.PciAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InventoryEsxConfTest {
  @TempDir
  Path dir;

  private void esxConf() throws Exception {
    try (var in = getClass().getResourceAsStream("esxconf/esx.conf")) {
      Files.write(dir.resolve("esx.conf"), in.readAllBytes());
    }
  }

  @Test
  void readsUuidAndOwnersFromEsxConf() throws Exception {
    esxConf();
    Host h = Inventory.parse("hosts:\n  esx01:\n    esxConf: esx.conf\n", "inv.yaml", dir).host("esx01");
    assertThat(h.systemUuid()).contains("4a1b2c3d-1111-2222-3333-444455556666");
    assertThat(h.owners()).containsEntry(PciAddress.parse("03:00.0"), Owner.PASSTHRU)
        .containsEntry(PciAddress.parse("03:00.1"), Owner.VMKERNEL);
  }

  @Test
  void theInventorysOwnFactsWin() throws Exception {
    esxConf();
    Host h = Inventory.parse("hosts:\n  esx01:\n    esxConf: esx.conf\n    uuid: 11111111-2222-3333-4444-555555555555\n",
        "inv.yaml", dir).host("esx01");
    assertThat(h.systemUuid()).contains("11111111-2222-3333-4444-555555555555");
  }

  @Test
  void aMissingEsxConfIsNamedWithItsPosition() {
    assertThatThrownBy(() -> Inventory.parse("hosts:\n  esx01:\n    esxConf: nope.conf\n", "inv.yaml", dir))
        .isInstanceOf(VmdpException.class)
        .hasMessageStartingWith("inv.yaml:3:")
        .hasMessageContaining("nope.conf");
  }
}
