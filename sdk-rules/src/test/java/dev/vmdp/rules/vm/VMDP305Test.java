package dev.vmdp.rules.vm;

import static dev.vmdp.rules.vm.VmRuleTesting.applyAll;
import static dev.vmdp.rules.vm.VmRuleTesting.check;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.SourceRef;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.fixtures.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class VMDP305Test {
  private final MemoryNotReserved rule = new MemoryNotReserved();

  @Test
  void positive_noReservationKeyMeansZero() {
    VirtualMachine vm = VirtualMachine.builder().from(Fixtures.guideVm()).name("db").memoryMb(4096)
        .memoryReservationMb(java.util.OptionalLong.empty())
        .putSource("memsize", SourceRef.of("db.vmx", 3)).build();
    List<Finding> f = check(rule, vm);
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.ruleId()).isEqualTo("VMDP305");
      assertThat(x.facts()).containsEntry("memsize", "4096").containsEntry("reservation", "0")
          .containsEntry("reservationKey", "absent");
      assertThat(x.message()).startsWith("memory reservation 0 MB is below memsize 4096 MB");
      assertThat(x.location()).hasValue(SourceRef.of("db.vmx", 3));
      assertThat(x.fixes()).singleElement().satisfies(fix ->
          assertThat(fix.summary()).isEqualTo("reserve all 4096 MB of guest memory"));
    });
    VirtualMachine fixed = applyAll(f, vm);
    assertThat(fixed.memoryReservationMb()).hasValue(4096);
    assertThat(check(rule, fixed)).isEmpty();
  }

  @Test
  void positive_esx4MinsizeKeyIsNamedAndFixed() {
    VirtualMachine vm = VirtualMachine.builder().from(Fixtures.guideVm()).memoryReservationMb(256)
        .putSource("sched.mem.minsize", SourceRef.of("rhel3.vmx", 9)).build();
    List<Finding> f = check(rule, vm);
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.facts()).containsEntry("reservation", "256").containsEntry("reservationKey", "sched.mem.minsize");
      assertThat(x.location()).hasValue(SourceRef.of("rhel3.vmx", 9));
      assertThat(x.fixes().get(0).summary()).isEqualTo("reserve all 512 MB of guest memory");
    });
    assertThat(check(rule, applyAll(f, vm))).isEmpty();
  }

  @Test
  void negative_fullyReservedOrNoPassthroughOrNoMemsize() {
    assertThat(check(rule, Fixtures.guideVm())).isEmpty();
    VirtualMachine noPassthrough = VirtualMachine.builder().name("plain").memoryMb(4096).build();
    assertThat(check(rule, noPassthrough)).isEmpty();
    VirtualMachine noMemsize = VirtualMachine.builder().from(Fixtures.guideVm())
        .memoryMb(java.util.OptionalLong.empty()).memoryReservationMb(java.util.OptionalLong.empty()).build();
    assertThat(check(rule, noMemsize)).isEmpty();
    VirtualMachine above = VirtualMachine.builder().from(Fixtures.guideVm()).memoryReservationMb(1024).build();
    assertThat(check(rule, above)).isEmpty();
  }
}
