package dev.vmdp.rules.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.vmdp.model.host.Host;
import dev.vmdp.model.host.Iommu;
import dev.vmdp.model.host.IommuKind;
import dev.vmdp.rules.Rule;
import dev.vmdp.rules.fixtures.Fixtures;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class VMDP104Test {
  @Test
  void positive_biosEnabledButNothingVerified() {
    assertThat(Checks.run(new IommuNotVerified(), Fixtures.guideHost(), Fixtures.guideVm())).singleElement()
        .satisfies(f -> assertThat(f.facts()).containsEntry("moduleList", "absent").containsEntry("iommuKind", "intel_vtd"));
  }

  @Test
  void positive_hostCheckedAloneWithNoFacts() {
    assertThat(Checks.run(new IommuNotVerified(), Host.builder().name("esx9").build())).singleElement()
        .satisfies(f -> assertThat(f.facts()).containsEntry("iommuKind", "unknown"));
  }

  @Test
  void negative_moduleListOrReportGiven() {
    Host modules = Host.builder().from(Fixtures.guideHost()).loadedModules(Set.of("vtddmar")).build();
    assertThat(Checks.run(new IommuNotVerified(), modules, Fixtures.guideVm())).isEmpty();
    assertThat(Checks.run(new IommuNotVerified(), Fixtures.server(), Fixtures.guideVm())).isEmpty();
  }

  @Test
  void negative_vmsWithoutPassthrough() {
    assertThat(Checks.run(new IommuNotVerified(), Host.builder().from(Fixtures.guideHost())
        .iommu(Iommu.unknown()).passthroughStates(java.util.Map.of()).build(), Checks.vm("plain")))
        .isEmpty();
  }

  @Test
  void exactlyOneOf101And103And104UnlessVerified() {
    Gen<Optional<IommuKind>> kinds = Generate.pick(List.of(Optional.<IommuKind>empty(), Optional.of(IommuKind.NONE),
        Optional.of(IommuKind.INTEL_VTD), Optional.of(IommuKind.AMD_VI)));
    Gen<Optional<Boolean>> flags = Generate.pick(List.of(Optional.<Boolean>empty(), Optional.of(true), Optional.of(false)));
    Gen<Optional<Set<String>>> modules = Generate.pick(List.of(Optional.<Set<String>>empty(), Optional.of(Set.of()),
        Optional.of(Set.of("vmkernel")), Optional.of(Set.of("vmkernel", "vtddmar")), Optional.of(Set.of("amd_iommu"))));
    List<Rule> rules = List.of(new NoIommu(), new IommuNotEnabled(), new IommuNotVerified());
    qt().withFixedSeed(42).withExamples(300).forAll(kinds, flags, flags, modules).assuming((k, bios, active, m) ->
        !(k.equals(Optional.of(IommuKind.NONE)) && (bios.orElse(false) || active.orElse(false))))
        .checkAssert((k, bios, active, m) -> {
          Iommu.Builder ib = Iommu.builder();
          k.ifPresent(ib::kind);
          bios.ifPresent(ib::biosEnabled);
          active.ifPresent(ib::verifiedActive);
          Host.Builder hb = Host.builder().from(Fixtures.guideHost()).iommu(ib.build());
          m.ifPresent(hb::loadedModules);
          Host h = hb.build();
          long fired = rules.stream().filter(r -> !Checks.run(r, h, Fixtures.guideVm()).isEmpty()).count();
          boolean verified = k.filter(x -> x == IommuKind.NONE).isEmpty() && !bios.equals(Optional.of(false))
              && !active.equals(Optional.of(false))
              && (active.orElse(false) || m.map(s -> s.contains("vtddmar") || s.contains("amd_iommu")).orElse(false));
          assertThat(fired).isEqualTo(verified ? 0 : 1);
        });
  }
}
