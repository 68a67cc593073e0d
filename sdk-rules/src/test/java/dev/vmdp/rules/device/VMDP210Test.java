package dev.vmdp.rules.device;

import static dev.vmdp.rules.device.Checks.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.vmdp.model.host.EsxVersion;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.pci.PciAddress;
import dev.vmdp.rules.fixtures.Fixtures;
import dev.vmdp.rules.knowledge.ProductKnowledge;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class VMDP210Test {
  private static final Host ESXI_67 = Fixtures.server();
  private static final Host ESX_40 = Fixtures.guideHost();

  @Test
  void positive_hexLettersOnEsxi67() {
    assertThat(Checks.run(new MalformedId(), ESXI_67, Checks.vm("gpu", entry(0, "0000:af:00.0", 0x10de, 0x1eb8))))
        .singleElement().satisfies(f -> {
          assertThat(f.facts()).containsEntry("id", "0000:af:00.0").containsEntry("problem", "hexDigits")
              .containsEntry("version", "6.7").containsEntry("expectedForm", "long")
              .containsEntry("suggestedId", "00000:175:00.0");
          assertThat(f.message()).isEqualTo(
              "pciPassthru0.id \"0000:af:00.0\" has hex digits; ESX expects decimal fields: \"00000:175:00.0\"");
        });
  }

  @Test
  void positive_hexLettersInShortFormOnEsx40() {
    assertThat(Checks.run(new MalformedId(), ESX_40, Checks.vm("nic", entry(0, "0a:00.0", 0x8086, 0x10c6))))
        .singleElement().satisfies(f -> assertThat(f.facts()).containsEntry("problem", "hexDigits")
            .containsEntry("expectedForm", "short").containsEntry("suggestedId", "10:00.0"));
  }

  @Test
  void positive_longFormOnEsx40() {
    assertThat(Checks.run(new MalformedId(), ESX_40, Checks.vm("nic", entry(0, "00000:003:00.0", 0x12ab, 0x3456))))
        .singleElement().satisfies(f -> {
          assertThat(f.facts()).containsEntry("problem", "wrongForm").containsEntry("suggestedId", "03:00.0");
          assertThat(f.message()).isEqualTo("pciPassthru0.id \"00000:003:00.0\" has a form ESX 4.0 does not accept: \"03:00.0\"");
        });
  }

  @Test
  void positive_wrongShapeAndOutOfRange() {
    assertThat(Checks.run(new MalformedId(), ESXI_67, Checks.vm("a", entry(0, "03:00", 1, 2), entry(1, "300:00.0", 1, 2))))
        .extracting(f -> f.facts().get("problem")).containsExactly("shape", "outOfRange");
  }

  @Test
  void positive_lspciAddressCopiedAsIs() {
    assertThat(Checks.run(new MalformedId(), ESXI_67, Checks.vm("gpu", entry(0, "0000:65:00.0", 0x10de, 0x1eb8))))
        .singleElement().satisfies(f -> assertThat(f.facts()).containsEntry("problem", "lspciForm")
            .containsEntry("suggestedId", "00000:101:00.0"));
    assertThat(Checks.run(new MalformedId(), ESXI_67, Checks.vm("nic", entry(0, "0000:03:00.0", 0x8086, 0x10c6))))
        .as("hex and decimal readings agree").isEmpty();
  }

  @Test
  void negative_wellFormedIds() {
    assertThat(Checks.run(new MalformedId(), ESXI_67, Checks.vm("a", entry(0, "00000:101:00.0", 1, 2),
        entry(1, "03:00.0", 1, 2), entry(2, "0:66:0.0", 1, 2)))).isEmpty();
    assertThat(Checks.run(new MalformedId(), ESX_40, Fixtures.guideVm())).isEmpty();
    assertThat(Checks.run(new MalformedId(), ESX_40, Checks.vm("b", entry(0, "130:00.0", 1, 2)))).isEmpty();
  }

  @Test
  void negative_entryNotPresent() {
    assertThat(Checks.run(new MalformedId(), ESXI_67, Checks.vm("a", dev.vmdp.model.vm.PassthroughDevice.builder()
        .from(entry(0, "0000:af:00.0", 1, 2)).present(false).build()))).isEmpty();
  }

  @Test
  void whatEachVersionWritesItAccepts() {
    ProductKnowledge p = ProductKnowledge.standard();
    List<EsxVersion> versions = List.of(EsxVersion.ESX_4_0, EsxVersion.ESX_4_1, EsxVersion.ESX_5_5, EsxVersion.ESX_6_7,
        EsxVersion.ESX_8_0_U2);
    qt().withFixedSeed(42).withExamples(500)
        .forAll(SourceDSL.integers().between(0, 255), SourceDSL.integers().between(0, 31),
            SourceDSL.integers().between(0, 7), Generate.pick(versions))
        .checkAssert((bus, dev, fn, v) -> {
          PciAddress a = PciAddress.of(bus, dev, fn);
          String written = p.idFormFor(v).format(a);
          assertThat(p.idProblem(written, v)).isEqualTo(Optional.empty());
          assertThat(PciAddress.parseVmx(written)).isEqualTo(a);
          String lspci = a.toShortForm();
          boolean hasLetters = lspci.matches(".*[a-f].*");
          assertThat(p.idProblem(lspci, v).isPresent()).isEqualTo(hasLetters);
        });
  }
}
