package dev.vmdp.io.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.vmdp.model.VmdpException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An inventory from elsewhere may name any file and have its lines quoted in findings; a
 * confined read ({@link InventoryOptions#confined()}) refuses every file outside the inventory's
 * folder, at the line and column of the path, whether or not the file exists.
 */
class InventoryConfinementTest {
  private static final InventoryOptions CONFINED = InventoryOptions.defaults().withConfined(true);

  @TempDir
  Path root;

  private Path lab;
  private Path secret;

  @BeforeEach
  void files() throws IOException {
    lab = Files.createDirectories(root.resolve("lab"));
    Files.createDirectories(lab.resolve("vms"));
    Files.writeString(lab.resolve("vms/rhel3.vmx"), "displayName = \"rhel3\"\n");
    Files.writeString(lab.resolve("modules.txt"), "vmkernel\n");
    secret = Files.writeString(root.resolve("secret.txt"), "root:$6$hash:19000:0:99999:7:::\n");
  }

  private Path inventory(String yaml) throws IOException {
    return Files.writeString(lab.resolve("inventory.yaml"), yaml);
  }

  private VmdpException refused(Path inventory) {
    VmdpException e = catchThrowableOfType(VmdpException.class, () -> Inventory.read(inventory, CONFINED));
    assertThat(e).as("a confined read refuses it").isNotNull();
    return e;
  }

  @Test
  void filesInTheFolderAndBelowAreRead() throws IOException {
    Path inv = inventory("""
        hosts:
          esx01: {moduleList: modules.txt}
        vms:
          - {vmx: vms/../vms/rhel3.vmx, host: esx01}
          - {vmx: %s, host: esx01}
        """.formatted(lab.resolve("vms/rhel3.vmx")));
    Inventory read = Inventory.read(inv, CONFINED);
    assertThat(read.host("esx01").loadedModules()).contains(java.util.Set.of("vmkernel"));
    assertThat(read.vms()).hasSize(2);
  }

  @Test
  void byDefaultAFileOutsideTheFolderIsRead() throws IOException {
    Path inv = inventory("hosts:\n  esx01: {moduleList: ../secret.txt}\n");
    // It is read, and refused for what it holds (not a module list), not for where it is.
    VmdpException e = catchThrowableOfType(VmdpException.class, () -> Inventory.read(inv));
    assertThat(e.getMessage()).contains("secret.txt:1:1: not a module list").doesNotContain("outside the inventory")
        .doesNotContain("$6$");
  }

  @Test
  void aRelativePathOutOfTheFolderIsRefusedAtThePath() throws IOException {
    VmdpException e = refused(inventory("hosts:\n  esx01:\n    moduleList: ../secret.txt\n"));
    assertThat(e.getMessage()).isEqualTo(lab.resolve("inventory.yaml") + ":3:17: '../secret.txt' (module list) is"
        + " outside the inventory's folder " + lab + "; this inventory may only name files in that folder");
    assertThat(e.getMessage()).doesNotContain("$6$");
  }

  @Test
  void anAbsolutePathOutsideIsRefusedAndSoIsAMissingOneWithTheSameMessage() throws IOException {
    VmdpException present = refused(inventory("vms:\n  - {vmx: " + secret + ", host: esx01}\nhosts: {esx01: {}}\n"));
    assertThat(present.getMessage()).contains(":2:11: '" + secret + "' (.vmx file) is outside the inventory's folder");
    VmdpException missing = refused(inventory("hosts:\n  esx01: {map: /etc/vmdp-no-such-file}\n"));
    assertThat(missing.getMessage()).contains(":2:16: '/etc/vmdp-no-such-file' (passthru.map) is outside")
        .doesNotContain("no such file");
  }

  @Test
  void aSymbolicLinkInTheFolderThatLeadsOutIsRefused() throws IOException {
    try {
      Files.createSymbolicLink(lab.resolve("lspci.txt"), secret);
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "symbolic links not supported here");
    }
    VmdpException e = refused(inventory("hosts:\n  esx01:\n    lspci: [lspci.txt]\n"));
    assertThat(e.getMessage()).contains(":3:13: 'lspci.txt' (lspci output) is outside the inventory's folder");
  }
}
