package dev.vmdp.io.esx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vmdp.io.ReadNote;
import dev.vmdp.model.Diagnostic;
import dev.vmdp.model.SourceRef;
import dev.vmdp.model.VmdpException;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.host.Owner;
import dev.vmdp.model.pci.PciAddress;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EsxConfTest {
  private static final String UUID = "48c4619b-6d58-18db-2a0e-000423d1e6f6";

  private static byte[] fixtureBytes() {
    try (InputStream in = EsxConfTest.class.getResourceAsStream("esx.conf")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static EsxConf fixture() {
    return EsxConf.parse(fixtureBytes(), "esx.conf");
  }

  @Test
  void readsTheSystemUuidWithItsLine() {
    EsxConf conf = fixture();
    assertThat(conf.systemUuid()).hasValue(UUID);
    assertThat(conf.sourceOf("/system/uuid")).hasValue(SourceRef.of("esx.conf", 30));
  }

  @Test
  void readsOwnersWithDecimalAddressesInBothForms() {
    EsxConf conf = fixture();
    assertThat(conf.owners()).containsExactly(
        java.util.Map.entry(PciAddress.of(0, 1, 0), Owner.VMKERNEL),
        java.util.Map.entry(PciAddress.of(0, 0x0b, 0), Owner.PASSTHRU),
        java.util.Map.entry(PciAddress.of(0, 0x19, 0), Owner.VMKERNEL),
        java.util.Map.entry(PciAddress.of(0, 0x1f, 2), Owner.VMKERNEL),
        java.util.Map.entry(PciAddress.of(2, 0, 0), Owner.PASSTHRU),
        java.util.Map.entry(PciAddress.of(3, 0, 0), Owner.VMKERNEL),
        java.util.Map.entry(PciAddress.of(3, 0, 1), Owner.VMKERNEL),
        java.util.Map.entry(PciAddress.of(5, 0, 0), Owner.PASSTHRU),
        java.util.Map.entry(PciAddress.of(130, 0, 0), Owner.PASSTHRU));
    assertThat(conf.owners().get(PciAddress.parse("0000:00:0b.0"))).isEqualTo(Owner.PASSTHRU);
    assertThat(conf.ownerSource(PciAddress.parse("0000:00:0b.0"))).hasValue(SourceRef.of("esx.conf", 8));
    // the segment form is keyed canonically
    assertThat(conf.sourceOf("/device/005:00.0/owner")).hasValue(SourceRef.of("esx.conf", 22));
    assertThat(conf.sourceOf("/device/130:00.0/owner")).hasValue(SourceRef.of("esx.conf", 21));
  }

  @Test
  void readsVmkernelNames() {
    EsxConf conf = fixture();
    assertThat(conf.vmkernelNames()).containsEntry(PciAddress.of(3, 0, 0), "vmnic2")
        .containsEntry(PciAddress.of(3, 0, 1), "vmnic3")
        .containsEntry(PciAddress.of(0, 0x19, 0), "vmnic0")
        .containsEntry(PciAddress.of(0, 0x1f, 2), "vmhba0")
        .containsEntry(PciAddress.of(0, 0, 0), "vmhba32")
        .hasSize(5);
    assertThat(conf.sourceOf("/device/003:00.0/vmkname")).hasValue(SourceRef.of("esx.conf", 18));
  }

  @Test
  void notesWhatItCannotUse() {
    assertThat(fixture().notes()).extracting(ReadNote::toString).containsExactly(
        "esx.conf:23: not a device address (want decimal BBB:DD.F such as 000:11.0) in key /device/0b:00.0/owner: "
            + "not a PCI address: '0b:00.0' ('0b' is not decimal)",
        "esx.conf:24: unknown owner \"vmklinux\" of 0000:04:00.0 (want passthru or vmkernel): the owner stays unknown");
    EsxConf twice = EsxConf.parse("/device/000:11.0/owner = \"passthru\"\n/device/00000:000:11.0/owner = \"vmkernel\"\n"
        .getBytes(StandardCharsets.UTF_8), "twice.conf");
    assertThat(twice.owners()).containsExactly(java.util.Map.entry(PciAddress.of(0, 11, 0), Owner.PASSTHRU));
    assertThat(twice.notes()).singleElement().extracting(ReadNote::message).asString()
        .contains("same function as line 1");
    EsxConf blank = EsxConf.parse("/system/uuid = \"\"\n".getBytes(StandardCharsets.UTF_8), "blank.conf");
    assertThat(blank.systemUuid()).isEmpty();
    assertThat(blank.notes()).hasSize(1);
  }

  @Test
  void givesTheFactsToAHost() {
    Host host = fixture().toHost("esx01");
    assertThat(host.systemUuid()).hasValue(UUID);
    assertThat(host.owners()).hasSize(9);
    assertThat(host.configuredOwner(PciAddress.parse("0000:00:0b.0"))).hasValue(Owner.PASSTHRU);
    assertThat(host.vmkernelOwned(PciAddress.parse("0000:03:00.0"))).hasValue(true);
    assertThat(host.sourceOf("/system/uuid")).hasValue(SourceRef.of("esx.conf", 30));
    assertThat(host.sourceOf("/device/000:11.0/owner")).hasValue(SourceRef.of("esx.conf", 8));
    assertThat(host.diagnostics()).isEmpty();
    Host kept = fixture().applyTo(Host.builder().name("esx01").putOwner(PciAddress.of(9, 0, 0), Owner.VMKERNEL)).build();
    assertThat(kept.owners()).hasSize(10);
  }

  @Test
  void keepsTheFileLosslessAndReportsItsSyntaxProblems() {
    byte[] bytes = fixtureBytes();
    assertThat(fixture().document().toBytes()).isEqualTo(bytes);
    EsxConf odd = EsxConf.parse("/system/uuid = \"a\"\n/system/uuid = \"b\"\nnot a line\n".getBytes(StandardCharsets.UTF_8),
        "odd.conf");
    assertThat(odd.systemUuid()).hasValue("a");
    assertThat(odd.diagnostics()).extracting(Diagnostic::ruleId).containsExactly("VMDP601", "VMDP602");
    assertThat(odd.toHost("h").diagnostics()).hasSize(2);
  }

  @Test
  void readsAFileAndNamesAMissingOne(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("esx.conf");
    Files.write(file, fixtureBytes());
    assertThat(EsxConf.read(file).systemUuid()).hasValue(UUID);
    assertThat(EsxConf.read(file).fileName()).isEqualTo(file.toString());
    assertThatThrownBy(() -> EsxConf.read(dir.resolve("missing.conf"))).isInstanceOf(VmdpException.class)
        .hasMessageContaining("missing.conf");
  }
}
