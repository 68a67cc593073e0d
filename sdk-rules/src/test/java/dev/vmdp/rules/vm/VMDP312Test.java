package dev.vmdp.rules.vm;

import static dev.vmdp.rules.vm.VmRuleTesting.check;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vmdp.model.SourceRef;
import dev.vmdp.model.vm.VirtualMachine;
import dev.vmdp.rules.Finding;
import dev.vmdp.rules.fixtures.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class VMDP312Test {
  private final HotAddWithPassthrough rule = new HotAddWithPassthrough();

  @Test
  void positive_memoryAndCpuHotAddEachReported() {
    VirtualMachine vm = VirtualMachine.builder().from(Fixtures.guideVm()).memoryHotAdd(true).cpuHotAdd(true)
        .putSource("mem.hotadd", SourceRef.of("vm.vmx", 18)).putSource("vcpu.hotadd", SourceRef.of("vm.vmx", 19))
        .build();
    List<Finding> f = check(rule, vm);
    assertThat(f).extracting(x -> x.facts().get("key")).containsExactly("mem.hotadd", "vcpu.hotadd");
    assertThat(f.get(0).message())
        .isEqualTo("mem.hotadd is TRUE on a VM with passthrough (hot add is not available with VMDirectPath)");
    assertThat(f.get(0).facts()).containsEntry("value", "TRUE").containsEntry("passthroughDevices", "2");
    assertThat(f.get(0).location()).hasValue(SourceRef.of("vm.vmx", 18));
    assertThat(f.get(1).location()).hasValue(SourceRef.of("vm.vmx", 19));
    assertThat(f).allSatisfy(x -> assertThat(x.ruleId()).isEqualTo("VMDP312"));
  }

  @Test
  void negative_hotAddOffOrNoPassthrough() {
    assertThat(check(rule, Fixtures.guideVm())).isEmpty();
    assertThat(check(rule, VirtualMachine.builder().from(Fixtures.guideVm()).memoryHotAdd(false).build())).isEmpty();
    VirtualMachine plain = VirtualMachine.builder().name("plain").memoryHotAdd(true).cpuHotAdd(true).build();
    assertThat(check(rule, plain)).isEmpty();
  }
}
