package dev.vmdp.rules.device;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.host.Host;
import dev.vmdp.rules.fixtures.Fixtures;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VMDP203Test {
  private static final String OTHER = "4a3f2b10-1c2d-9e8f-7a6b-001b21a0c4d2";

  @Test
  void positive_vmAddedOnAnotherHost() {
    Host other = Host.builder().from(Fixtures.guideHost()).systemUuid(OTHER).build();
    assertThat(Checks.run(new ForeignSystemId(), other, Fixtures.guideVm())).hasSize(2).first().satisfies(f -> {
      assertThat(f.facts()).containsEntry("systemId", Fixtures.GUIDE_UUID).containsEntry("hostUuid", OTHER);
      assertThat(f.message()).endsWith(": add the device again");
    });
  }

  @Test
  void negative_sameUuidInOtherCase() {
    Host upper = Host.builder().from(Fixtures.guideHost()).systemUuid(Fixtures.GUIDE_UUID.toUpperCase()).build();
    assertThat(Checks.run(new ForeignSystemId(), upper, Fixtures.guideVm())).isEmpty();
  }

  @Test
  void negative_hostUuidUnknown() {
    Host unknown = Host.builder().from(Fixtures.guideHost()).systemUuid(Optional.empty()).build();
    assertThat(Checks.run(new ForeignSystemId(), unknown, Fixtures.guideVm())).isEmpty();
  }
}
