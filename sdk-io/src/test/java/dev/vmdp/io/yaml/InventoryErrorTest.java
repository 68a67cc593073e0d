package dev.vmdp.io.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.vmdp.model.VmdpException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every user error is a VmdpException at the line and column of the offending YAML. */
class InventoryErrorTest {
  @TempDir
  Path dir;

  private VmdpException error(String yaml) {
    VmdpException e = catchThrowableOfType(VmdpException.class, () -> Inventory.parse(yaml, "inv.yaml", dir));
    assertThat(e).as("expected a VmdpException for:%n%s", yaml).isNotNull();
    return e;
  }

  @Test
  void unknownKeyPointsAtTheKeyAndListsTheKnownOnes() {
    VmdpException e = error("""
        hosts:
          esx01:
            versoin: "4.0"
        """);
    assertThat(e.getMessage()).startsWith("inv.yaml:3:5: unknown key 'versoin' (in hosts.esx01)")
        .contains("known keys: ").contains("version");
    assertThat(e.sourceLine()).contains("    versoin: \"4.0\"");
  }

  @Test
  void unknownKeyInAFlowMappingPointsAtTheKey() {
    VmdpException e = error("""
        hosts:
          esx01:
            devices:
              - {address: 03:00.0, flreset: true}
        """);
    assertThat(e.getMessage()).startsWith("inv.yaml:4:28: unknown key 'flreset' (in hosts.esx01.devices[0])");
  }

  @Test
  void unknownTopLevelKey() {
    assertThat(error("host:\n  esx01: {}\n").getMessage()).startsWith("inv.yaml:1:1: unknown key 'host'");
    assertThat(error("hosts: {}\n# the VMs\nmachines:\n\n  # none yet\n  - a\n").getMessage())
        .startsWith("inv.yaml:3:1: unknown key 'machines'");
  }

  @Test
  void badVersionPointsAtTheValue() {
    VmdpException e = error("""
        hosts:
          esx01:
            version: 3.x
        """);
    assertThat(e.getMessage()).isEqualTo(
        "inv.yaml:3:14: not an ESX version (want e.g. 4.0, 6.7U2, 7.0 Update 3, 8.0.2): '3.x'");
    assertThat(e.location().map(Object::toString)).contains("inv.yaml:3:14");
  }

  @Test
  void badAddressPointsAtTheValue() {
    VmdpException e = error("""
        hosts:
          esx01:
            devices:
              - address: 0000:zz:00.0
        """);
    assertThat(e.getMessage()).startsWith("inv.yaml:4:18: not a PCI address: '0000:zz:00.0'");
  }

  @Test
  void deviceWithoutAddressPointsAtTheDevice() {
    VmdpException e = error("""
        hosts:
          esx01:
            devices:
              - id: 8086:10c6
        """);
    assertThat(e.getMessage()).startsWith("inv.yaml:4:9: device without 'address'");
  }

  @Test
  void sameAddressTwiceIsRefused() {
    VmdpException e = error("""
        hosts:
          esx01:
            devices:
              - address: 03:00.0
              - address: 0000:03:00.0
        """);
    assertThat(e.getMessage()).startsWith("inv.yaml:5:18: device 0000:03:00.0 is listed twice (first at line 4)");
  }

  @Test
  void badIdsClassPortTypeStateAndOwnerPointAtTheirValues() {
    assertThat(error("hosts:\n  h:\n    devices:\n      - {address: 03:00.0, id: 8086-10c6}\n").getMessage())
        .startsWith("inv.yaml:4:32: not a PCI vendor:device id");
    assertThat(error("hosts:\n  h:\n    devices:\n      - {address: 03:00.0, class: net}\n").getMessage())
        .startsWith("inv.yaml:4:35: not a PCI class code");
    assertThat(error("hosts:\n  h:\n    devices:\n      - {address: 03:00.0, portType: switch}\n").getMessage())
        .startsWith("inv.yaml:4:38: not a port type: 'switch' (want one of endpoint, ");
    assertThat(error("hosts:\n  h:\n    devices:\n      - {address: 03:00.0, passthrough: on}\n").getMessage())
        .startsWith("inv.yaml:4:41: not a passthrough state: 'on' (want one of disabled, enabled-pending-reboot, ");
    assertThat(error("hosts:\n  h:\n    devices:\n      - {address: 03:00.0, owner: vm}\n").getMessage())
        .startsWith("inv.yaml:4:35: not an owner: 'vm' (want vmkernel or passthru)");
  }

