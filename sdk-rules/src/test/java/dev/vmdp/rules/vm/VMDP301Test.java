package dev.vmdp.rules.vm;

import static dev.vmdp.rules.vm.VmRuleTesting.check;
import static dev.vmdp.rules.vm.VmRuleTesting.entry;
import static dev.vmdp.rules.vm.VmRuleTesting.vm;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.SourceRef;
import dev.vmdp.model.host.EsxVersion;
import dev.vmdp.model.host.Host;
import dev.vmdp.model.vm.PassthroughDevice;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.fixtures.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class VMDP301Test {
  private final TooManyPassthroughDevices rule = new TooManyPassthroughDevices();

  private static VirtualMachine withEntries(int hw, int n) {
    VirtualMachine.Builder b = vm("db", hw);
    for (int i = 0; i < n; i++) {
      b.addPassthroughDevice(entry(i, "0" + (i + 1) + ":00.0", 0x8086, 0x10c6, 160 + 32 * (i % 4)));
      b.putSource("pcipassthru" + i + ".present", SourceRef.of("db.vmx", 40 + i));
    }
    return b.build();
  }

  @Test
  void positive_threeDevicesOnEsx40() {
    List<Finding> f = check(rule, Fixtures.guideHost(), withEntries(7, 3));
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.ruleId()).isEqualTo("VMDP301");
      assertThat(x.facts()).containsEntry("devices", "3").containsEntry("limit", "2")
          .containsEntry("hostVersion", "4.0").containsEntry("hostVersionInferred", "false")
          .containsEntry("firstExtra", "pciPassthru2");
      assertThat(x.location()).hasValue(SourceRef.of("db.vmx", 42));
      assertThat(x.message()).isEqualTo("3 passthrough devices, ESX 4.0 allows 2 per VM");
      assertThat(x.subject()).isEqualTo("vm db");
    });
  }

  @Test
  void positive_inferredHostVersionIsSaidInAFact() {
    Host unknown = Host.builder().name("esx").build();
    // virtualHW 8: the oldest product is ESXi 5.0, which allows 4
    List<Finding> f = check(rule, unknown, withEntries(8, 5));
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.facts()).containsEntry("hostVersion", "5.0").containsEntry("limit", "4")
          .containsEntry("hostVersionInferred", "true").containsKey("assumption");
      assertThat(x.facts().get("assumption")).contains("virtualHW.version 8");
      assertThat(x.message()).endsWith("(host version assumed)");
    });
  }

  @Test
  void negative_withinTheLimitOrOnNewerHosts() {
    assertThat(check(rule, Fixtures.guideHost(), withEntries(7, 2))).isEmpty();
    Host esx67 = Fixtures.guideHost().withVersion(EsxVersion.ESX_6_7);
    assertThat(check(rule, esx67, withEntries(14, 16))).isEmpty();
    assertThat(check(rule, esx67, withEntries(14, 17))).singleElement()
        .satisfies(x -> assertThat(x.facts()).containsEntry("limit", "16"));
    assertThat(check(rule, esx67.withVersion(EsxVersion.ESX_8_0_U2), withEntries(21, 17))).isEmpty();
  }

  @Test
  void negative_entriesNotPresentDoNotCount() {
    VirtualMachine vm = withEntries(7, 2);
    VirtualMachine.Builder b = VirtualMachine.builder().from(vm);
    b.addPassthroughDevice(PassthroughDevice.builder().from(entry(2, "05:00.0", 0x8086, 0x10c6, 224)).present(false).build());
    assertThat(check(rule, Fixtures.guideHost(), b.build())).isEmpty();
  }

  @Test
  void negative_noLimitBeforeEsx40() {
    assertThat(check(rule, Fixtures.guideHost().withVersion(EsxVersion.ESX_3_5), withEntries(7, 3))).isEmpty();
  }
}
