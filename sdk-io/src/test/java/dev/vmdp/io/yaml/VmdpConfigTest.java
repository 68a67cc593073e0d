package dev.vmdp.io.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vmdp.model.Severity;
import dev.vmdp.model.SourceRef;
import dev.vmdp.model.VmdpException;
import dev.vmdp.model.host.EsxVersion;
import dev.vmdp.model.pci.PciId;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VmdpConfigTest {
  /** The example of DESIGN.md ("The vmdp program"), with a guest added. */
  static final String DESIGN_EXAMPLE = "esx: \"7.0U3\"                 # host version when none is given on the command line\n"
      + "disable: [VMDP304, VMDP205]  # rules turned off\n"
      + "severity:                    # severity overrides\n"
      + "  VMDP205: info\n"
      + "policy:                      # site policy (docs/inventory.md): extra supported devices, guests\n"
      + "  supportedDevices: [\"10de:20b5\"]\n"
      + "  guests: {myWin2003Image: windows-server-2003}\n";

  @TempDir
  Path dir;

  @Test
  void readsTheDesignExampleWithEveryValuesPlace() {
    VmdpConfig c = VmdpConfig.parse(DESIGN_EXAMPLE, ".vmdp.yaml");
    assertThat(c.esx().orElseThrow().value()).isEqualTo(EsxVersion.parse("7.0U3"));
    assertThat(c.disable()).extracting(VmdpConfig.Value::value).containsExactly("VMDP304", "VMDP205");
    assertThat(c.disable().get(1).source()).isEqualTo(SourceRef.of(".vmdp.yaml", 2, 20));
    assertThat(c.severity().get("VMDP205").value()).isEqualTo(Severity.INFO);
    assertThat(c.severity().get("VMDP205").source().line()).isEqualTo(4);
    assertThat(c.supportedDevices()).extracting(VmdpConfig.Value::value).containsExactly(PciId.parse("10de:20b5"));
    assertThat(c.guests().get("myWin2003Image").value()).isEqualTo("windows-server-2003");
    assertThat(c.fileName()).contains(".vmdp.yaml");
  }

  @Test
  void anEmptyFileSetsNothing() {
    VmdpConfig c = VmdpConfig.parse("# nothing yet\n", "a.yaml");
    assertThat(c.esx()).isEmpty();
    assertThat(c.disable()).isEmpty();
    assertThat(c.severity()).isEmpty();
    assertThat(VmdpConfig.empty().fileName()).isEmpty();
  }

  @Test
  void unknownKeysAndBadValuesAreErrorsAtTheirPlace() {
    assertThatThrownBy(() -> VmdpConfig.parse("esx: '4.0'\ndisabel: [VMDP304]\n", ".vmdp.yaml"))
        .isInstanceOf(VmdpException.class).hasMessageStartingWith(".vmdp.yaml:2:1: unknown key 'disabel'");
    assertThatThrownBy(() -> VmdpConfig.parse("policy:\n  supportedDevice: []\n", ".vmdp.yaml"))
        .hasMessageStartingWith(".vmdp.yaml:2:3: unknown key 'supportedDevice' (in policy)");
    assertThatThrownBy(() -> VmdpConfig.parse("esx: three\n", ".vmdp.yaml"))
        .hasMessageStartingWith(".vmdp.yaml:1:6: not an ESX version");
    assertThatThrownBy(() -> VmdpConfig.parse("severity:\n  VMDP205: loud\n", ".vmdp.yaml"))
        .hasMessage(".vmdp.yaml:2:12: not a severity: 'loud' (want one of error, warning, info)");
    assertThatThrownBy(() -> VmdpConfig.parse("policy: {supportedDevices: [10de-20b5]}\n", ".vmdp.yaml"))
        .hasMessageStartingWith(".vmdp.yaml:1:29: ");
  }

  @Test
  void aValueMakesErrorsAtItsPlace() {
    VmdpConfig c = VmdpConfig.parse("disable:\n  - VMDP999\n", "repo/.vmdp.yaml");
    assertThat(c.disable().get(0).error("unknown rule ID 'VMDP999'").getMessage())
        .isEqualTo("repo/.vmdp.yaml:2:5: unknown rule ID 'VMDP999'");
  }

  @Test
  void findsTheNearestConfigUpwards() throws Exception {
    Path repo = Files.createDirectories(dir.resolve("repo/vms/lab"));
    assertThat(VmdpConfig.find(repo)).isEmpty();
    Path top = Files.writeString(dir.resolve("repo/.vmdp.yaml"), "esx: '6.7'\n");
    assertThat(VmdpConfig.find(repo)).contains(top);
    Path nearer = Files.writeString(dir.resolve("repo/vms/.vmdp.yaml"), "esx: '7.0'\n");
    assertThat(VmdpConfig.find(repo)).contains(nearer);
    assertThat(VmdpConfig.read(nearer).esx().orElseThrow().value()).isEqualTo(EsxVersion.parse("7.0"));
  }

  @Test
  void refusesAFolderAndAMissingFileNamingThem() {
    assertThatThrownBy(() -> VmdpConfig.read(dir)).isInstanceOf(VmdpException.class)
        .hasMessageStartingWith(dir + ":1:1: not a regular file");
    assertThatThrownBy(() -> VmdpConfig.read(dir.resolve("none.yaml"))).isInstanceOf(VmdpException.class)
        .hasMessageStartingWith(dir.resolve("none.yaml") + ":");
  }
}