  @Test
  void wrongTypesNameTheKeyAndWhatItMustBe() {
    assertThat(error("hosts:\n  h:\n    devices:\n      - {address: 03:00.0, flr: maybe}\n").getMessage())
        .startsWith("inv.yaml:4:33: 'flr' must be true or false, was 'maybe'");
    assertThat(error("hosts: [esx01, esx02]\n").getMessage())
        .startsWith("inv.yaml:1:8: 'hosts' must be a mapping");
    assertThat(error("hosts:\n  h:\n    version: [4, 0]\n").getMessage())
        .startsWith("inv.yaml:3:14: 'version' must be a single value, not a mapping or a list");
    assertThat(error("hosts:\n  h:\n    devices:\n"
        + "      - {address: 1:0.0, bridge: {primary: zero, secondary: 1, subordinate: 1}}\n")
        .getMessage()).contains("'primary' must be a whole number, was 'zero'");
  }

  @Test
  void unknownHostPointsAtTheReference() {
    VmdpException e = error("""
        hosts:
          esx01: {}
        vms:
          - vmx: a.vmx
            host: esx9
        """);
    assertThat(e.getMessage()).isEqualTo("inv.yaml:5:11: unknown host 'esx9' (hosts: esx01)");
  }

  @Test
  void missingFilePointsAtThePathAndSaysWhereItLooked() {
    VmdpException e = error("""
        hosts:
          esx01:
            lspci: esx01/lspci.txt
        """);
    assertThat(e.getMessage()).startsWith("inv.yaml:3:12: no such file: 'esx01/lspci.txt' (lspci output, looked for ")
        .contains(dir.resolve("esx01/lspci.txt").toString());
  }

  @Test
  void missingVmxIsAnErrorAtThePath() throws Exception {
    Files.writeString(dir.resolve("there.vmx"), "config.version = \"8\"\n");
    VmdpException e = error("""
        hosts:
          esx01: {}
        vms:
          - {vmx: there.vmx, host: esx01}
          - {vmx: gone.vmx, host: esx01}
        """);
    assertThat(e.getMessage()).startsWith("inv.yaml:5:11: no such file: 'gone.vmx' (.vmx file");
  }

  @Test
  void aFileTheReaderRefusesIsAnErrorAtThePathWithTheReadersReason() throws Exception {
    Files.writeString(dir.resolve("empty-lspci.txt"), "this is not lspci output\n");
    VmdpException e = error("hosts:\n  esx01:\n    lspci: [empty-lspci.txt]\n");
    assertThat(e.getMessage()).startsWith("inv.yaml:3:13: cannot use lspci output 'empty-lspci.txt': ");
    assertThat(e.getCause()).isInstanceOf(VmdpException.class);
  }

  @Test
  void aDirectoryIsNoFile() throws Exception {
    Files.createDirectory(dir.resolve("maps"));
    assertThat(error("hosts:\n  esx01:\n    map: maps\n").getMessage())
        .startsWith("inv.yaml:3:10: 'maps' is a directory, not a file of passthru.map");
  }

  @Test
  void vmWithoutVmxOrHostIsRefusedAtTheEntry() {
    assertThat(error("hosts: {h: {}}\nvms:\n  - host: h\n").getMessage()).startsWith("inv.yaml:3:5: VM without 'vmx'");
    assertThat(error("hosts: {h: {}}\nvms:\n  - vmx: a.vmx\n").getMessage()).startsWith("inv.yaml:3:5: VM without 'host'");
  }

