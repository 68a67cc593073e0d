package dev.vmdp.io.esx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vmdp.io.Edited;
import dev.vmdp.io.vmx.VmxDocument;
import dev.vmdp.model.Edit;
import dev.vmdp.model.VmdpException;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.host.Owner;
import dev.vmdp.model.pci.PciAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EsxConfBindingTest {
  static final String CONF = """
      /adv/Misc/HostName = "esx01"
      /device/000:11.0/owner = "vmkernel"
      /device/000:11.0/vmkname = "vmnic1"
      /device/003:00.0/vmkname = "vmnic2"
      /device/003:00.1/owner = "vmkernel"
      /net/pnic/child[0000]/name = "vmnic0"
      /system/uuid = "48c4619b-6d58-18db-2a0e-000423d1e6f6"
      """;

  private static VmxDocument doc(String text) {
    return VmxDocument.parse(text.getBytes(StandardCharsets.UTF_8), "esx.conf");
  }

  private static String text(VmxDocument d) {
    return new String(d.toBytes(), StandardCharsets.UTF_8);
  }

  private static Host host(VmxDocument d) {
    return EsxConfBinding.read(d).toHost("esx01");
  }

  @Test
  void readGivesWhatEsxConfGives() {
    VmxDocument d = doc(CONF);
    EsxConf conf = EsxConfBinding.read(d);
    assertThat(conf.systemUuid()).hasValue("48c4619b-6d58-18db-2a0e-000423d1e6f6");
    assertThat(conf.owners()).containsEntry(PciAddress.parseEsxConf("000:11.0"), Owner.VMKERNEL).hasSize(2);
    assertThat(conf.vmkernelNames()).containsEntry(PciAddress.parseEsxConf("003:00.0"), "vmnic2");
    assertThat(conf.sourceOf("/device/003:00.1/owner")).hasValueSatisfying(s -> assertThat(s.line()).isEqualTo(5));
    assertThat(EsxConf.of(d).owners()).isEqualTo(conf.owners());
  }

  @Test
  void aChangedOwnerRewritesItsLine() {
    VmxDocument d = doc(CONF);
    Host before = host(d);
    Host after = Host.builder().from(before).putOwner(PciAddress.parseEsxConf("000:11.0"), Owner.PASSTHRU).build();
    Edited<VmxDocument> edited = EsxConfBinding.edit(d, before, after);
    assertThat(text(edited.document())).isEqualTo(CONF.replace("/device/000:11.0/owner = \"vmkernel\"",
        "/device/000:11.0/owner = \"passthru\""));
    assertThat(edited.edits()).extracting(Edit::toString)
        .containsExactly("esx.conf:2: set /device/000:11.0/owner = \"passthru\"");
  }

  @Test
  void aNewOwnerGoesNextToTheDevicesOtherKeysInDecimal() {
    VmxDocument d = doc(CONF);
    Host before = host(d);
    Host after = Host.builder().from(before).putOwner(PciAddress.parse("0000:03:00.0"), Owner.PASSTHRU).build();
    Edited<VmxDocument> edited = EsxConfBinding.edit(d, before, after);
    assertThat(text(edited.document())).isEqualTo(CONF.replace("/device/003:00.1/owner = \"vmkernel\"\n",
        "/device/003:00.1/owner = \"vmkernel\"\n/device/003:00.0/owner = \"passthru\"\n"));
    assertThat(edited.edits()).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(Edit.Kind.ADD);
      assertThat(e.line()).isEqualTo(6);
      assertThat(e.description()).isEqualTo("set /device/003:00.0/owner = \"passthru\"");
    });
    assertThat(EsxConfBinding.read(edited.document()).owners()).isEqualTo(after.owners());
  }

  @Test
  void anOwnerWrittenInAnotherSpellingKeepsItsKey() {
    VmxDocument d = doc("/device/000:3.0/owner = \"vmkernel\"\n");
    Host before = host(d);
    Host after = Host.builder().from(before).putOwner(PciAddress.parse("0000:00:03.0"), Owner.PASSTHRU).build();
    assertThat(text(EsxConfBinding.edit(d, before, after).document())).isEqualTo("/device/000:3.0/owner = \"passthru\"\n");
  }

  @Test
  void aDroppedOwnerAndUuidRemoveTheirLines() {
    VmxDocument d = doc(CONF);
    Host before = host(d);
    Host.Builder b = Host.builder().name("esx01");
    before.owners().forEach((a, o) -> {
      if (!a.equals(PciAddress.parseEsxConf("003:00.1"))) {
        b.putOwner(a, o);
      }
    });
    Edited<VmxDocument> edited = EsxConfBinding.edit(d, before, b.build());
    assertThat(edited.edits()).extracting(Edit::toString)
        .containsExactly("esx.conf:5: remove /device/003:00.1/owner", "esx.conf:7: remove /system/uuid");
    assertThat(text(edited.document())).isEqualTo(CONF.replace("/device/003:00.1/owner = \"vmkernel\"\n", "")
        .replace("/system/uuid = \"48c4619b-6d58-18db-2a0e-000423d1e6f6\"\n", ""));
  }

  @Test
  void aNewUuidIsSetInPlace() {
    VmxDocument d = doc(CONF);
    Host before = host(d);
    Host after = Host.builder().from(before).systemUuid("4a1f5d0c-3b2e-11de-8c5f-001cc4a1b2c3").build();
    assertThat(EsxConfBinding.edit(d, before, after).edits()).extracting(Edit::toString)
        .containsExactly("esx.conf:7: set /system/uuid = \"4a1f5d0c-3b2e-11de-8c5f-001cc4a1b2c3\"");
  }

  @Test
  void theHostAsReadRoundTripsWithoutAnEdit() {
    VmxDocument d = doc(CONF.replace("\n", "\r\n"));
    Host host = host(d);
    Edited<VmxDocument> edited = EsxConfBinding.edit(d, host, host);
    assertThat(edited.document()).isSameAs(d);
    assertThat(edited.edits()).isEmpty();
  }

  @Test
  void anOwnerOutsideSegmentZeroIsRefused() {
    VmxDocument d = doc(CONF);
    Host before = host(d);
    Host after = Host.builder().from(before).putOwner(PciAddress.parse("0001:03:00.0"), Owner.PASSTHRU).build();
    assertThatThrownBy(() -> EsxConfBinding.edit(d, before, after))
        .isInstanceOf(VmdpException.class)
        .hasMessage("esx.conf: cannot write the owner of 0001:03:00.0: esx.conf names functions of PCI segment 0 only "
            + "(/device/BBB:DD.F/owner)");
  }
}