  @Test
  void exclusiveKeysAreRefused() {
    assertThat(error("hosts:\n  h:\n    modules: [vmkernel]\n    moduleList: m.txt\n").getMessage())
        .startsWith("inv.yaml:4:17: give either 'modules' (names) or 'moduleList' (a file), not both");
    assertThat(error("hosts:\n  h:\n    passthruMap: ['8086 10c6 d3d0 default']\n    map: p.map\n").getMessage())
        .startsWith("inv.yaml:4:10: give either 'passthruMap' (entries) or 'map' (a file), not both");
  }

  @Test
  void badPassthruMapEntriesPointAtTheEntry() {
    assertThat(error("hosts:\n  h:\n    passthruMap:\n      - 8086 10c6 d3d0 fasle\n").getMessage())
        .isEqualTo("inv.yaml:4:9: not an fptShareable value: 'fasle' (want true, default or false)");
    assertThat(error("hosts:\n  h:\n    passthruMap:\n      - 8086 10c6 reboot true\n").getMessage())
        .startsWith("inv.yaml:4:9: not a reset method: 'reboot'");
    assertThat(error("hosts:\n  h:\n    passthruMap:\n      - 8086 10c6\n").getMessage())
        .startsWith("inv.yaml:4:9: not a passthru.map entry");
  }

  @Test
  void iommuContradictionIsRefusedAtTheMapping() {
    assertThat(error("hosts:\n  h:\n    iommu: {kind: none, active: true}\n").getMessage())
        .startsWith("inv.yaml:3:12: Iommu of kind NONE cannot be BIOS-enabled or active");
  }

  @Test
  void duplicateKeysAreRefused() {
    assertThat(error("hosts:\n  esx01: {}\n  esx01: {}\n").getMessage())
        .isEqualTo("inv.yaml:3:3: duplicate key 'esx01'");
  }

  @Test
  void mergeKeyMustComeFirstAndKeysMustBeText() {
    assertThat(error("t: &t {cpu: intel}\nhosts:\n  h:\n    version: 4.0\n    <<: *t\n").getMessage())
        .startsWith("inv.yaml:5:5: put the merge key '<<' first in its mapping");
    assertThat(error("hosts:\n  ? [a, b]\n  : {}\n").getMessage())
        .isEqualTo("inv.yaml:2:5: keys must be plain text, not mappings or lists");
  }

  @Test
  void syntaxErrorsCarryThePlaceSnakeYamlFound() {
    assertThat(error("hosts:\n  esx01:\n    version: 4.0\n  - oops\n").getMessage())
        .startsWith("inv.yaml:4:3: YAML syntax: ");
    assertThat(error("hosts: {esx01: [}\n").getMessage()).startsWith("inv.yaml:1:").contains("YAML syntax");
  }

  @Test
  void aSecondDocumentIsRefused() {
    assertThat(error("hosts: {}\n---\nhosts: {}\n").getMessage())
        .isEqualTo("inv.yaml:2:1: only one YAML document is allowed in an inventory (found another after '---')");
  }

  @Test
  void readOfAMissingInventoryNamesTheFile() {
    Path p = dir.resolve("nothere.yaml");
    assertThatThrownBy(() -> Inventory.read(p)).isInstanceOf(VmdpException.class)
        .hasMessage(p + ":1:1: cannot read file: no such file");
  }

  @Test
  void hostOfTheInventoryNamesTheKnownHostsWhenAbsent() {
    Inventory inv = Inventory.parse("hosts: {esx01: {}, esx02: {}}\n", "inv.yaml", dir);
    assertThatThrownBy(() -> inv.host("esx03")).isInstanceOf(VmdpException.class)
        .hasMessage("inv.yaml: no host 'esx03' in the inventory (hosts: esx01, esx02)");
  }
}
